// DFDG's nightly 19-day batch (R-BAT-02): citizens in contact group 2, 12, 26, 27, 28 or 29 registered as
// applicants (ansøger) for more than 19 days without KY's 'Ydelse er givet' are deregistered on the business
// date — their open enrollment ends with cancellation reason 9 'Andet' (D-244), its contact group closes, the
// receivers are told as of any deregistration (src/app/citizen/deregistration.ts) — and the applicant period
// (person category 2 'Ansøger', D-265) ends. Before release 2023-4 the batch did not run; its first run catches every overdue applicant. Idempotent:
// a citizen handled has no open applicant period left. Run from the nightly schedule (`applicant-deadline`,
// src/jobs/nightlyJobs.ts) or the CLI.
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import { addDays } from '../../domain/dates.ts';
import {
  APPLICANT_DAYS,
  applicantDeadline,
  contactGroupOn,
  enrolledOn,
  overdueApplication,
} from '../../rules/index.ts';
import { whileInForce } from '../../rules/index.ts';
import { cprsOfApplicantsSince } from '../../store/personRegistrationRepository.ts';
import { endCategoryOn } from '../citizen/personCategories.ts';
import { deregister } from '../citizen/deregistration.ts';
import { forEachCitizen } from '../citizenBatch.ts';
import { dfdgCaller } from '../context.ts';

/** Cancellation reason 9 'Andet' (codelists/cancellation-reasons.json): no reason of its own is known (D-244). */
const CANCELLATION_REASON_OTHER = 9;

export async function runApplicantDeadline(db: Knex, clock: Clock): Promise<{ deregistered: number }> {
  const today = clock.today();
  let deregistered = 0;
  if (!whileInForce(applicantDeadline, today, false, () => true)) return { deregistered };
  const candidates = await cprsOfApplicantsSince(db, addDays(today, -(APPLICANT_DAYS + 1)));
  await forEachCitizen(db, dfdgCaller('ansoeger-19-dage', today, clock.nowDateTime()), candidates, async (w, c) => {
    const overdue = overdueApplication(c.personCategories, contactGroupOn(c, today), today);
    if (!overdue) return;
    await endCategoryOn(w, overdue, today);
    const open = c.enrollments.find((e) => enrolledOn(e, today));
    if (open) await deregister(w, c, open, today, CANCELLATION_REASON_OTHER);
    deregistered++;
  });
  return { deregistered };
}
