// R-JO-09 — 000 §6.2: on a job order an a-kasse is responsible for, a candidate who changes a-kasse or is
// no longer an insured unemployed person gets FormidlingsStatusType 10 'Kandidat fjernet – pga a-kasse
// medlemsskift' and is removed, whether attached to the order or already placed with the company.
import { OrganisationType } from '../../domain/types.ts';
import { ClientCategory, type CitizenState, type IsoDate } from '../../domain/types.ts';
import type { Candidate, JobOrder } from '../../domain/jobOrder.ts';
import { currentAkasse } from '../citizen-on-date.ts';
import type { RuleMeta } from '../engine.ts';
import { enrolledOn } from '../citizen-on-date.ts';

export const removedOnAkasseChange: RuleMeta = {
  id: 'R-JO-09',
  title: "A candidate who changes a-kasse or stops being insured unemployed leaves an a-kasse's job order (status 10)",
  source: '000 §6.2',
  validFrom: '2023-12-04',
  validTo: null,
};

export function leavesAkasseOrder(
  order: JobOrder,
  candidate: Candidate,
  citizen: CitizenState,
  date: IsoDate,
): boolean {
  if (candidate.removed || order.responsible.organisationType !== OrganisationType.AKasse) return false;
  const akasse = currentAkasse(citizen, date);
  const insuredUnemployed =
    akasse !== null &&
    citizen.enrollments.some((e) => e.clientCategory === ClientCategory.Dagpengemodtager && enrolledOn(e, date));
  return akasse !== candidate.akasseCode || !insuredUnemployed;
}
