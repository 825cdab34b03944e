// R-OTH-03 — 000 §1.10 (bug fix in release 2023-4): a jobcentre may update a person-group marking
// (persongruppemarkering) even when STAR made the latest change. Before the release such an update was refused
// (5208, the facade's code: the sources give none). Two units, one rule: the refusal before the release, the
// acceptance from it (nothing to check).
import { OrganisationType } from '../../domain/types.ts';
import { violation, type RuleMeta, type ValidationRule } from '../engine.ts';
import type { PersonGroupMarkingUpdate } from './person-registration-command.ts';
import { RELEASE_2023_4 } from './r-oth-01-asylovergivelse-service.ts';

export const jobcentreUpdatesStarMarking: RuleMeta = {
  id: 'R-OTH-03',
  title: 'A jobcentre may update a person-group marking last changed by STAR',
  source: '000 §1.10',
  validFrom: RELEASE_2023_4,
  validTo: null,
};

export const starMarkingRefusedBefore2023_4: ValidationRule<PersonGroupMarkingUpdate> = {
  id: 'R-OTH-03',
  title: 'Before release 2023-4 a jobcentre could not update a person-group marking last changed by STAR',
  source: '000 §1.10',
  validFrom: null,
  validTo: RELEASE_2023_4,
  evaluate({ before, actor }) {
    if (actor.organisationType !== OrganisationType.Jobcenter) return null;
    if (before.registeredBy.organisationType !== OrganisationType.STAR) return null;
    return violation(starMarkingRefusedBefore2023_4, 'MarkingLastChangedByStar', `marking ${before.id}`);
  },
};
