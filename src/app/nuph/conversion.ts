// R-AK-13: the one-off conversion of pre-2023-4 NUPHs (and their answers) to the new model. A NUPH with an event
// date of 1 Jan 2002 or later whose event the 2023-4 list still has is converted (origin 'converted'); an older
// one, or one of an event type the new model does not have, is not (null). Used by the scenario fixtures, which
// stand in for the converted data (src/cli/scenario.ts).
import { codeList } from '../../domain/codelists.ts';
import type { Nuph, NuphAnswer } from '../../domain/nuph.ts';
import type { IsoDate } from '../../domain/types.ts';
import { convertible } from '../../rules/index.ts';

/** The day release 2023-4 went live, when the conversion ran. */
const CONVERSION_DATE = '2023-12-04';

export interface LegacyNuph {
  id: string;
  cpr: string;
  akasse: string;
  jobcentre: string;
  eventCode: number;
  eventDate: IsoDate;
  notifiedOn: IsoDate;
  comment: string | null;
  answer: {
    id: string;
    answerCode: number;
    sanctionGiven: boolean;
    answeredOn: IsoDate;
    answeredBy: string;
    comment: string | null;
  } | null;
}

export interface ConvertedNuph {
  nuph: Nuph;
  answer: NuphAnswer | null;
}

export function convertLegacyNuph(l: LegacyNuph): ConvertedNuph | null {
  if (!convertible(l.eventDate)) return null;
  if (codeList('nuph-events').validity(l.eventCode, CONVERSION_DATE) !== 'valid') return null;
  const nuph: Nuph = {
    id: l.id.toLowerCase(),
    cpr: l.cpr,
    akasse: l.akasse,
    jobcentre: l.jobcentre,
    origin: 'converted',
    sourceId: null,
    eventCode: l.eventCode,
    eventDate: l.eventDate,
    notifiedOn: l.notifiedOn,
    state: l.answer ? 'answered' : 'open',
    comment: l.comment,
    withdrawnOn: null,
  };
  const answer: NuphAnswer | null = l.answer
    ? {
        id: l.answer.id.toLowerCase(),
        nuphId: nuph.id,
        answerCode: l.answer.answerCode,
        sanctionGiven: l.answer.sanctionGiven,
        automatic: false,
        answeredOn: l.answer.answeredOn,
        answeredBy: l.answer.answeredBy,
        comment: l.answer.comment,
      }
    : null;
  return { nuph, answer };
}
