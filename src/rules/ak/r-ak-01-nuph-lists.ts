// R-AK-01 — 000 §7.1; 003 N0, N1 (release 2023-4, 4 Dec 2023): the NUPH event list and answer list are shortened;
// "removed event or answer codes are rejected from 2023-4". The lists are codelists/nuph-events.json and
// codelists/nuph-answers.json (the facade's values, A-65); a removed code is one whose validity ended before the
// business date. Unknown codes are the codelist's own 2002 (src/app/codelistValue.ts).
import { codeList } from '../../domain/codelists.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { NuphAnswerCommand, NuphEventCommand } from './nuph-command.ts';

export const RELEASE_2023_4 = '2023-12-04';

export const nuphEventList: ValidationRule<NuphEventCommand> = {
  id: 'R-AK-01',
  title: 'Removed NUPH event codes are refused from release 2023-4',
  source: '000 §7.1; 003 N0, N1',
  validFrom: RELEASE_2023_4,
  validTo: null,
  evaluate(c, businessDate) {
    if (codeList('nuph-events').validity(c.eventCode, businessDate) !== 'expired') return null;
    return violation(this, 'NuphEventCodeRemoved', `NuphEventTypeIdentifier ${c.eventCode}`);
  },
};

export const nuphAnswerList: ValidationRule<NuphAnswerCommand> = {
  id: 'R-AK-01',
  title: 'Removed NUPH answer codes are refused from release 2023-4',
  source: '000 §7.1; 003 N0, N1',
  validFrom: RELEASE_2023_4,
  validTo: null,
  evaluate(c, businessDate) {
    if (codeList('nuph-answers').validity(c.answerCode, businessDate) !== 'expired') return null;
    return violation(this, 'NuphAnswerCodeRemoved', `NuphAnswerTypeIdentifier ${c.answerCode}`);
  },
};
