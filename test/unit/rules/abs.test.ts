import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { codeList } from '../../../src/domain/codelists.ts';
import {
  EXEMPTING_ABSENCE_TYPES,
  MINK_ABSENCE_TYPE,
  NON_DELETABLE_ABSENCE_TYPES,
  contactGroupEntryRules,
  firstViolation,
  personExempts,
} from '../../../src/rules/index.ts';
import {
  absence,
  akasse,
  citizen,
  contactGroup,
  creating,
  deleting,
  dfdg,
  jobcenter,
  membership,
  outcome,
} from './fixtures.ts';

describe('R-ABS-01 deleting historical and current absences', () => {
  const holiday = absence(10, '2021-02-01', { endDate: '2021-02-14' });
  const state = citizen({ memberships: [membership('81', '2020-01-01')], absences: [holiday] });
  test('R-ABS-01: the jobcentre deletes absence 10 of 1–14 Feb 2021 on 20 Mar 2021 → accepted', () => {
    assert.equal(outcome(deleting(state, holiday), '2021-03-20'), 'accepted');
  });
  test('R-ABS-01: a current absence (started yesterday, open) may be deleted by the a-kasse', () => {
    const sick = absence(11, '2024-05-01');
    assert.equal(outcome(deleting(citizen({ absences: [sick] }), sick, akasse()), '2024-05-02'), 'accepted');
  });
  test('R-ABS-01: before release 2021-1 (1 Mar 2021) a historical absence cannot be deleted', () => {
    assert.equal(outcome(deleting(state, holiday), '2021-03-01'), 'R-ABS-01 OnlyFutureAbsenceDeletable');
  });
  test('R-ABS-01: before release 2021-1 an absence starting today or later can be deleted', () => {
    const future = absence(10, '2021-03-01', { endDate: '2021-03-05' });
    assert.equal(outcome(deleting(citizen({ absences: [future] }), future), '2021-03-01'), 'accepted');
  });
  test('R-ABS-01: absence 75 is in the exclusion list and cannot be deleted', () => {
    const a75 = absence(75, '2024-01-10');
    assert.deepEqual([...NON_DELETABLE_ABSENCE_TYPES], [75]);
    assert.equal(
      outcome(deleting(citizen({ absences: [a75] }), a75, akasse()), '2024-02-01'),
      'R-ABS-01 AbsenceTypeNotDeletable',
    );
  });
  test('R-ABS-01: an absence registered by DFDG cannot be deleted by an authority, but by DFDG itself', () => {
    const bySystem = absence(11, '2024-01-10', { createdByDfdg: true, registeredBy: dfdg });
    const s = citizen({ absences: [bySystem] });
    assert.equal(outcome(deleting(s, bySystem, jobcenter()), '2024-02-01'), 'R-ABS-01 AbsenceTypeNotDeletable');
    assert.equal(outcome(deleting(s, bySystem, dfdg), '2024-02-01'), 'accepted');
  });
});

describe('R-ABS-02 absence 77 (vocational education within 6 weeks)', () => {
  const cg1 = citizen({ contactGroups: [contactGroup(1, '2021-01-01')] });
  const cg12 = citizen({ contactGroups: [contactGroup(12, '2021-01-01')] });
  test('R-ABS-02: absence 77 from 16 Mar 2021 for contact group 1 → accepted', () => {
    assert.equal(outcome(creating(cg1, absence(77, '2021-03-16'), jobcenter()), '2021-03-16'), 'accepted');
  });
  test('R-ABS-02: the same for contact group 12 → refused', () => {
    assert.equal(
      outcome(creating(cg12, absence(77, '2021-03-16'), jobcenter()), '2021-03-16'),
      'R-ABS-02 EducationNotAllowedForContactGroup',
    );
  });
  test('R-ABS-02: start date 1 Mar 2021 → refused', () => {
    assert.equal(
      outcome(creating(cg1, absence(77, '2021-03-01'), jobcenter()), '2021-03-01'),
      'R-ABS-02 AbsenceStartBeforeTypeInForce',
    );
  });
  test('R-ABS-02: registered after the patch (1 Feb 2021) with a start on 15 Mar 2021 → accepted', () => {
    assert.equal(outcome(creating(cg1, absence(77, '2021-03-15'), jobcenter()), '2021-02-01'), 'accepted');
  });
  test('R-ABS-02: moving the start of an absence 77 before 15 Mar 2021 → refused; editing its comment → accepted', () => {
    const a = absence(77, '2021-03-16');
    const s = { ...cg1, absences: [a] };
    const moved = {
      kind: 'update' as const,
      state: s,
      before: a,
      after: { ...a, startDate: '2021-03-10' },
      actor: jobcenter(),
    };
    const commented = {
      kind: 'update' as const,
      state: s,
      before: a,
      after: { ...a, comment: 'x' },
      actor: jobcenter(),
    };
    assert.equal(outcome(moved, '2021-03-20'), 'R-ABS-02 AbsenceStartBeforeTypeInForce');
    assert.equal(outcome(commented, '2021-03-20'), 'accepted');
  });
});

describe('R-ABS-02 from the contact group: no move into contact group 12 during an absence 77 (4645)', () => {
  const entry = (absences: ReturnType<typeof absence>[], group: number, from: string) =>
    firstViolation(contactGroupEntryRules, { state: citizen({ absences }), contactGroup: group, from }, from)?.fault ??
    'accepted';
  test('R-ABS-02: into contact group 12 while an absence 77 lasts → ContactGroupConflictsWithAbsence', () => {
    assert.equal(entry([absence(77, '2024-03-01')], 12, '2024-03-04'), 'ContactGroupConflictsWithAbsence');
  });
  test('R-ABS-02: the absence 77 ended before the move, or another group → accepted', () => {
    assert.equal(entry([absence(77, '2024-02-01', { endDate: '2024-03-03' })], 12, '2024-03-04'), 'accepted');
    assert.equal(entry([absence(77, '2024-03-01')], 1, '2024-03-04'), 'accepted');
  });
});

