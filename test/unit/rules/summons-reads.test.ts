// summonsAbsenceReads (src/rules/index.ts) is what a summons write loads of the citizen's absences (the operation's
// `absenceTypes`, issue 13: a write's cost must not grow with the citizen's history), and a summons write loads only
// the deadlines and participation choices of the contact process (src/app/contactProcess/summonses.ts). Every rule
// of summonsRules (R-MTG-01, R-MTG-02, R-MTG-14), whatever it is given, must read no absence outside the declared
// types and no part of the contact process: a state loaded with absences 75 only throws AbsencesNotLoaded on any
// other read, and here every part of the contact process throws, so a rule added to the set that reads more fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ContactProcessState, Summons } from '../../../src/domain/contactProcess.ts';
import { ClientCategory, type Actor, type CitizenState } from '../../../src/domain/types.ts';
import { AbsencesNotLoaded } from '../../../src/domain/citizenAbsences.ts';
import { summonsAbsenceReads, summonsRules } from '../../../src/rules/index.ts';
import { absence, akasse, citizen, contactGroup, enrollment, jobcenter, membership, star } from './fixtures.ts';

/** A contact process none of whose parts may be read. */
const unreadableProcess = new Proxy({} as ContactProcessState, {
  get(_, part) {
    throw new Error(`a summons rule read the contact process's ${String(part)}`);
  },
});

function loadedState(contactGroupNumber: number, loaded: ReadonlySet<number> = summonsAbsenceReads): CitizenState {
  return {
    ...citizen({
      contactGroups: [contactGroup(contactGroupNumber, '2020-01-01')],
      memberships: [membership('81', '2015-01-01')],
      enrollments: [enrollment(ClientCategory.Dagpengemodtager, '2023-06-01')],
      absences: [absence(75, '2019-01-01', { endDate: '2019-12-31' }), absence(75, '2023-01-01')],
    }),
    absenceTypes: loaded,
  };
}

test('R-MTG-01, R-MTG-02, R-MTG-14 read only the absences of summonsAbsenceReads and no contact-process part', () => {
  let evaluated = 0;
  for (const group of [1, 2])
    for (const actor of [akasse(), jobcenter(), star] as Extract<Actor, { kind: 'authority' }>[])
      for (const interviewType of [3, 7, 10, 12, 15, 17])
        for (const date of ['2023-12-20', '2024-03-01', '2025-04-01'])
          for (const rule of summonsRules) {
            const summons = { interviewType, startTime: `${date}T10:00:00` } as Summons;
            assert.doesNotThrow(() =>
              rule.evaluate(
                { citizen: loadedState(group), process: unreadableProcess, actor, date, summons },
                '2025-04-01',
              ),
            );
            evaluated++;
          }
  assert.equal(evaluated, 2 * 3 * 6 * 3 * summonsRules.length);
});

test('the check can fail: R-MTG-14 on a state loaded without absences 75 throws AbsencesNotLoaded', () => {
  const summons = { interviewType: 7, startTime: '2025-04-01T10:00:00' } as Summons;
  const command = {
    citizen: loadedState(1, new Set<number>()),
    process: unreadableProcess,
    actor: jobcenter() as Extract<Actor, { kind: 'authority' }>,
    date: '2025-04-01',
    summons,
  };
  assert.throws(() => summonsRules.forEach((rule) => rule.evaluate(command, '2025-04-01')), AbsencesNotLoaded);
});
