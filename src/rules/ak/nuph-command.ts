// What the NUPH rules (R-AK-01, R-CV-01) look at: the event or answer code of a NUPH being created or answered.
// Pure data; src/app/nuph builds it.
import type { IsoDate } from '../../domain/types.ts';

export interface NuphEventCommand {
  eventCode: number;
  eventDate: IsoDate;
}

export interface NuphAnswerCommand {
  answerCode: number;
}
