// Who learns about a summons (notifications-wsrm-wsb.md §6): the citizen's jobcentre (Nr 2) and municipality
// (Nr 4) through GetIndkaldelseVersion1, the a-kasse of a member (Nr 5) through GetAkasseIndkaldelseVersion1;
// all three through the webservice message Indkaldelse.WSB, in the same order (R-NOT-16).
import { OrganisationType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { currentAkasse } from '../citizen-on-date.ts';
import type { Receiver } from './receiver.ts';

const receiver = (organisationType: number, organisationCode: string): Receiver => ({
  organisationType,
  organisationCode,
  subQueue: null,
});

export interface SummonsReceivers {
  jobcentreAndMunicipality: Receiver[];
  akasse: Receiver | null;
}

export function summonsReceivers(state: CitizenState, date: IsoDate): SummonsReceivers {
  const akasse = currentAkasse(state, date);
  return {
    jobcentreAndMunicipality: [
      receiver(OrganisationType.Jobcenter, state.person.jobcenterCode),
      receiver(OrganisationType.Kommune, state.person.municipalityCode),
    ],
    akasse: akasse === null ? null : receiver(OrganisationType.AKasse, akasse),
  };
}

/** A deadline (Frist) is the jobcentre's: GetInterviewDeadlineVersion2 and Frist.WSB go to the citizen's jobcentre. */
export function deadlineReceiver(state: CitizenState): Receiver {
  return receiver(OrganisationType.Jobcenter, state.person.jobcenterCode);
}
