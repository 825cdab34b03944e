// GetRehabilitationProcessNotificationVersion1: a move ended a rehabilitation process (R-NOT-03); DFDG itself is the
// registering party, so the WSRM metadata carries only the message id.
import { GetRehabilitationProcessNotificationTypeElement } from '../contract/generated/services.ts';
import type { CprMove, RehabilitationProcess } from '../domain/personMove.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { wsrmItem } from './wsrmMetadata.ts';

/** A move ends a process: DFDG's own process registers it, with no user. */
const BY_THE_MOVE = { actor: { kind: 'dfdg', process: 'flytning' }, user: null } as const;

export const REHABILITATION_MESSAGE = { type: 'GetRehabilitationProcessNotificationVersion1', version: 1 } as const;

export function rehabilitationNotification(
  ended: RehabilitationProcess,
  move: CprMove,
  receiver: Receiver,
): OutboxMessage {
  const content = {
    PersonCivilRegistrationIdentifier: ended.cpr,
    RehabilitationProcessIdentifier: ended.id,
    RehabilitationProcessEndDate: ended.endDate,
    MovedToMunicipalityCode: move.municipalityCode,
  };
  const about = { cpr: ended.cpr, entityKey: ended.id };
  const element = GetRehabilitationProcessNotificationTypeElement;
  return wsrmItem(REHABILITATION_MESSAGE, element, about, content, receiver, BY_THE_MOVE);
}
