// R-MTG-10 — 000 §1.15: "mødetitel må højst være på 100 karakterer og mødebeskrivelsen på 500 karakterer"
// for online booking offers; before this validation Jobnet failed when the citizen tried to book.
// Characters are Unicode code points (æøå count one each).
import { violation, type ValidationRule } from '../engine.ts';

export interface OfferText {
  title: string;
  description: string | null;
}

export const MAX_TITLE = 100;
export const MAX_DESCRIPTION = 500;
const length = (s: string) => [...s].length;

export const offerTextLengths: ValidationRule<OfferText> = {
  id: 'R-MTG-10',
  title: 'Online offer title at most 100 and description at most 500 characters',
  source: '000 §1.15',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(o) {
    if (length(o.title) > MAX_TITLE)
      return violation(this, 'OfferTitleTooLong', `MoedeTitel has ${length(o.title)} characters`);
    if (o.description !== null && length(o.description) > MAX_DESCRIPTION) {
      return violation(this, 'OfferDescriptionTooLong', `MoedeBeskrivelse has ${length(o.description)} characters`);
    }
    return null;
  },
};
