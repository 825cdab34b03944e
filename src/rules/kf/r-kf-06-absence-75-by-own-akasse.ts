// R-KF-06 — 000 §1.2: "Hvis data i dagpengetælleren ikke afspejler borgerens status i dagpengesystemet, skal
// a-kassen selv registrere fravær 75 'Kontaktforløb er hos a-kassen'." The service accepts absence 75 from
// the citizen's own a-kasse (and from DFDG and STAR); anyone else is refused.
import { AbsenceTypes, OrganisationType } from '../../domain/types.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { AbsenceChange } from '../absence-change.ts';
import { isMemberOf } from '../citizen-on-date.ts';

export const absence75ByOwnAkasse: ValidationRule<AbsenceChange> = {
  id: 'R-KF-06',
  title: 'Absence 75 is registered by DFDG, STAR or the citizen’s own a-kasse',
  source: '000 §1.2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(change, businessDate) {
    const { kind, after, actor, state } = change;
    if (kind !== 'create' || !after || after.absenceType !== AbsenceTypes.KontaktforloebHosAkassen) return null;
    if (actor.kind === 'dfdg' || actor.organisationType === OrganisationType.STAR) return null;
    if (
      actor.organisationType === OrganisationType.AKasse &&
      (isMemberOf(state, actor.organisationCode, after.startDate) ||
        isMemberOf(state, actor.organisationCode, businessDate))
    ) {
      return null;
    }
    return violation(
      absence75ByOwnAkasse,
      'Absence75OnlyByOwnAkasse',
      `organisation ${actor.organisationType}/${actor.organisationCode} is not the citizen's a-kasse`,
    );
  },
};
