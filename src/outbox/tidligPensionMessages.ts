// Notifications of a Tidlig pension forløb UDK saved (PensionService.SaveTidligPension), written in the save's
// transaction to R-NOT-07's receiver: the WSRM message GetTidligPensionVersion1, whose item mirrors the saved
// data with the forløb's id and Aendringstype (1 the first save, 2 a later one, 3 the annulment: the forløb's id
// with neither block), and the webservice message TidligPension (160001, D-215) identified by the citizen's CPR.
import { GetTidligPensionTypeElement } from '../contract/generated/services.ts';
import { toKompensationsudbetaling, toOvergang } from '../contract/mapping/tidligPension.ts';
import { isAnnulment, type TidligPension } from '../domain/tidligPension.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages, type ChangeTypeId } from './webserviceMessage.ts';
import { wsrmItems, type Registration } from './wsrmMetadata.ts';

export const TIDLIG_PENSION_MESSAGE = { type: 'GetTidligPensionVersion1', version: 1 } as const;

const changeTypeOf = (p: TidligPension): ChangeTypeId =>
  isAnnulment(p) ? ChangeType.Delete : p.version === 1 ? ChangeType.Create : ChangeType.Update;

export function tidligPensionMessages(
  pension: TidligPension,
  receivers: readonly Receiver[],
  r: Registration,
): OutboxMessage[] {
  const changeType = changeTypeOf(pension);
  const content = {
    Personnummer: pension.cpr,
    TidligPensionIdentifier: pension.id,
    Aendringstype: changeType,
    OvergangTilTidligPension: pension.overgang ? toOvergang(pension.overgang) : undefined,
    Kompensationsudbetaling: pension.kompensation ? toKompensationsudbetaling(pension.kompensation) : undefined,
  };
  const about = { cpr: pension.cpr, entityKey: pension.id };
  const wsrm = wsrmItems(TIDLIG_PENSION_MESSAGE, GetTidligPensionTypeElement, about, content, receivers, r);
  const wsb = webserviceMessages(
    {
      type: WSB.TidligPension,
      externalIdentifier: pension.id,
      versionIdentifier: String(pension.version),
      identificationType: IdentificationType.Cpr,
      identification: pension.cpr,
      changeType,
      occurredAt: r.now,
    },
    receivers,
    pension.cpr,
  );
  return [...wsrm, ...wsb];
}
