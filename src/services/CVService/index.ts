// CVService (Version 6): GetCV as CVService (Version 6, 2022-2) documents it — the CV's status in force, its comment
// and the profile with the address ('Ukendt' for a citizen without one, R-CV-05) and the work experiences, a
// LetAsyl entry without job code included (R-CV-03) — and SaveCV, ours (D-277): Jobnet or LetAsyl hands DFDG the
// citizen's CV, notified as GetCVUpdatedVersion1.
// Access (D-275, D-277): GetCV the jobcentre and the a-kasse for their own citizens, STAR all; SaveCV STAR (Jobnet and
// LetAsyl call through STAR's organisation, D-22) for all citizens.
import { alle, egne } from '../../access/model.ts';
import { readCv, saveCitizenCv } from '../../app/cv/cvs.ts';
import type { CvSource } from '../../store/cvRepository.ts';
import type { CVServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

export const operations: CVServiceOperations = {
  GetCV: {
    kind: 'read',
    access: {
      allowed: { Jobcenter: [egne], AKasse: [egne], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      const cv = await readCv(call.read, call.citizen!);
      return {
        PersonCivilRegistrationIdentifier: cv.cpr,
        Municipality: { MunicipalityCode: cv.municipalityCode },
        CVStatusIdentifier: cv.status?.status,
        CVComment: cv.status?.comment?.slice(0, 375) ?? undefined,
        CVProfile: cv.profile
          ? {
              JobnetCVId: cv.profile.customerNumber === null ? undefined : Number(cv.profile.customerNumber),
              PersonalData: { Address: cv.profile.address },
              CVSource: cv.profile.source,
              WorkExperienceCollection: {
                WorkExperience: cv.profile.experiences.map((e) => ({
                  Title: e.title,
                  JobCode: e.jobCode ?? undefined,
                  FromDate: e.fromDate ?? undefined,
                  ToDate: e.toDate ?? undefined,
                })),
              },
            }
          : undefined,
      };
    },
  },
  SaveCV: {
    kind: 'write',
    access: { allowed: { STAR: [alle] }, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    absenceTypes: new Set(),
    async handle(req, call) {
      await saveCitizenCv(call.write, call.citizen!, {
        source: req.CVSource as CvSource,
        address: req.Address ?? null,
        experiences: req.WorkExperienceCollection.WorkExperience.map((e) => ({
          title: e.Title,
          jobCode: e.JobCode ?? null,
          fromDate: e.FromDate ?? null,
          toDate: e.ToDate ?? null,
        })),
      });
      return receipt(call.write);
    },
  },
};
