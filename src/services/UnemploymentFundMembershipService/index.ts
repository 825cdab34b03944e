// UnemploymentFundMembershipService (Version 4, 2021-3; conventions.md §5, S14): an a-kasse registers the
// membership of a member it admits (MembershipRegistration; "A-kasse: Alle borgere" [F]). The membership starts
// on the calendar day of UnemploymentFundMembershipRegistrationDate in the calling a-kasse; a membership open in
// another a-kasse that day ends the day before, as a transfer (D-154, R-KF-07/16, R-JO-09) — the a-kasse feed's
// Overflytning (src/app/feeds/membershipEvents.ts, D-247). The branch code and the benefit-rights date are
// accepted and not kept.
import { alle } from '../../access/model.ts';
import { registerMembership } from '../../app/feeds/membershipRegistration.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import { receipt } from '../receipt.ts';
import type { UnemploymentFundMembershipServiceOperations } from '../generated/operations.ts';

export const operations: UnemploymentFundMembershipServiceOperations = {
  MembershipRegistration: {
    kind: 'write',
    access: { allowed: { AKasse: [alle] }, citizen: (r) => r.MembershipRegistration.PersonCivilRegistrationIdentifier },
    async handle(req, call) {
      const m = req.MembershipRegistration;
      await registerMembership(call.write, {
        cpr: m.PersonCivilRegistrationIdentifier,
        date: calendarDateOf(m.UnemploymentFundMembershipRegistrationDate),
        insuranceType: m.UnemploymentInsuranceCategoryTypeIdentifier,
      });
      return receipt(call.write);
    },
  },
};
