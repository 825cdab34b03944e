// UnemploymentEnrollmentService (Version 8): registration as job seeker (tilmelding) in any
// category, incl. 'Uden ydelse' (R-KF-15), and cancellation (afmelding). Registering a dagpengemodtager
// lets DFDG decide the contact process from the dagpengetæller and, where the a-kasse is responsible,
// register absence 75 itself with GetAbsenceVersion7 to the a-kasse and the jobcentre (R-KF-02..05,
// R-NOT-01). Access (visitation-absence.md §4.3): A-kasse egne, JobCenter egne, Kommune egne, STAR alle; and the
// citizen's own registration and deregistration on Jobnet (user type 1 with their CPR, D-22, D-123). A job title or
// alias given twice is refused (R-OTH-04); a jobcentre's registration of a citizen without a Jobnet profile answers
// the new profile's credentials, 'Ukendt' from release 2022-1 (R-OTH-08).
import { alle, egne, selfService, type AccessDeclaration } from '../../access/model.ts';
import { cancelEnrollment, enroll } from '../../app/enrollment/enrollments.ts';
import { checkProfessions, jobnetProfileAtRegistration } from '../../app/enrollment/registrationExtras.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import type { UnemploymentEnrollmentServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const access = <Req>(citizen: (r: Req) => string): AccessDeclaration<Req> => ({
  allowed: { AKasse: [egne], Jobcenter: [egne], Kommune: [egne], STAR: [alle] },
  citizen,
  selfService: selfService(),
});

export const operations: UnemploymentEnrollmentServiceOperations = {
  UnemploymentEnrollment: {
    kind: 'write',
    access: access((r) => r.UnemploymentEnrollment.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const e = req.UnemploymentEnrollment;
      checkProfessions(
        call.write,
        (e.Profession?.ProfessionType ?? []).map((p) => ({
          discoWebIdentifier: p.DiscoWebIdentifier ?? null,
          conceptUriDa: p.ConceptUriDa ?? null,
          aliasIdentifier: p.AliasIdentifier ?? null,
        })),
      );
      const id = await enroll(
        call.write,
        call.citizen!,
        e.ClientCategoryTypeIdentifier,
        e.CurrentUnemploymentStatusTypeIdentifier,
        calendarDateOf(e.EnrollmentDate),
      );
      const credentials = await jobnetProfileAtRegistration(call.write, call.citizen!);
      return {
        ...receipt(call.write, id),
        JobnetCredentials: credentials ? { UserName: credentials.userName, Password: credentials.password } : undefined,
      };
    },
  },
  CancelUnemploymentEnrollment: {
    kind: 'write',
    access: access((r) => r.CancelUnemploymentEnrollment.PersonCivilRegistrationIdentifier),
    async handle(req, call) {
      const c = req.CancelUnemploymentEnrollment;
      await cancelEnrollment(
        call.write,
        call.citizen!,
        calendarDateOf(c.CancellationDate),
        c.CancellationReasonTypeIdentifier,
      );
      return receipt(call.write);
    },
  },
};
