// R-JO-12 — 000 §6.3: companies (JobAG) do not see JobordreStilling, neither on their own job orders nor on
// those a jobcentre or an a-kasse created.
import type { JobOrder } from '../../domain/jobOrder.ts';
import type { RuleMeta } from '../engine.ts';

export const jobagHidesPosition: RuleMeta = {
  id: 'R-JO-12',
  title: 'Companies do not see JobordreStilling',
  source: '000 §6.3',
  validFrom: '2023-12-04',
  validTo: null,
};

export const companyView = (order: JobOrder): JobOrder => ({ ...order, position: null });
