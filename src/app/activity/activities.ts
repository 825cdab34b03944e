// An authority's activities (ActivityService): create, update (incl. status, status reason and reason remark)
// and the reads. The request's values are checked first (the category its type requires, the period), then the
// activity rules (R-PLAN-07, 08, 11, 12, 19, 21, 22, 23), then the codelists; the row, the NUPH mark, the
// activity's contact (the contact-person seam), the notifications and the NUPH itself (generated or withdrawn,
// src/app/nuph) follow in the same transaction.
import {
  ActivationType,
  ActivityContactType,
  activityContactOf,
  type Activity,
  type ActivityFields,
} from '../../domain/activity.ts';
import { codeList } from '../../domain/codelists.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { activityMessages } from '../../outbox/activityMessages.ts';
import {
  activityNuphEvent,
  activityReceivers,
  activityRules,
  contactGroupOn,
  triggersNuph,
  type ActivityCommand,
} from '../../rules/index.ts';
import { activitiesOf, findActivity, insertActivity, updateActivity } from '../../store/activityRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { Queryable } from '../../store/queryable.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { generateActivityNuph, withdrawActivityNuphs } from '../nuph/nuphs.ts';
import { recordActivityContact } from './activityContact.ts';

/** Contact group 1 'Dagpengemodtager' (C-16): the citizens R-PLAN-11 and R-AK-02 apply to. */
const DAGPENGE_CONTACT_GROUP = 1;

/** An activity write reads no absences of the citizen (the operations' `absenceTypes`). */
export const ACTIVITY_ABSENCE_READS: ReadonlySet<number> = new Set();

/** The category element each kind of activity carries; the other kinds carry none of them. */
const CATEGORY_OF: Readonly<Record<number, 'courseCategory' | 'healthType' | 'socialType'>> = {
  [ActivationType.Kursus]: 'courseCategory',
  [ActivationType.Sundhedsindsats]: 'healthType',
  [ActivationType.Socialindsats]: 'socialType',
};
const CATEGORY_ELEMENT = {
  courseCategory: 'CourseCategoryIdentifier',
  healthType: 'HealthActivityTypeIdentifier',
  socialType: 'SocialActivityTypeIdentifier',
} as const;
const CATEGORY_LIST = {
  courseCategory: 'activity-course-categories',
  healthType: 'activity-health-types',
  socialType: 'activity-social-types',
} as const;
const CONTACT_TYPES: ReadonlySet<number> = new Set(Object.values(ActivityContactType));

/** The shape of the request: the category its type requires and no other (5006), a period that does not end
 *  before it starts (1003), a contact of an activity's contact types. */
function checkShape(f: ActivityFields): void {
  const wanted = f.activationType === null ? null : (CATEGORY_OF[f.activationType] ?? null);
  for (const field of ['courseCategory', 'healthType', 'socialType'] as const) {
    if ((f[field] !== null) !== (field === wanted))
      throw fault(
        'ActivityCategoryMismatch',
        `ActivationTypeIdentifier ${f.activationType} ${field === wanted ? 'requires' : 'does not take'} ${CATEGORY_ELEMENT[field]}`,
      );
  }
  if (f.endDate !== null && f.endDate < f.startDate)
    throw fault('DurationNegative', `EndDate ${f.endDate} is before StartDate ${f.startDate}`);
  if (f.contact !== null && !CONTACT_TYPES.has(f.contact.contactType))
    throw fault(
      'InvalidCodeListValue',
      `ContactPersonTypeIdentifier ${f.contact.contactType} is not an activity contact type`,
    );
}

/** The codelist values a create sets or an update changes (2002, 2003); unchanged ones stay correctable. */
function checkCodeLists(f: ActivityFields, date: IsoDate, before: Activity | null): void {
  if (f.activationType !== null && f.activationType !== before?.activationType)
    requireCodeListValue('activation-types', f.activationType, date, 'ActivationTypeIdentifier');
  for (const field of ['courseCategory', 'healthType', 'socialType'] as const) {
    const value = f[field];
    if (value !== null && value !== before?.[field])
      requireCodeListValue(CATEGORY_LIST[field], value, date, CATEGORY_ELEMENT[field]);
  }
}

