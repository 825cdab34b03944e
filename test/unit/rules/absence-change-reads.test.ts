// absenceChangeReads (src/rules/index.ts) is what an absence write loads of the citizen's absences (the operation's
// `absenceTypes`, issue 13: a write's cost must not grow with the citizen's history). Every rule of
// absenceChangeRules (R-KF-06, R-KF-09, R-KF-11, R-KF-12, R-KF-13, R-KF-14, R-ABS-01, R-ABS-02, R-ABS-05), whatever it
// is given, must read no absence outside it: a state loaded with those types only throws AbsencesNotLoaded
// (src/domain/citizenAbsences.ts) on any other read, so a rule added to the set that reads more fails here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { AbsencesNotLoaded } from '../../../src/domain/citizenAbsences.ts';
import type { Absence, Actor, CitizenState } from '../../../src/domain/types.ts';
import { absenceChangeReads, absenceChangeRules, type AbsenceChange } from '../../../src/rules/index.ts';
import { absence, akasse, citizen, contactGroup, dfdg, jobcenter, membership, star } from './fixtures.ts';

const ids = (file: string) =>
  (JSON.parse(fs.readFileSync(`codelists/${file}.json`, 'utf8')) as { entries: { id: number }[] }).entries.map(
    (e) => e.id,
  );
const ABSENCE_TYPES = [...new Set([...ids('absence-types'), 75, 77, 80])];
const END_REASONS = [null, ...ids('absence-end-reasons')];
const DATES = ['2020-06-01', '2021-04-01', '2023-12-20', '2024-03-01'];
const ACTORS: Actor[] = [akasse(), jobcenter(), star, dfdg];

/** The citizen as an absence write loads them: absences of `loaded` only, with an open and an ended absence 75. */
function loadedState(loaded: ReadonlySet<number>): CitizenState {
  const all = [
    absence(75, '2019-01-01', { endDate: '2019-12-31' }),
    absence(75, '2023-01-01'),
    absence(77, '2022-01-01'),
    absence(10, '2022-05-01', { endDate: '2022-05-02' }),
  ];
  return {
    ...citizen({
      contactGroups: [contactGroup(1, '2018-01-01', '2020-12-31'), contactGroup(12, '2021-01-01')],
      memberships: [membership('81', '2015-01-01')],
      absences: all.filter((a) => loaded.has(a.absenceType)),
    }),
    absenceTypes: loaded,
  };
}

function changes(state: CitizenState, actor: Actor, type: number, endReason: number | null): AbsenceChange[] {
  const stored = state.absences[0] ?? absence(type, '2020-01-01');
  const before: Absence = { ...stored, absenceType: type, id: 'before' };
  const after: Absence = { ...before, startDate: '2021-02-01', endDate: '2024-02-01', endReason };
  return [
    { kind: 'create', state, before: null, after: { ...after, id: 'new' }, actor },
    { kind: 'update', state, before, after, actor },
    { kind: 'setActive', state, before, after: { ...before, active: !before.active }, actor },
    { kind: 'delete', state, before, after: null, actor },
  ];
}

function evaluateAll(loaded: ReadonlySet<number>): number {
  let evaluated = 0;
  const state = loadedState(loaded);
  for (const actor of ACTORS)
    for (const type of ABSENCE_TYPES)
      for (const endReason of END_REASONS)
        for (const change of changes(state, actor, type, endReason))
          for (const date of DATES)
            for (const rule of absenceChangeRules) {
              rule.evaluate(change, date); // every rule, in force or not: a read outside `loaded` throws
              evaluated++;
            }
  return evaluated;
}

describe('absenceChangeReads: what an absence write loads is all absenceChangeRules read', () => {
  test('R-KF-09 and every other rule of the set evaluate every kind of change, type, end reason, actor and date on a state loaded with absenceChangeReads only', () => {
    assert.ok(evaluateAll(absenceChangeReads) > 10_000);
  });

  test('R-KF-09: a state loaded without absences 75 is refused, not read as "no absence 75"', () => {
    assert.throws(() => evaluateAll(new Set([10])), AbsencesNotLoaded);
  });
});
