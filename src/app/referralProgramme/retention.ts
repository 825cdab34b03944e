// R-DEL-01 as a policy of the scheduled deletion engine (src/app/retention/policy.ts): the systematic referral
// programmes are deleted 2 years (24 months, src/app/retention/periods.ts) after they ended — one without a recorded
// end counts from 31 Dec 2019, when the programmes' rules expired. Nothing is due before the rule is in force
// (release 2021-1, 15 Mar 2021).
import {
  REFERRAL_PROGRAMME_RETENTION_MONTHS,
  REFERRAL_PROGRAMMES_ENDED_BY,
  referralProgrammeRetention,
  whileInForce,
} from '../../rules/index.ts';
import {
  countReferralProgrammesEnded,
  deleteReferralProgrammesEnded,
} from '../../store/referralProgrammeRepository.ts';
import { lastStartDue } from '../retention/periods.ts';
import type { RetentionPolicy } from '../retention/policy.ts';

const lastEndDue = (today: string) => lastStartDue(today, REFERRAL_PROGRAMME_RETENTION_MONTHS);

export const referralProgrammeRetentionPolicy: RetentionPolicy = {
  ruleId: referralProgrammeRetention.id,
  what: 'systematic referral programmes 2 years after they ended',
  countDue: (db, today) =>
    whileInForce(referralProgrammeRetention, today, Promise.resolve(0), () =>
      countReferralProgrammesEnded(db, lastEndDue(today), REFERRAL_PROGRAMMES_ENDED_BY),
    ),
  deleteDue: (trx, today, limit) =>
    whileInForce(referralProgrammeRetention, today, Promise.resolve(0), () =>
      deleteReferralProgrammesEnded(trx, lastEndDue(today), REFERRAL_PROGRAMMES_ENDED_BY, limit),
    ),
};
