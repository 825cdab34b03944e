// R-OTH-06 — 004 §1.4: "Ny kontaktpersontype 33 'Fastholdelseskonsulent'" may be registered from release 2022-1
// (14 Mar 2022), e.g. for retention plans under the Sickness Benefit Act. The rule's unit is the period before the
// release, when the type did not exist: type 33 is refused as an unknown codelist value (2002), as any value
// outside C-10 (codelists/person-contact-types.json, where 33 is valid from the same day).
import { PersonContactTypes } from '../../domain/personContact.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { PersonContactChange } from './person-contact-change.ts';

export const RELEASE_2022_1 = '2022-03-14';

export const fastholdelseskonsulentBeforeRelease: ValidationRule<PersonContactChange> = {
  id: 'R-OTH-06',
  title: "Contact person type 33 'Fastholdelseskonsulent' is registrable from release 2022-1",
  source: '004 §1.4',
  validFrom: null,
  validTo: RELEASE_2022_1,
  evaluate({ fields }) {
    if (fields?.contactType !== PersonContactTypes.Fastholdelseskonsulent) return null;
    return violation(
      fastholdelseskonsulentBeforeRelease,
      'InvalidCodeListValue',
      `contact person type 33 'Fastholdelseskonsulent' is new in release 2022-1 (${RELEASE_2022_1})`,
    );
  },
};
