// Asylum handover data (asylovergivelsesdata) through Borgerindsats.AsylovergivelseService (R-OTH-01): one record
// per citizen, created once (5210 when it exists), then updated (5211 when there is none), read back without
// CvEditEnddate. The service exists from release 2023-4 (5212 on an earlier business date, reads too).
import type { AsylumHandover } from '../../domain/personRegistration.ts';
import type { AuthorityActor, CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { asylovergivelseRules } from '../../rules/index.ts';
import {
  findAsylumHandover,
  insertAsylumHandover,
  updateAsylumHandover,
} from '../../store/personRegistrationRepository.ts';
import type { ReadContext, WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

export interface AsylumHandoverFields {
  handoverDate: IsoDate;
  municipalityCode: string | null;
  residencePermitDate: IsoDate | null;
}

export async function saveAsylumHandover(
  w: WriteContext,
  citizen: CitizenState,
  by: AuthorityActor,
  kind: 'create' | 'update',
  f: AsylumHandoverFields,
): Promise<void> {
  const cpr = citizen.person.cpr;
  enforceRules(asylovergivelseRules, { cpr }, w.businessDate);
  const before = await findAsylumHandover(w.trx, cpr);
  if (kind === 'create' && before) throw fault('AsylumHandoverExists', `handed over ${before.handoverDate}`);
  if (kind === 'update' && !before) throw fault('NoAsylumHandover', cpr);
  const handover: AsylumHandover = {
    cpr,
    ...f,
    registeredBy: { organisationType: by.organisationType, organisationCode: by.organisationCode },
    registeredAt: w.now,
  };
  if (before) await updateAsylumHandover(w.trx, handover);
  else await insertAsylumHandover(w.trx, handover);
}

export async function asylumHandover(r: ReadContext, cpr: string): Promise<AsylumHandover> {
  enforceRules(asylovergivelseRules, { cpr }, r.businessDate);
  const handover = await findAsylumHandover(r.db, cpr);
  if (!handover) throw fault('NoAsylumHandover', cpr);
  return handover;
}
