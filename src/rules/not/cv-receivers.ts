// Who learns about a citizen's CV (GetCVStatusVersion7, GetCVUpdatedVersion1): the organisations its page allows
// ("Tilladte organisationer": A-kasse egne borgere, JobCenter egne borgere), i.e. the citizen's jobcentre and the
// a-kasse of a member on the business date — after a change of a-kasse the new one, also for a historical status
// the former reported (R-CV-06, D-276).
import { OrganisationType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { currentAkasse } from '../citizen-on-date.ts';
import { uniqueReceivers, type Receiver } from './receiver.ts';

export function cvReceivers(state: CitizenState, date: IsoDate): Receiver[] {
  const akasse = currentAkasse(state, date);
  return uniqueReceivers([
    { organisationType: OrganisationType.Jobcenter, organisationCode: state.person.jobcenterCode, subQueue: null },
    ...(akasse === null
      ? []
      : [{ organisationType: OrganisationType.AKasse, organisationCode: akasse, subQueue: null }]),
  ]);
}
