// A change of the citizen's jobcentre affiliation (jobcentertilhørsforhold) registered by a jobcentre or STAR
// (PersonRegistrationService.UpdatePersonJobcenter): the citizen's own jobcentre may hand the citizen over to
// another, a jobcentre may take a citizen over to itself (a manual takeover, which the move batch respects,
// R-BAT-01), STAR may do either (5204 otherwise; 5206 when nothing changes). R-OTH-05: the change succeeds for an
// unregistered citizen in contact group 1 without an a-kasse (it failed before release 2022-1).
import type { AuthorityActor, CitizenState } from '../../domain/types.ts';
import { OrganisationType } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { jobcentreChangeRules } from '../../rules/index.ts';
import { updatePerson } from '../../store/citizenRepository.ts';
import { insertJobcentreChange } from '../../store/personRegistrationRepository.ts';
import { timeOrderedUuid } from '../../store/timeOrderedId.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

export async function changeJobcentre(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  jobcenterCode: string,
): Promise<void> {
  const from = citizen.person.jobcenterCode;
  if (jobcenterCode === from) throw fault('JobcentreUnchanged', jobcenterCode);
  const isJobcentre = by.organisationType === OrganisationType.Jobcenter;
  if (isJobcentre && by.organisationCode !== from && by.organisationCode !== jobcenterCode)
    throw fault('JobcentreChangeNotAllowed', `${by.organisationCode}: ${from} → ${jobcenterCode}`);
  enforceRules(jobcentreChangeRules, { citizen, jobcenterCode, date: w.businessDate }, w.businessDate);
  await insertJobcentreChange(w.trx, {
    id: timeOrderedUuid(),
    cpr: citizen.person.cpr,
    fromJobcenterCode: from,
    jobcenterCode,
    changeDate: w.businessDate,
    registeredBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    registeredAt: w.now,
  });
  await updatePerson(w.trx, { ...citizen.person, jobcenterCode });
}
