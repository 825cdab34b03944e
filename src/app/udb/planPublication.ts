// What a published plan does to the young citizen's UDB subscription and messages, in the publication's
// transaction: an education plan opens the subscription (or reopens it, R-BAT-13) and sends changed support needs
// (R-NOT-15); removing the support needs told of at step 1–3 writes a Jobnet message (R-NOT-12); a step-4
// publication made the uddannelsespålæg PDF only before release 2022-1 (R-PLAN-24); a change from the education
// plan to another plan type closes the subscription (R-BAT-13 in contact groups 12/28, else R-BAT-11 with its
// exception).
import type { PlanVersion } from '../../domain/plan.ts';
import type { CitizenState } from '../../domain/types.ts';
import { EDUCATION_PLAN, type EducationPlanDetails } from '../../domain/udb.ts';
import {
  contactGroupOn,
  INJUNCTION_STEP,
  noInjunctionPdf,
  SUPPORT_NEEDS_REMOVED,
  supportNeedsRemoved,
  supportNeedsRemovedMessage,
  udbAgeClosing,
  udbPlanTypeChangeClosing,
  udbPublicationEffect,
  whileInForce,
} from '../../rules/index.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import { educationPlanDetailsOf, insertInjunctionPdf } from '../../store/udbRepository.ts';
import type { WriteContext } from '../context.ts';
import { tellCitizen } from '../dialog/citizenMessages.ts';
import { injunctionPdf } from './injunctionPdf.ts';
import { closeUdbSubscriptionOf, openUdbSubscription, sendSupportNeeds } from './subscriptions.ts';

/** Reacts to `plan` just published; `earlier` are the citizen's plan versions before it. */
export async function udbOnPlanPublished(
  w: WriteContext,
  citizen: CitizenState,
  plan: PlanVersion,
  earlier: readonly PlanVersion[],
): Promise<void> {
  const previous =
    earlier
      .filter((p) => p.status === 'published' && p.id !== plan.id)
      .sort((a, b) => ((a.publishedAt ?? '') < (b.publishedAt ?? '') ? -1 : 1))
      .at(-1) ?? null;
  const details = await educationPlanDetailsOf(w.trx, citizen.person.cpr);
  const group = contactGroupOn(citizen, w.businessDate);
  if (plan.planType !== EDUCATION_PLAN) {
    const effect = udbPublicationEffect(previous?.planType ?? null, plan.planType, group, w.businessDate);
    const closing =
      effect && 'close' in effect
        ? effect.close
        : udbPlanTypeChangeClosing(previous?.planType ?? null, plan.planType, group, w.businessDate);
    if (closing) await closeUdbSubscriptionOf(w, citizen, closing);
    return;
  }
  const now = details.get(plan.id) ?? { planVersionId: plan.id, cpr: plan.cpr, step: null, supportNeeds: [] };
  const before = previous?.planType === EDUCATION_PLAN ? (details.get(previous.id) ?? null) : null;
  const opened = udbAgeClosing(citizen, w.businessDate) === null && (await openUdbSubscription(w, citizen, now));
  if (!opened && supportNeedsChanged(before, now)) await sendSupportNeeds(w, citizen, now);
  if (whileInForce(supportNeedsRemovedMessage, w.businessDate, false, () => supportNeedsRemoved(before, now)))
    await tellCitizen(
      w,
      citizen,
      plan.publishedBy ?? plan.registeredBy,
      SUPPORT_NEEDS_REMOVED.headline,
      SUPPORT_NEEDS_REMOVED.text,
    );
  if (now.step === INJUNCTION_STEP && whileInForce(noInjunctionPdf, w.businessDate, true, () => false))
    await insertInjunctionPdf(w.trx, {
      id: timeOrderedUuid(),
      cpr: plan.cpr,
      planVersionId: plan.id,
      createdOn: w.businessDate,
      content: injunctionPdf(plan.cpr, w.businessDate),
    });
}

function supportNeedsChanged(before: EducationPlanDetails | null, now: EducationPlanDetails): boolean {
  const a = before?.supportNeeds ?? [];
  return a.length !== now.supportNeeds.length || a.some((n, i) => n !== now.supportNeeds[i]);
}
