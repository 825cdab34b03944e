// R-JO-08 — 000 §6.2, §8 (change log 23 Jan 2024); 003 N2: the responsible a-kasse may hand a job order over
// to a jobcentre, with a mandatory reason (C-06: 1 Fejlallokeret, 2 Kan ikke formidle, 3 Overgivet på
// virksomhedens ønske); a jobcentre cannot hand over to an a-kasse. Reason 1 is a hand-over to another, the
// right, a-kasse. The reason's codelist check is the handler's (2002).
import { OrganisationType } from '../../domain/types.ts';
import { sameAuthority } from '../../domain/jobOrder.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { HandOverCommand } from './job-order-command.ts';

export const HandOverReason = { Misallocated: 1, CannotPlace: 2, CompanyWish: 3 } as const;

export const handOver: ValidationRule<HandOverCommand> = {
  id: 'R-JO-08',
  title: 'The responsible a-kasse hands a job order over to a jobcentre, with a reason',
  source: '000 §6.2, §8; 003 N2',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    const { actor, order, receiver, reason } = c;
    if (actor.organisationType !== OrganisationType.AKasse || !sameAuthority(order.responsible, actor)) {
      return violation(
        this,
        'HandOverNotAllowed',
        `only the responsible a-kasse hands over; ${actor.organisationType}/${actor.organisationCode} is not`,
      );
    }
    if (receiver.organisationType === OrganisationType.Jobcenter) return null;
    if (
      receiver.organisationType === OrganisationType.AKasse &&
      reason === HandOverReason.Misallocated &&
      !sameAuthority(receiver, actor)
    )
      return null;
    return violation(
      this,
      'HandOverNotAllowed',
      `to organisation ${receiver.organisationType}/${receiver.organisationCode} with reason ${reason}`,
    );
  },
};
