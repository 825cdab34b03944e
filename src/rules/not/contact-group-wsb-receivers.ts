// Who gets the webservice message Kontaktgruppe (100008) for a contact group opened or ended
// (notifications-wsrm-wsb.md §5.4 [F], its sending strategy cut off): the citizen's jobcentre for every creation
// and ending; the a-kasse of a member when the citizen moves into jobafklaring (contact group 13), the example the
// page gives. The rest of the a-kasse strategy ("Skifter fra e…") was not recovered, so nothing more is sent
// (docs/contract-decisions.md D-155).
import { OrganisationType, type CitizenState, type ContactGroupPeriod, type IsoDate } from '../../domain/types.ts';
import { currentAkasse } from '../citizen-on-date.ts';
import type { Receiver } from './receiver.ts';

export const JOBAFKLARING_CONTACT_GROUP = 13;

/** `group` as stored after the change; `opened` when the change opened it. */
export function contactGroupWsbReceivers(
  state: CitizenState,
  group: ContactGroupPeriod,
  opened: boolean,
  date: IsoDate,
): Receiver[] {
  const jobcentre = {
    organisationType: OrganisationType.Jobcenter,
    organisationCode: state.person.jobcenterCode,
    subQueue: null,
  };
  const akasse = currentAkasse(state, date);
  const toAkasse = opened && group.contactGroup === JOBAFKLARING_CONTACT_GROUP && akasse !== null;
  return [
    jobcentre,
    ...(toAkasse ? [{ organisationType: OrganisationType.AKasse, organisationCode: akasse, subQueue: null }] : []),
  ];
}
