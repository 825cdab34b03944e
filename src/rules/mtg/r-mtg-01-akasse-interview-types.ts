// R-MTG-01 — 000 §1.4: "A-kasserne kan indkalde til følgende samtaletyper: 7 'Jobsamtale', 12 'Anden
// samtale', 15 'Rådighedssamtale' og 17 'Fælles jobsamtale med dagpengemodtager'"; 10 'CV-samtale' only as
// R-MTG-02 allows. Best reading: other types are refused.
import { OrganisationType } from '../../domain/types.ts';
import { InterviewType } from '../../domain/contactProcess.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { SummonsCommand } from './contact-command.ts';

export const AKASSE_SUMMONS_TYPES: ReadonlySet<number> = new Set([
  InterviewType.Jobsamtale,
  InterviewType.AndenSamtale,
  InterviewType.Raadighedssamtale,
  InterviewType.FaellesJobsamtaleMedDagpengemodtager,
]);

/** Whether an a-kasse may summon to (or offer) this interview type at all; 10 is further limited by R-MTG-02. */
export function akasseMaySummonTo(type: number): boolean {
  return AKASSE_SUMMONS_TYPES.has(type) || type === InterviewType.CvSamtale;
}

export const akasseInterviewTypes: ValidationRule<SummonsCommand> = {
  id: 'R-MTG-01',
  title: 'An a-kasse may summon to interview types 7, 12, 15 and 17 (10 as R-MTG-02 allows)',
  source: '000 §1.4',
  validFrom: '2024-01-01',
  validTo: null,
  evaluate(c) {
    if (c.actor.organisationType !== OrganisationType.AKasse) return null;
    const type = c.summons.interviewType;
    if (akasseMaySummonTo(type)) return null;
    return violation(this, 'AkasseInterviewTypeNotAllowed', `an a-kasse cannot summon to interview type ${type}`);
  },
};
