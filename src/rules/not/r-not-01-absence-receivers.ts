// R-NOT-01 — 000 §1.2: "DFDG sender webservicebesked (WSRM GetAbsenceVersion7) til a-kassen og jobcentrets
// fagsystem om registreringen af fravær 75 … umiddelbart efter tilmeldingen". R-NOT-02 — 003 N3: "Jobcentret
// (jobcenter fagsystemet) får besked fra DFDG straks, når a-kassen har opgjort og registreret, at ansvaret for
// kontaktforløbet overgår til jobcentret." Every absence change therefore goes to the citizen's jobcentre and
// a-kasse; a deletion also to the benefit system (R-NOT-09).
import { OrganisationType, type Absence, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { inForce, type RuleMeta } from '../engine.ts';
import { membershipsOn } from '../citizen-on-date.ts';
import { uniqueReceivers, type Receiver } from './receiver.ts';
import { benefitSystemReceiver, deletionNotifiesBenefitSystem } from './r-not-09-deletion-notifies-benefit-system.ts';

export const absenceNotification: RuleMeta = {
  id: 'R-NOT-01',
  title: 'GetAbsenceVersion7 goes to the citizen’s a-kasse and jobcentre (R-NOT-01, R-NOT-02)',
  source: '000 §1.2; 003 N3',
  validFrom: null,
  validTo: null,
};

export function absenceNotificationReceivers(
  state: CitizenState,
  kind: 'create' | 'update' | 'delete' | 'setActive',
  _absence: Absence,
  businessDate: IsoDate,
): Receiver[] {
  const receivers: Receiver[] = [
    { organisationType: OrganisationType.Jobcenter, organisationCode: state.person.jobcenterCode, subQueue: null },
    ...membershipsOn(state, businessDate).map((m) => ({
      organisationType: OrganisationType.AKasse,
      organisationCode: m.akasseCode,
      subQueue: null,
    })),
  ];
  if (kind === 'delete' && inForce(deletionNotifiesBenefitSystem, businessDate))
    receivers.push(benefitSystemReceiver(state.person));
  return uniqueReceivers(receivers);
}
