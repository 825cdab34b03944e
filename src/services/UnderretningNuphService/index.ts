// Underretning.NuphService (Version 1) [I]: the NUPH of the 2023-4 model (docs/contract-decisions.md).
// CreateNuph — the jobcentre's NUPH to the citizen's a-kasse (R-AK-01, R-CV-01; a no-show is answered 'irrelevant'
// by DFDG when the citizen was exempt, R-AK-05); AnswerNuph — the a-kasse's answer with the sanction flag
// (R-AK-12); GetNuphList — the citizen's NUPHs with their answers (an a-kasse those sent to it).
// Access [I]: CreateNuph JobCenter egne; AnswerNuph A-kasse egne; GetNuphList A-kasse and JobCenter egne, STAR alle.
import { alle, egne } from '../../access/model.ts';
import type { NuphType } from '../../contract/generated/types.ts';
import {
  answerNuph,
  citizenNuphs,
  createNuph,
  NUPH_ABSENCE_READS,
  NUPH_ANSWER_ABSENCE_READS,
  type NuphWithAnswer,
} from '../../app/nuph/nuphs.ts';
import { OrganisationType } from '../../domain/types.ts';
import type { UnderretningNuphServiceOperations } from '../generated/operations.ts';
import { receipt } from '../receipt.ts';

const ORIGIN = {
  jobcentre: 'Jobcenter',
  activity: 'Activity',
  interview: 'Interview',
  converted: 'Converted',
} as const;
const STATE = { open: 'Open', answered: 'Answered', withdrawn: 'Withdrawn' } as const;

function toNuphType({ nuph: n, answer: a }: NuphWithAnswer): NuphType {
  return {
    NuphIdentifier: n.id,
    PersonCivilRegistrationIdentifier: n.cpr,
    NuphEventTypeIdentifier: n.eventCode,
    EventDate: n.eventDate,
    NotificationDate: n.notifiedOn,
    NuphOrigin: ORIGIN[n.origin],
    SourceIdentifier: n.sourceId ?? undefined,
    NuphState: STATE[n.state],
    WithdrawnDate: n.withdrawnOn ?? undefined,
    SendingAuthority: { OrganisationTypeIdentifier: OrganisationType.Jobcenter, OrganisationCode: n.jobcentre },
    ReceivingAuthority: { OrganisationTypeIdentifier: OrganisationType.AKasse, OrganisationCode: n.akasse },
    Comments: n.comment ?? undefined,
    NuphAnswer: a
      ? {
          NuphAnswerIdentifier: a.id,
          NuphAnswerTypeIdentifier: a.answerCode,
          SanctionGiven: a.sanctionGiven,
          AnsweredByDfdg: a.automatic,
          AnswerDate: a.answeredOn,
          AnsweringAuthority: a.automatic
            ? undefined
            : { OrganisationTypeIdentifier: OrganisationType.AKasse, OrganisationCode: a.answeredBy },
          Comments: a.comment ?? undefined,
        }
      : undefined,
  };
}

export const operations: UnderretningNuphServiceOperations = {
  CreateNuph: {
    kind: 'write',
    access: { allowed: { Jobcenter: [egne] }, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    absenceTypes: NUPH_ABSENCE_READS,
    async handle(req, call) {
      const n = req.Nuph;
      const id = await createNuph(call.write, call.citizen!, {
        id: n.NuphIdentifier ?? null,
        eventCode: n.NuphEventTypeIdentifier,
        eventDate: n.EventDate,
        comment: n.Comments ?? null,
      });
      return receipt(call.write, id);
    },
  },
  AnswerNuph: {
    kind: 'write',
    access: { allowed: { AKasse: [egne] }, citizen: (r) => r.PersonCivilRegistrationIdentifier },
    absenceTypes: NUPH_ANSWER_ABSENCE_READS,
    async handle(req, call) {
      const a = req.NuphAnswer;
      const id = await answerNuph(call.write, call.citizen!, call.actor, {
        nuphId: a.NuphIdentifier,
        answerCode: a.NuphAnswerTypeIdentifier,
        sanctionGiven: a.SanctionGiven,
        comment: a.Comments ?? null,
      });
      return receipt(call.write, id);
    },
  },
  GetNuphList: {
    kind: 'read',
    access: {
      allowed: { AKasse: [egne], Jobcenter: [egne], STAR: [alle] },
      citizen: (r) => r.PersonCivilRegistrationIdentifier,
    },
    async handle(req, call) {
      const list = await citizenNuphs(call.read, call.citizen!, call.actor, req.NuphIdentifier ?? null);
      return { NuphCollection: { Nuph: list.map(toNuphType) } };
    },
  },
};
