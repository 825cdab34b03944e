// R-DEL-01 — 001 N0, N1: the data on systematic referral programmes (systematiske henvisningsforløb), which
// jobcentres registered until the programme's rules expired with LAB's rewrite on 1 Jan 2020, are deleted on a
// 2-year deadline; release 2021-1 (15 Mar 2021). The start is not stated: best reading, 2 years after the
// programme ended — one ending 1 Jun 2019 is gone by 1 Jun 2021, one ending 1 Dec 2019 is present on 1 Jun 2021
// and gone by 1 Dec 2021 (the rule's test). A programme without a recorded end ended at the latest with its legal
// basis, on 31 Dec 2019, and counts from then [I] (docs/contract-decisions.md).
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const referralProgrammeRetention: RuleMeta = {
  id: 'R-DEL-01',
  title: 'Data on systematic referral programmes are deleted 2 years after the programme ended',
  source: '001 N0, N1',
  validFrom: '2021-03-15',
  validTo: null,
};

/** The deadline, in months from the programme's end. */
export const REFERRAL_PROGRAMME_RETENTION_MONTHS = 24;

/** The end a programme without a recorded end is counted from: its rules expired on 1 Jan 2020. */
export const REFERRAL_PROGRAMMES_ENDED_BY: IsoDate = '2019-12-31';
