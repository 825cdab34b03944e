// R-CV-02 — 000 §4.2, §6.2: for a concrete recruitment or placement cooperation an a-kasse may have guest
// access to the CV data and health limitations of a member of another a-kasse, entering exactly
// "Indhentning af oplysninger i forbindelse med formidling" as Gæstegangskommentar. Best reading: another
// comment, or another data area, is refused.
import { violation, type ValidationRule } from '../engine.ts';

export const GUEST_ACCESS_COMMENT = 'Indhentning af oplysninger i forbindelse med formidling';
const DATA_AREAS: ReadonlySet<string> = new Set(['CV', 'HealthLimitations']);

export interface GuestAccessRequest {
  comment: string;
  dataArea: string;
}

export const guestAccess: ValidationRule<GuestAccessRequest> = {
  id: 'R-CV-02',
  title:
    'A-kasse guest access to placement-relevant data needs the prescribed comment and covers CV and health limitations only',
  source: '000 §4.2, §6.2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(r) {
    if (r.comment !== GUEST_ACCESS_COMMENT)
      return violation(this, 'GuestAccessCommentRequired', `Gæstegangskommentar '${r.comment}'`);
    if (!DATA_AREAS.has(r.dataArea)) return violation(this, 'GuestAccessDataAreaNotAllowed', `data area ${r.dataArea}`);
    return null;
  },
};
