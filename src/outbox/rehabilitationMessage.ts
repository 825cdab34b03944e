// GetRehabilitationProcessNotificationVersion1: a move ended a rehabilitation process (R-NOT-03); DFDG itself is the
// registering party, so the WSRM metadata carries only the message id.
import { GetRehabilitationProcessNotificationTypeElement } from '../contract/generated/services.ts';
import { writeElement } from '../contract/xmlWriter.ts';
import type { CprMove, RehabilitationProcess } from '../domain/personMove.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { newMessageId } from './outbox.ts';
import { wsrmMetadata } from './wsrmMetadata.ts';

export const REHABILITATION_MESSAGE = { type: 'GetRehabilitationProcessNotificationVersion1', version: 1 } as const;

export function rehabilitationNotification(
  ended: RehabilitationProcess,
  move: CprMove,
  receiver: Receiver,
): OutboxMessage {
  const id = newMessageId();
  const payload = writeElement(
    {
      WSRMMetadata: wsrmMetadata(id, { kind: 'dfdg', process: 'flytning' }, null),
      PersonCivilRegistrationIdentifier: ended.cpr,
      RehabilitationProcessIdentifier: ended.id,
      RehabilitationProcessEndDate: ended.endDate,
      MovedToMunicipalityCode: move.municipalityCode,
    },
    GetRehabilitationProcessNotificationTypeElement,
  );
  return {
    id,
    messageType: REHABILITATION_MESSAGE.type,
    messageVersion: REHABILITATION_MESSAGE.version,
    receiver,
    citizenCpr: ended.cpr,
    entityKey: ended.id,
    payload,
  };
}
