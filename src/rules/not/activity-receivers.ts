// Who receives an activity's notifications. The message names are documented (GetActivityGeneralEventVersion3,
// GetActivitySpecielEventVersion3, notifications-wsrm-wsb.md §2.2, §4.2) but their receivers are "not stated"
// (§4.2 table): the facade's reading (D-193), as for the absences (R-NOT-01) and the summonses (§6):
//   - the general event (the activity as registered) to the citizen's jobcentre and a-kasse(s) on the date;
//   - the special event (the events a municipality's systems act on: the benefit side of an activity) to the
//     citizen's municipality.
// The webservice message Aktivitet.WSB goes to the same three, where they subscribe.
import { OrganisationType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { membershipsOn } from '../citizen-on-date.ts';
import { uniqueReceivers, type Receiver } from './receiver.ts';

export interface ActivityReceivers {
  general: Receiver[];
  special: Receiver[];
}

export function activityReceivers(state: CitizenState, businessDate: IsoDate): ActivityReceivers {
  const general = uniqueReceivers([
    { organisationType: OrganisationType.Jobcenter, organisationCode: state.person.jobcenterCode, subQueue: null },
    ...membershipsOn(state, businessDate).map((m) => ({
      organisationType: OrganisationType.AKasse,
      organisationCode: m.akasseCode,
      subQueue: null,
    })),
  ]);
  const special: Receiver[] = [
    { organisationType: OrganisationType.Kommune, organisationCode: state.person.municipalityCode, subQueue: null },
  ];
  return { general, special };
}
