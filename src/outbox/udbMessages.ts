// The webservice message of R-NOT-14: UDB reported that the young person completed a vocational education; the
// jobcentre's caseworker is alerted (Uddannelseshaendelse, 170001, D-293), identified by the citizen's CPR, with
// the institution and the date in its body.
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';

export function completedEducationMessages(
  cpr: string,
  eventId: string,
  completedOn: string,
  institutionNumber: string,
  receivers: readonly Receiver[],
  occurredAt: string,
): OutboxMessage[] {
  return webserviceMessages(
    {
      type: WSB.Uddannelseshaendelse,
      externalIdentifier: eventId,
      versionIdentifier: eventId,
      identificationType: IdentificationType.Cpr,
      identification: cpr,
      changeType: ChangeType.Create,
      body: { Haendelsestype: 'Gennemfoert', Haendelsesdato: completedOn, Institutionsnummer: institutionNumber },
      occurredAt,
    },
    receivers,
    cpr,
  );
}
