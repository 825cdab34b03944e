// Every codelist file has the agreed format, and the loader answers validity and names per date.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { codeList, type CodeListName } from '../../src/domain/codelists.ts';
import { isIsoDate } from '../../src/domain/dates.ts';

const dir = new URL('../../codelists/', import.meta.url);
const NAMES: CodeListName[] = [
  'person-notification-types',
  'absence-types',
  'absence-end-reasons',
  'contact-groups',
  'organisation-types',
  'user-types',
  'client-categories',
  'cancellation-reasons',
  'insurance-types',
  'unemployment-status',
  'interview-types',
  'deadline-statuses',
  'interview-contact-types',
  'meeting-group-types',
  'participation-choices',
  'booking-error-types',
  'joborder-statuses',
  'joborder-types',
  'joborder-handover-reasons',
  'placement-statuses',
  'person-contact-types',
  'dialog-message-types',
  'activation-types',
  'activity-health-types',
  'activity-social-types',
  'activity-course-categories',
  'sanction-reasons',
  'availability-assessment-types',
  'nuph-events',
  'nuph-answers',
  'person-categories',
];

describe('codelist files', () => {
  test('the folder holds exactly one file per codelist name', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    assert.deepEqual(files, NAMES.map((n) => `${n}.json`).sort());
  });

  for (const name of NAMES) {
    test(`${name}: format, unique ids, valid dates, validFrom < validTo`, () => {
      const file = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
      assert.equal(file.name, name);
      assert.equal(typeof file.description, 'string');
      assert.equal(typeof file.source, 'string');
      assert.ok(Array.isArray(file.entries) && file.entries.length > 0);
      const ids = new Set<number>();
      for (const e of file.entries) {
        const at = `${name} ${e.id}`;
        assert.deepEqual(
          Object.keys(e).filter(
            (k) => !['id', 'name', 'description', 'validFrom', 'validTo', 'source', 'formerNames'].includes(k),
          ),
          [],
          at,
        );
        assert.ok(Number.isInteger(e.id) && e.id > 0 && e.id <= 10000, at);
        assert.ok(!ids.has(e.id), `${at}: duplicate id`);
        ids.add(e.id);
        assert.ok(typeof e.name === 'string' && e.name.length > 0, at);
        assert.ok(e.description === null || (typeof e.description === 'string' && e.description.length > 0), at);
        assert.ok(typeof e.source === 'string' && e.source.length > 0, at);
        assert.ok(isIsoDate(e.validFrom), at);
        assert.ok(e.validTo === null || (isIsoDate(e.validTo) && e.validFrom < e.validTo), at);
        for (const f of e.formerNames ?? []) {
          assert.deepEqual(Object.keys(f).sort(), ['name', 'validTo'], at);
          assert.ok(typeof f.name === 'string' && f.name !== e.name, at);
          assert.ok(isIsoDate(f.validTo) && e.validFrom < f.validTo, at);
        }
      }
    });
  }
});

describe('codeList()', () => {
  test('is loaded once and frozen', () => {
    const list = codeList('absence-end-reasons');
    assert.equal(codeList('absence-end-reasons'), list);
    assert.ok(Object.isFrozen(list.entries()) && Object.isFrozen(list.entry(41)));
    assert.throws(() => {
      (list.entry(41) as { name: string }).name = 'x';
    }, TypeError);
  });
  test('validity is closed-open: 42 valid on 17 Mar 2024, expired from 18 Mar 2024; 48 not yet valid on 3 Dec 2023', () => {
    const reasons = codeList('absence-end-reasons');
    assert.equal(reasons.validity(42, '2024-03-17'), 'valid');
    assert.equal(reasons.validity(42, '2024-03-18'), 'expired');
    assert.equal(reasons.validity(48, '2023-12-03'), 'notYetValid');
    assert.equal(reasons.validity(48, '2023-12-04'), 'valid');
    assert.equal(reasons.validity(47, '2024-01-01'), 'unknown');
  });
  test('nameOn gives the former name before a rename (41, 45 renamed in 2023-4) and undefined for an unknown id', () => {
    const reasons = codeList('absence-end-reasons');
    assert.equal(reasons.nameOn(41, '2023-12-03'), 'Forsøgsperiode afsluttet');
    assert.equal(reasons.nameOn(41, '2023-12-04'), 'Periode med kontaktforløb i a-kassen er afsluttet');
    assert.equal(reasons.nameOn(45, '2023-01-01'), 'Behov for uddannelsespålæg');
    assert.equal(reasons.nameOn(47, '2024-01-01'), undefined);
  });
  test("person categories: the facade's 1–3 ('Ikke visiteret', applicant, recipient) and the matrix's 4–15", () => {
    const list = codeList('person-categories');
    assert.deepEqual(
      list.entries().map((e) => e.id),
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    assert.equal(list.nameOn(1, '2024-01-01'), 'Ikke visiteret');
  });
  test('contact groups hold ids 1–8 and 10–29', () => {
    const ids = codeList('contact-groups')
      .entries()
      .map((e) => e.id);
    assert.deepEqual(ids, [1, 2, 3, 4, 5, 6, 7, 8, ...Array.from({ length: 20 }, (_, i) => i + 10)]);
  });
  test('organisation and user types carry the header codes', () => {
    assert.deepEqual(
      codeList('organisation-types')
        .entries()
        .map((e) => e.id),
      [1, 2, 4, 7, 8, 24, 30], // 30 'UDK': ours (D-211)
    );
    assert.deepEqual(
      codeList('user-types')
        .entries()
        .map((e) => e.id),
      [1, 2, 3, 4],
    );
  });
});
