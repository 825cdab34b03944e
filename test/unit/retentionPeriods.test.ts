// The retention periods (src/app/retention/periods.ts): a policy selects by `start <= lastStartDue(today, N)`,
// which must agree exactly with "due from N months after the start" (addMonths, month ends clamped) — checked
// against every start date over three years, for the periods the DEL rules use.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays } from '../../src/domain/dates.ts';
import { dueDate, lastStartDue } from '../../src/app/retention/periods.ts';

test('lastStartDue(today, N) is the latest start whose N-month period has run out on today, on every date', () => {
  const starts: string[] = [];
  for (let d = '2022-01-01'; d <= '2024-12-31'; d = addDays(d, 1)) starts.push(d);
  for (const months of [6, 12, 24, 72, 120]) {
    for (let today = '2024-01-01'; today <= '2025-12-31'; today = addDays(today, 7)) {
      const last = lastStartDue(today, months);
      for (const start of starts)
        assert.equal(start <= last, dueDate(start, months) <= today, `${start} + ${months} months on ${today}`);
    }
    // the month ends, where clamping matters
    for (const today of ['2024-02-29', '2025-02-28', '2024-04-30', '2024-06-30', '2024-09-30', '2024-08-31']) {
      const last = lastStartDue(today, months);
      for (const start of starts)
        assert.equal(start <= last, dueDate(start, months) <= today, `${start} + ${months} months on ${today}`);
    }
  }
});

test('examples: 31 Aug + 6 months is due on 28 Feb (29 in a leap year); 1 Jan + 6 months on 1 Jul', () => {
  assert.equal(dueDate('2022-08-31', 6), '2023-02-28');
  assert.equal(dueDate('2023-08-31', 6), '2024-02-29');
  assert.equal(lastStartDue('2023-02-28', 6), '2022-08-31');
  assert.equal(lastStartDue('2023-07-01', 6), '2023-01-01');
  assert.equal(lastStartDue('2023-06-30', 6), '2022-12-31');
});
