// GetAbsenceVersion7 (R-NOT-01, R-NOT-02, R-NOT-09): one message per receiver, each carrying the
// whole absence and WSRM metadata about who registered it ("Den gode WSRM besked").
import { GetAbsenceTypeElement } from '../contract/generated/services.ts';
import { SharedValue } from '../contract/xmlWriter.ts';
import type { Absence, RegisteringUser } from '../domain/types.ts';
import type { Receiver } from '../rules/index.ts';
import { toAbsenceRegistration } from '../contract/mapping/absence.ts';
import type { OutboxMessage } from './outbox.ts';
import { wsrmItems } from './wsrmMetadata.ts';

export const ABSENCE_MESSAGE = { type: 'GetAbsenceVersion7', version: 7 } as const;

export function absenceMessages(
  absence: Absence,
  deleted: boolean,
  receivers: readonly Receiver[],
  registeringUser: RegisteringUser | null,
): OutboxMessage[] {
  const registration = new SharedValue(toAbsenceRegistration(absence)); // serialised once for every receiver
  const content = { Absence: registration, Deleted: deleted };
  const about = { cpr: absence.cpr, entityKey: absence.id };
  const by = { actor: absence.registeredBy, user: registeringUser };
  return wsrmItems(ABSENCE_MESSAGE, GetAbsenceTypeElement, about, content, receivers, by);
}
