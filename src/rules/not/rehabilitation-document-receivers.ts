// Who learns about a document uploaded to a rehabilitation process (Rehabiliteringsdokument, 110004, and its WSRM
// GetRehabilitationDocumentNotificationVersion1): "JC Nr 2, Kommune Nr 4" on the type's page
// (notifications-wsrm-wsb.md §5.4 [F]) — the citizen's own jobcentre and municipality.
import { OrganisationType, type CitizenState } from '../../domain/types.ts';
import { uniqueReceivers, type Receiver } from './receiver.ts';

export function rehabilitationDocumentReceivers(state: CitizenState): Receiver[] {
  return uniqueReceivers([
    { organisationType: OrganisationType.Jobcenter, organisationCode: state.person.jobcenterCode, subQueue: null },
    { organisationType: OrganisationType.Kommune, organisationCode: state.person.municipalityCode, subQueue: null },
  ]);
}
