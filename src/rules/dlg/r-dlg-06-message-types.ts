// R-DLG-06 — 000 §5.1: the dialog module accepts message types 1–12 as listed in codelist C-04
// (codelists/dialog-message-types.json, dated: 11 and 12 from 1 Jan 2024, 2 until release 2024-1); an unknown
// type is refused with the documented 2002 'Invalid CodeList value', an ended one with 2003.
import { codeList } from '../../domain/codelists.ts';
import { violation, type ValidationRule } from '../engine.ts';
import type { CitizenMessageCommand } from './dialog-command.ts';

export const dialogMessageTypes: ValidationRule<CitizenMessageCommand> = {
  id: 'R-DLG-06',
  title: 'Dialog message types are those of codelist C-04 valid on the day',
  source: '000 §5.1',
  validFrom: null,
  validTo: null,
  evaluate(c) {
    const validity = codeList('dialog-message-types').validity(c.messageType, c.date);
    if (validity === 'valid') return null;
    return violation(
      this,
      validity === 'expired' ? 'ExpiredCodeListValue' : 'InvalidCodeListValue',
      `CitizenMessageTypeIdentifier ${c.messageType} is ${validity} in C-04 on ${c.date}`,
    );
  },
};