/** The citizen's activity with this id, or 5001. */
export async function existingActivity(db: Queryable, citizen: CitizenState, id: string): Promise<Activity> {
  const activity = await findActivity(db, id.toLowerCase());
  if (!activity || activity.cpr !== citizen.person.cpr) throw fault('UnknownActivity', `ActivityIdentifier ${id}`);
  return activity;
}

/** Whether a NUPH stands after the change: set by a triggering status/reason of a dagpenge recipient, withdrawn
 *  when the status/reason changes to one that does not trigger (R-AK-02, R-AK-04). */
function nuphAfter(c: ActivityCommand): boolean {
  if (c.dagpengeRecipient && triggersNuph(c.after)) return true;
  const unchanged =
    c.before !== null && c.before.status === c.after.status && c.before.statusReason === c.after.statusReason;
  return unchanged ? c.before!.nuphOpen : false;
}

async function applyActivityChange(
  w: WriteContext,
  citizen: CitizenState,
  before: Activity | null,
  fields: ActivityFields,
  id: string,
): Promise<Activity> {
  checkShape(fields);
  const command: ActivityCommand = {
    kind: before === null ? 'create' : 'update',
    before,
    after: fields,
    actor: w.actor,
    dagpengeRecipient: contactGroupOn(citizen, w.businessDate) === DAGPENGE_CONTACT_GROUP,
  };
  enforceRules(activityRules, command, w.businessDate);
  checkCodeLists(fields, w.businessDate, before);
  const activity: Activity = {
    ...fields,
    id,
    cpr: citizen.person.cpr,
    nuphOpen: nuphAfter(command),
    registeredBy: w.actor,
    registeredOn: w.businessDate,
    version: before === null ? 1 : before.version + 1,
  };
  if (before === null) await insertActivity(w.trx, activity);
  else await updateActivity(w.trx, activity);
  const contact = activityContactOf(activity);
  if (contact !== null) await recordActivityContact(w, citizen, contact);
  await w.outbox.enqueue(activityMessages(activity, activityReceivers(citizen, w.businessDate), w));
  await applyNuphChange(w, citizen, before, activity);
  return activity;
}

/** The NUPH side of the change, in its transaction: a NUPH generated when the activity's mark is set by a
 *  triggering status/reason (R-AK-02), the open ones withdrawn when the mark is cleared (R-AK-04). */
async function applyNuphChange(w: WriteContext, citizen: CitizenState, before: Activity | null, after: Activity) {
  const wasOpen = before?.nuphOpen ?? false;
  if (after.nuphOpen && !wasOpen) {
    const event = activityNuphEvent(after);
    if (event !== null) await generateActivityNuph(w, citizen, after.id, event, after.reasonRemark);
  } else if (!after.nuphOpen && wasOpen) await withdrawActivityNuphs(w, after.id);
}

/** Registers a new activity under the caller's id (4977 when it is taken) or a new one; returns its id. */
export async function createActivity(
  w: WriteContext,
  citizen: CitizenState,
  fields: ActivityFields,
  id: string | null = null,
): Promise<string> {
  if (id !== null && (await findActivity(w.trx, id.toLowerCase())))
    throw fault('IdentifierInUse', `ActivityIdentifier ${id}`);
  return (await applyActivityChange(w, citizen, null, fields, id?.toLowerCase() ?? timeOrderedUuid())).id;
}

/** Changes an activity of the citizen (5001 for another's or an unknown one, or none named). */
export async function changeActivity(
  w: WriteContext,
  citizen: CitizenState,
  id: string | null,
  fields: ActivityFields,
): Promise<void> {
  if (id === null) throw fault('UnknownActivity', 'UpdateActivity names no ActivityCoreItem/ActivityIdentifier');
  const before = await existingActivity(w.trx, citizen, id);
  await applyActivityChange(w, citizen, before, fields, before.id);
}

/** The citizen's activities, or the one named. */
export async function citizenActivities(db: Queryable, citizen: CitizenState, id: string | null): Promise<Activity[]> {
  return id === null ? activitiesOf(db, citizen.person.cpr) : [await existingActivity(db, citizen, id)];
}

/** GetActivationTypeIdentifierCodeList: every activation type, expired ones included (conventions.md §7). */
export const activationTypes = () => codeList('activation-types').entries();
