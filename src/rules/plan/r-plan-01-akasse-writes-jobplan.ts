// R-PLAN-01 — 000 §3.5; 003 N4: while the a-kasse holds the contact process (absence 75 open, the first three
// months) it prepares and publishes Min plan / jobplan with the job goal; after the transfer the jobcentre does.
// Who that is on a day: the a-kasse while an active absence 75 covers the day and the citizen is in contact
// group 1 (A-22: in another contact group the jobcentre may publish), the jobcentre otherwise (D-171).
import { OrganisationType, type CitizenState, type IsoDate } from '../../domain/types.ts';
import { whileInForce, type RuleMeta } from '../engine.ts';
import { ABSENCE_75, activeAbsenceOn, contactGroupOn } from '../citizen-on-date.ts';

const DAGPENGEMODTAGER = 1;

export const akasseWritesJobplan: RuleMeta = {
  id: 'R-PLAN-01',
  title: 'The a-kasse writes the jobplan with a job goal during its period',
  source: '000 §3.5; 003 N4',
  validFrom: '2024-01-01',
  validTo: null,
};

/** Whether the a-kasse period covers `date`: an active absence 75 and contact group 1. */
export function inAkassePeriod(citizen: CitizenState, date: IsoDate): boolean {
  return activeAbsenceOn(citizen, ABSENCE_75, date) && contactGroupOn(citizen, date) === DAGPENGEMODTAGER;
}

/** The organisation type responsible for the citizen's jobplan and job goals on `date`. */
export function planResponsibility(citizen: CitizenState, date: IsoDate, businessDate: IsoDate): number {
  return whileInForce(akasseWritesJobplan, businessDate, OrganisationType.Jobcenter, () =>
    inAkassePeriod(citizen, date) ? OrganisationType.AKasse : OrganisationType.Jobcenter,
  );
}
