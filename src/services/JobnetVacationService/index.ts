// JobnetVacationService (Version 6): Jobnet asks, by the citizen's CV customer number, whether they may register a
// holiday and which periods to block (visitation-absence.md §2.5, D-152). Jobnet-only: it calls as STAR (D-22),
// with "Alle borgere", as the citizen (user type 1, self-service) or a system user; the citizen is found from the
// CV number by the application, which checks that a citizen user asks about themself (4922 otherwise).
import { alle, checkSelfServiceCitizen, selfServiceFoundByApplication } from '../../access/model.ts';
import { vacationState } from '../../app/absence/vacationState.ts';
import { citizenOfCvCustomer } from '../../app/citizen/cvCustomer.ts';
import { asLocalDateTime } from '../../domain/dates.ts';
import type { Absence } from '../../domain/types.ts';
import type { JobnetVacationServiceOperations } from '../generated/operations.ts';

const ownVacation = selfServiceFoundByApplication();

const period = (a: Absence) => ({
  AbsenceIdentifier: a.id,
  StartDate: asLocalDateTime(a.startDate),
  EndDate: a.endDate === null ? undefined : asLocalDateTime(a.endDate),
});

export const operations: JobnetVacationServiceOperations = {
  GetVacationState: {
    kind: 'read',
    access: { allowed: { STAR: [alle] }, citizen: null, selfService: ownVacation },
    async handle(req, call) {
      const citizen = await citizenOfCvCustomer(call.read, req.CvCustomerIdentifier, 'UnknownCpr');
      checkSelfServiceCitizen(ownVacation, call.actor, citizen.person.cpr);
      const state = vacationState(citizen, call.read.businessDate);
      return {
        IsNewVacationAllowed: state.allowed,
        CreateAbsenceRestrictions: state.restrictions
          ? {
              MaxDuration: state.restrictions.maxDays,
              IsEndDateRequired: state.restrictions.endDateRequired,
              IllegalAbsencePeriodCollection: { IllegalAbsencePeriod: state.restrictions.blocked.map(period) },
            }
          : undefined,
        AbsenceRegistrationCollection: { AbsenceRegistration: state.holidays.map(period) },
      };
    },
  },
};
