// PersonNotificationService (Version 3): a jobcentre fetches its move notifications (flyttebeskeder, R-NOT-05,
// R-NOT-06) and acknowledges them one by one; unacknowledged ones come again (notifications-wsrm-wsb.md §4.4).
// The receiver is the caller's organisation; an unknown or another receiver's id is 4974. PersonNotification is
// 1..* as documented, so a receiver with nothing pending gets 4975 rather than an answer the contract forbids.
import { alle, type AccessDeclaration } from '../../access/model.ts';
import { acknowledgePersonNotification } from '../../app/person/personNotifications.ts';
import { fault } from '../../faults/catalogue.ts';
import { pendingNotifications } from '../../store/personMoveRepository.ts';
import type { PersonNotificationServiceOperations } from '../generated/operations.ts';

const receiverAccess: AccessDeclaration<unknown> = {
  allowed: { Jobcenter: [alle], Kommune: [alle], STAR: [alle] },
  citizen: null,
};

export const operations: PersonNotificationServiceOperations = {
  GetPersonNotification: {
    kind: 'read',
    access: receiverAccess,
    async handle(_req, call) {
      const pending = await pendingNotifications(call.read.db, call.actor);
      if (pending.length === 0) throw fault('NoPersonNotifications');
      return {
        PersonNotification: pending.map((n) => ({
          PersonNotificationIdentifier: n.id,
          PersonCivilRegistrationIdentifier: n.cpr,
          EventDate: n.eventDate,
          PersonNotificationTypeIdentifier: n.type,
        })),
      };
    },
  },
  AcknowledgePersonNotification: {
    kind: 'write',
    access: receiverAccess,
    async handle(req, call) {
      await acknowledgePersonNotification(call.write, call.actor, req.PersonNotificationIdentifier);
      return {};
    },
  },
};
