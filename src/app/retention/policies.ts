// The registry of the deletion engine: every retention policy, in one list, in the order a run takes them.
// A data area's owner writes its policy as `src/app/<area>/retention.ts` (copy src/app/personContact/retention.ts)
// and adds it here; the nightly job `retention` and `npm run cli -- retention` run this list. The house's own
// policies (notifications, audit trail, idempotent writes) depend on settings and on the run's real instant, so
// the list is made per run.
import { auditEventRetention, messageIdentifierRetention } from '../auditRetention.ts';
import { deceasedCitizenRetention } from '../citizen/retention.ts';
import { deliveredNotificationRetention } from '../notifications/retention.ts';
import { answeredNuphPolicy, unansweredNuphPolicy } from '../nuph/retention.ts';
import { nuphDocumentRetentionPolicy, strayDocumentFileRetention } from '../nuphDialog/retention.ts';
import { activityContactRetention, professionalContactRetention } from '../personContact/retention.ts';
import { sanctionRetention } from '../sanction/retention.ts';
import {
  rehabilitationFormRetention,
  screeningResultRetention,
  submittedFormRetention,
  unfinishedFormRetention,
} from '../preparationForm/retention.ts';
import { sentUdbMessageRetention } from '../udb/retention.ts';
import { referralProgrammeRetentionPolicy } from '../referralProgramme/retention.ts';
import type { RetentionPolicy } from './policy.ts';

export interface RetentionSettings {
  outboxRetentionDays: number;
  auditRetentionDays: number;
  /** The real instant the run stands for (its job_run slot, or now): for the policies on real time. */
  nowMs: number;
}

export function retentionPolicies(s: RetentionSettings): readonly RetentionPolicy[] {
  return [
    // release-rules.md area DEL
    deceasedCitizenRetention, // R-DEL-02
    answeredNuphPolicy, // R-DEL-04
    unansweredNuphPolicy, // R-DEL-05
    nuphDocumentRetentionPolicy, // R-DEL-06
    sanctionRetention, // R-DEL-07
    professionalContactRetention, // R-DEL-08
    activityContactRetention, // R-DEL-09
    screeningResultRetention, // R-DEL-03
    submittedFormRetention, // R-DEL-10
    unfinishedFormRetention, // R-DEL-11
    rehabilitationFormRetention, // R-DEL-12
    referralProgrammeRetentionPolicy, // R-DEL-01
    // the house's own retention
    deliveredNotificationRetention(s.outboxRetentionDays, s.nowMs), // D-217
    auditEventRetention(s.auditRetentionDays), // D-147
    messageIdentifierRetention(s.nowMs), // D-148
    strayDocumentFileRetention(s.nowMs), // D-264
    sentUdbMessageRetention(s.outboxRetentionDays, s.nowMs), // D-298
  ];
}
