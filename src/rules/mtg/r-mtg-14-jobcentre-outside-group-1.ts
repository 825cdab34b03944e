// R-MTG-14 — 004 §1.1: for a citizen with an a-kasse contact process (absence 75) who is in a contact group
// other than 1, the jobcentre may create deadlines, summon, register held interviews and the citizen may
// book with the jobcentre. The other side (docs/contract-decisions.md): while an active absence 75 covers
// the day and the citizen is in contact group 1, the a-kasse has the contact process and the jobcentre's
// summonses, deadlines, bookings and held interviews are refused — except the follow-up of R-MTG-16.
// Before release 2022-1 any active absence 75 kept the jobcentre out.
import { OrganisationType } from '../../domain/types.ts';
import { inForce, violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import { ABSENCE_75, activeAbsenceOn, contactGroupOn } from '../citizen-on-date.ts';
import type { ContactCommand } from './contact-command.ts';

const DAGPENGEMODTAGER = 1;

export const jobcentreOutsideGroup1Meta: RuleMeta = {
  id: 'R-MTG-14',
  title: 'The jobcentre may work with citizens who have absence 75 but are not in contact group 1',
  source: '004 §1.1',
  validFrom: '2022-03-14',
  validTo: null,
};

/** Whether the a-kasse has the contact process on the command's day, so the jobcentre must keep out. */
export function akasseHasContactProcess(c: Pick<ContactCommand, 'citizen' | 'date'>, businessDate: string): boolean {
  if (!activeAbsenceOn(c.citizen, ABSENCE_75, c.date)) return false;
  return !inForce(jobcentreOutsideGroup1Meta, businessDate) || contactGroupOn(c.citizen, c.date) === DAGPENGEMODTAGER;
}

export const jobcentreOutsideGroup1: ValidationRule<ContactCommand> = {
  ...jobcentreOutsideGroup1Meta,
  validFrom: null,
  evaluate(c, businessDate) {
    if (c.actor.organisationType !== OrganisationType.Jobcenter || !akasseHasContactProcess(c, businessDate))
      return null;
    return violation(
      jobcentreOutsideGroup1Meta,
      'AkasseHasContactProcess',
      `absence 75 is active on ${c.date} and the citizen is in contact group ${contactGroupOn(c.citizen, c.date)}`,
    );
  },
};
