// ActivityService (Version 1): create, update (incl. status, status reason and reason remark) and read a citizen's
// activities, and the ActivationTypeIdentifier codelist (conventions.md S38, S39). Access (D-195): the citizen's
// jobcentre, a-kasse and municipality for their own citizens, STAR for all; which activities an a-kasse may
// register is R-PLAN-07/08's, in the application. The codelist is open to every organisation type.
import { alle, egne, type AccessDeclaration } from '../../access/model.ts';
import {
  ACTIVITY_ABSENCE_READS,
  activationTypes,
  changeActivity,
  citizenActivities,
  createActivity,
} from '../../app/activity/activities.ts';
import { activityIdentifierOf, toActivityFields, toActivityRegistration } from '../../contract/mapping/activity.ts';
import type { ActivityServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const access = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
  citizen,
});

const codeListAccess: AccessDeclaration<unknown> = {
  allowed: { AKasse: [alle], Jobcenter: [alle], Kommune: [alle], STAR: [alle] },
  citizen: null,
};

export const operations: ActivityServiceOperations = {
  CreateActivity: {
    kind: 'write',
    absenceTypes: ACTIVITY_ABSENCE_READS,
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    handle: async (req, call) =>
      receipt(
        call.write,
        await createActivity(
          call.write,
          call.citizen!,
          toActivityFields(req.ActivityItem),
          activityIdentifierOf(req.ActivityItem),
        ),
      ),
  },
  UpdateActivity: {
    kind: 'write',
    absenceTypes: ACTIVITY_ABSENCE_READS,
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const id = activityIdentifierOf(req.ActivityItem);
      await changeActivity(call.write, call.citizen!, id, toActivityFields(req.ActivityItem));
      return receipt(call.write);
    },
  },
  GetActivities: {
    kind: 'read',
    access: access((r) => r.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const activities = await citizenActivities(call.read.db, call.citizen!, req.ActivityIdentifier ?? null);
      return { ActivityCollection: { ActivityRegistration: activities.map(toActivityRegistration) } };
    },
  },
  GetActivationTypeIdentifierCodeList: {
    kind: 'read',
    access: codeListAccess,
    async handle() {
      return {
        CodeListItem: activationTypes().map((e) => ({
          CodeListItemIdentifier: e.id,
          CodeListItemName: e.name,
          ...(e.description !== null ? { CodeListItemDescription: e.description } : {}),
          ValidFrom: e.validFrom,
          ...(e.validTo !== null ? { ValidTo: e.validTo } : {}),
        })),
      };
    },
  },
};
