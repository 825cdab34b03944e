// The citizen's CV (issue 17): Jobnet or LetAsyl hands DFDG the CV (CVService.SaveCV, D-277), which notifies
// GetCVUpdatedVersion1; the a-kasse and the jobcentre register CV statuses on it (CVWorkFlowService.UpdateCVStatus:
// a historical date from the a-kasse of that date, R-CV-06; an a-kasse's approval for a dagpenge recipient in
// rehabilitation, R-CV-04; the jobcentre's status 5 is no NUPH, R-CV-01), which notify GetCVStatusVersion7; case
// systems read it (CVService.GetCV: 'Ukendt' for a citizen without an address, R-CV-05; a LetAsyl work experience
// without a job code, R-CV-03).
import { within } from '../../domain/dates.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { cvStatusMessages, cvUpdatedMessages } from '../../outbox/cvMessages.ts';
import { cvAddress, cvReadRules, cvReceivers, cvStatusIsNuph, cvStatusRules } from '../../rules/index.ts';
import {
  cvStatusesOf,
  findCv,
  insertCvStatus,
  saveCv,
  type CvSource,
  type CvStatus,
  type WorkExperience,
} from '../../store/cvRepository.ts';
import { rehabilitationProcessesOf } from '../../store/personMoveRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

/** Saves the CV Jobnet or LetAsyl keeps for the citizen held by the unit of work, and notifies its receivers. */
export async function saveCitizenCv(
  w: WriteContext,
  citizen: CitizenState,
  cv: { source: CvSource; address: string | null; experiences: readonly WorkExperience[] },
): Promise<void> {
  for (const e of cv.experiences)
    if (e.fromDate !== null && e.toDate !== null && e.toDate < e.fromDate)
      throw fault(
        'DurationNegative',
        `WorkExperience '${e.title}': ToDate ${e.toDate} is before FromDate ${e.fromDate}`,
      );
  const cpr = citizen.person.cpr;
  await saveCv(w.trx, { cpr, ...cv }, w.now);
  await w.outbox.enqueue(
    cvUpdatedMessages(cpr, cv.source, cvReceivers(citizen, w.businessDate), {
      actor: w.actor,
      user: w.user,
      now: w.now,
    }),
  );
}

/** Registers a CV status from `statusDate` (default the business date); returns it. */
export async function registerCvStatus(
  w: WriteContext,
  citizen: CitizenState,
  status: { status: number; comment: string | null; statusDate: IsoDate | null },
): Promise<CvStatus> {
  if (w.actor.kind !== 'authority') throw new Error('a CV status is registered by an authority');
  const statusDate = status.statusDate ?? w.businessDate;
  if (statusDate > w.businessDate)
    throw fault('CvStatusDateInFuture', `CvStatusDate ${statusDate}, business date ${w.businessDate}`);
  const cpr = citizen.person.cpr;
  const inRehabilitation = (await rehabilitationProcessesOf(w.trx, cpr)).some((p) =>
    within(w.businessDate, p.startDate, p.endDate),
  );
  enforceRules(
    cvStatusRules,
    {
      citizen,
      organisationType: w.actor.organisationType,
      organisationCode: w.actor.organisationCode,
      status: status.status,
      statusDate,
      inRehabilitation,
    },
    w.businessDate,
  );
  const saved: CvStatus = {
    id: timeOrderedUuid(),
    cpr,
    status: status.status,
    comment: status.comment,
    statusDate,
    registeredBy: { organisationType: w.actor.organisationType, organisationCode: w.actor.organisationCode },
    registeredAt: w.now,
  };
  await insertCvStatus(w.trx, saved);
  await w.outbox.enqueue(
    cvStatusMessages(saved, cvStatusIsNuph(saved.status, w.businessDate), cvReceivers(citizen, w.businessDate), {
      actor: w.actor,
      user: w.user,
      now: w.now,
    }),
  );
  return saved;
}

export interface CvView {
  cpr: string;
  municipalityCode: string;
  status: CvStatus | null;
  /** Absent when DFDG holds no CV for the citizen. */
  profile: {
    customerNumber: string | null;
    source: CvSource;
    address: string;
    experiences: WorkExperience[];
  } | null;
}

/** The citizen's CV as a case system reads it: the status in force (latest status date), the profile. */
export async function readCv(r: ReadContext, citizen: CitizenState): Promise<CvView> {
  const cpr = citizen.person.cpr;
  const cv = await findCv(r.db, cpr);
  const statuses = (await cvStatusesOf(r.db, cpr)).filter((s) => s.statusDate <= r.businessDate);
  let profile: CvView['profile'] = null;
  if (cv !== null) {
    enforceRules(
      cvReadRules,
      { source: cv.source, address: cv.address, jobCodes: cv.experiences.map((e) => e.jobCode) },
      r.businessDate,
    );
    profile = {
      customerNumber: cv.customerNumber,
      source: cv.source ?? 'Jobnet',
      address: cvAddress(cv.address, r.businessDate)!,
      experiences: cv.experiences,
    };
  }
  return { cpr, municipalityCode: citizen.person.municipalityCode, status: statuses.at(-1) ?? null, profile };
}
