// PersonNotificationService (Version 3): a jobcentre fetches its move notifications (flyttebeskeder, R-NOT-05,
// R-NOT-06) and acknowledges them one by one; unacknowledged ones come again (notifications-wsrm-wsb.md §4.4).
// The receiver is the caller's organisation; an unknown or another receiver's id is 4974.
import type { PersonNotificationServiceOperations } from '../../contract/generated/services.ts';
import { alle } from '../../access/model.ts';
import { fault } from '../../faults/catalogue.ts';
import { acknowledge, pendingNotifications } from '../../store/personMoveRepository.ts';

const receiverAccess = { allowed: { Jobcenter: [alle], Kommune: [alle], STAR: [alle] }, citizen: null } as const;

export const operations: PersonNotificationServiceOperations = {
  GetPersonNotification: {
    access: { ...receiverAccess, writes: false },
    async handle(_req, ctx) {
      const pending = await pendingNotifications(ctx.db, ctx.actor);
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
    access: { ...receiverAccess, writes: true },
    async handle(req, ctx) {
      if (!(await acknowledge(ctx.db, ctx.actor, req.PersonNotificationIdentifier.toLowerCase(), ctx.now))) {
        throw fault('UnknownPersonNotification', `PersonNotificationIdentifier ${req.PersonNotificationIdentifier}`);
      }
      return {};
    },
  },
};
