// GetAbsenceVersion7 (R-NOT-01, R-NOT-02, R-NOT-09): one message per receiver, each carrying the
// whole absence and WSRM metadata about who registered it ("Den gode WSRM besked").
import { GetAbsenceTypeElement } from '../contract/generated/services.ts';
import { SharedValue, writeElement } from '../contract/xmlWriter.ts';
import type { Absence, RegisteringUser } from '../domain/types.ts';
import type { Receiver } from '../rules/index.ts';
import { toAbsenceRegistration } from '../contract/mapping/absence.ts';
import type { OutboxMessage } from './outbox.ts';
import { newMessageId } from './outbox.ts';
import { wsrmMetadata } from './wsrmMetadata.ts';

export const ABSENCE_MESSAGE = { type: 'GetAbsenceVersion7', version: 7 } as const;

export function absenceMessages(
  absence: Absence,
  deleted: boolean,
  receivers: readonly Receiver[],
  registeringUser: RegisteringUser | null,
): OutboxMessage[] {
  const registration = new SharedValue(toAbsenceRegistration(absence)); // serialised once for every receiver
  return receivers.map((receiver) => {
    const id = newMessageId();
    const payload = writeElement(
      {
        WSRMMetadata: wsrmMetadata(id, absence.registeredBy, registeringUser),
        Absence: registration,
        Deleted: deleted,
      },
      GetAbsenceTypeElement,
    );
    return {
      id,
      messageType: ABSENCE_MESSAGE.type,
      messageVersion: ABSENCE_MESSAGE.version,
      receiver,
      citizenCpr: absence.cpr,
      entityKey: absence.id,
      payload,
    };
  });
}
