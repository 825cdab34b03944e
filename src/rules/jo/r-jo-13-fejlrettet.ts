// R-JO-13 — 000 §6.4: a job order created by mistake can be set to status 4 'Fejlrettet'; it then leaves the
// company's list of job orders in JobAG (DFDG keeps it).
import { JobOrderStatus, type JobOrder } from '../../domain/jobOrder.ts';
import type { RuleMeta } from '../engine.ts';

export const fejlrettet: RuleMeta = {
  id: 'R-JO-13',
  title: "Status 4 'Fejlrettet' removes the job order from the company's overview",
  source: '000 §6.4',
  validFrom: '2023-12-04',
  validTo: null,
};

export const visibleToCompany = (order: JobOrder) => order.status !== JobOrderStatus.Corrected;
