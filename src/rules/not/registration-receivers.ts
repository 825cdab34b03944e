// Who learns about a citizen's enrollment (tilmelding), its cancellation (afmelding) and every contact group
// opened or ended (GetUnemploymentEnrollmentVersion4, GetCancelUnemploymentEnrollmentVersion4,
// GetContactGroupVersion4): the citizen's jobcentre (Nr 2, Kontaktgruppe.WSB: "every creation/ending of a contact
// group" [F]), the municipality (Nr 4) and the a-kasse of a member on the date (Nr 5) (docs/contract-decisions.md).
import { OrganisationType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { currentAkasse } from '../citizen-on-date.ts';
import { uniqueReceivers, type Receiver } from './receiver.ts';

export function registrationReceivers(state: CitizenState, date: IsoDate): Receiver[] {
  const akasse = currentAkasse(state, date);
  return uniqueReceivers([
    { organisationType: OrganisationType.Jobcenter, organisationCode: state.person.jobcenterCode, subQueue: null },
    { organisationType: OrganisationType.Kommune, organisationCode: state.person.municipalityCode, subQueue: null },
    ...(akasse === null
      ? []
      : [{ organisationType: OrganisationType.AKasse, organisationCode: akasse, subQueue: null }]),
  ]);
}
