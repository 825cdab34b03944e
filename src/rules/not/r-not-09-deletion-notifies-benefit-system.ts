// R-NOT-09 — 001 N2: the release should support "samspillet mellem jobcentrenes fag- og ydelsessystemer, så at
// jobcentre, a-kasser og ydelsessystemer får automatisk besked fra DFDG, når historisk eller aktuel fravær eller
// fritagelse slettes". The benefit system is reached through the municipality's 'Ydelsessystem' sub-queue.
import { OrganisationType, type Person } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import type { Receiver } from './receiver.ts';

export const deletionNotifiesBenefitSystem: RuleMeta = {
  id: 'R-NOT-09',
  title: 'Deleting an absence notifies the jobcentre, the a-kasse and the benefit system',
  source: '001 N2',
  validFrom: '2021-03-15',
  validTo: null,
};

export const BENEFIT_SYSTEM_SUBQUEUE = 'Ydelsessystem';

export function benefitSystemReceiver(person: Person): Receiver {
  return {
    organisationType: OrganisationType.Kommune,
    organisationCode: person.municipalityCode,
    subQueue: BENEFIT_SYSTEM_SUBQUEUE,
  };
}