describe('R-ABS-03 absence 77 renamed in release 2022-1', () => {
  const types = codeList('absence-types');
  test('R-ABS-03: absence 77 valid on 15 Mar 2022 → the new name and the unchanged description', () => {
    assert.equal(types.validity(77, '2022-03-15'), 'valid');
    assert.equal(
      types.nameOn(77, '2022-03-15'),
      'På vej på erhvervsuddannelse eller anden erhvervsrettet uddannelse (inden for 6 uger)',
    );
    assert.equal(
      types.entry(77)?.description,
      'På vej på erhvervsuddannelse efter lov om erhvervsuddannelser eller en anden erhvervsrettet uddannelse (inden for 6 uger)',
    );
  });
  test('R-ABS-03: before 14 Mar 2022 the old name applies', () => {
    assert.equal(types.nameOn(77, '2022-03-13'), 'På vej på erhvervsuddannelse (inden for 6 uger)');
  });
});

describe('R-ABS-04 new absence Sorgorlov (79)', () => {
  const types = codeList('absence-types');
  test('R-ABS-04: absence 79 is named Sorgorlov and usable from 15 Mar 2021, not before', () => {
    assert.equal(types.nameOn(79, '2021-04-01'), 'Sorgorlov');
    assert.equal(types.validity(79, '2021-04-01'), 'valid');
    assert.equal(types.validity(79, '2021-03-14'), 'notYetValid');
    assert.notEqual(types.nameOn(79, '2021-04-01'), types.nameOn(8, '2021-04-01'));
  });
  test('R-ABS-04: the a-kasse registers absence 79 for 26 weeks from 1 Apr 2021 → accepted', () => {
    const state = citizen({
      memberships: [membership('81', '2020-01-01')],
      contactGroups: [contactGroup(1, '2021-01-01')],
    });
    assert.equal(
      outcome(creating(state, absence(79, '2021-04-01', { endDate: '2021-09-29' })), '2021-04-01'),
      'accepted',
    );
  });
});

describe('R-ABS-05 mink-industry absence', () => {
  test('R-ABS-05: the mink absence (id 80) starting 22 Mar 2021 → accepted', () => {
    assert.equal(MINK_ABSENCE_TYPE, 80);
    assert.equal(outcome(creating(citizen(), absence(80, '2021-03-22'), jobcenter()), '2021-03-22'), 'accepted');
  });
  test('R-ABS-05: the mink absence starting 18 Mar 2021 → refused', () => {
    assert.equal(
      outcome(creating(citizen(), absence(80, '2021-03-18'), jobcenter()), '2021-03-17'),
      'R-ABS-05 AbsenceStartBeforeTypeInForce',
    );
  });
  test('R-ABS-05: the codelist value is registrable from release 2021-1 (15 Mar 2021), ahead of the 19 Mar start', () => {
    const types = codeList('absence-types');
    assert.equal(types.validity(80, '2021-03-14'), 'notYetValid');
    assert.equal(types.validity(80, '2021-03-15'), 'valid');
  });
});

describe('R-ABS-06 GetPersonExempts', () => {
  test('R-ABS-06: absence 11 running 1–10 Mar 2024 → exempt on 5 Mar, also on the last day, not on 11 Mar', () => {
    const state = citizen({ absences: [absence(11, '2024-03-01', { endDate: '2024-03-10' })] });
    assert.deepEqual(personExempts(state, '2024-03-05'), [11]);
    assert.deepEqual(personExempts(state, '2024-03-10'), [11]);
    assert.deepEqual(personExempts(state, '2024-03-11'), []);
  });
  test('R-ABS-06: only absence 75 → not exempt', () => {
    assert.deepEqual(personExempts(citizen({ absences: [absence(75, '2024-01-10')] }), '2024-03-05'), []);
  });
  test('R-ABS-06: several exempting absences give sorted unique types; inactive and deleted ones do not count', () => {
    const state = citizen({
      absences: [
        absence(79, '2024-01-01'),
        absence(10, '2024-03-01', { endDate: '2024-03-08' }),
        absence(10, '2024-03-04', { endDate: '2024-03-06' }),
        absence(11, '2024-03-01', { active: false }),
        absence(8, '2024-03-01', { deletedOn: '2024-03-02' }),
      ],
    });
    assert.deepEqual(personExempts(state, '2024-03-05'), [10, 79]);
  });
});

describe('R-ABS-07 the exempting absence types', () => {
  test('R-ABS-07: the set is exactly the 24 ids of 000 §7.1', () => {
    assert.deepEqual(
      [...EXEMPTING_ABSENCE_TYPES].sort((a, b) => a - b),
      [2, 3, 4, 8, 10, 11, 19, 20, 21, 23, 24, 43, 44, 45, 46, 47, 66, 70, 71, 72, 73, 77, 79, 81],
    );
  });
  test('R-ABS-07: absence 75 and the mink absence are not exempting', () => {
    assert.equal(EXEMPTING_ABSENCE_TYPES.has(75), false);
    assert.equal(EXEMPTING_ABSENCE_TYPES.has(MINK_ABSENCE_TYPE), false);
  });
  test('R-ABS-07: every exempting id is a known absence type', () => {
    const types = codeList('absence-types');
    assert.deepEqual(
      [...EXEMPTING_ABSENCE_TYPES].filter((id) => !types.entry(id)),
      [],
    );
  });
});
