// Which jobcentre a company's production unit is attached to (GetCompanyJobcenterAffiliation, joborder.md
// §4.4): an unknown combination of CVR number and P-number is DFDG's 4353.
import { fault } from '../../faults/catalogue.ts';
import { findCompanyJobcentre, type CompanyJobcentre } from '../../store/jobOrderRepository.ts';
import type { ReadContext } from '../context.ts';

export async function companyJobcentre(r: ReadContext, cvr: string, productionUnit: string): Promise<CompanyJobcentre> {
  const found = await findCompanyJobcentre(r.db, cvr, productionUnit);
  if (!found) throw fault('UnknownCompanyUnit', `CVR ${cvr}, P-number ${productionUnit}`);
  return found;
}
