// `rules [--date YYYY-MM-DD]`: the rules in force on a business date (default: the configured one, BUSINESS_DATE or
// today) — id, period, source and title from the rule registry: a tester's view of DFDG's release time line.
import { isIsoDate } from '../../domain/dates.ts';
import { rulesInForce } from '../../rules/index.ts';
import { stringOption, UsageError, type Command } from '../command.ts';
import { clockOf } from '../clockOf.ts';
import { textTable } from '../table.ts';

const period = (from: string | null, to: string | null) =>
  `${from ?? 'always'} → ${to === null ? 'open' : `before ${to}`}`;

function rulesInForceText(date: string): string {
  const rows = rulesInForce(date).map((r) => [r.id, period(r.validFrom, r.validTo), r.source, r.title]);
  return `${rows.length} rule(s) in force on ${date}\n` + textTable([['id', 'in force', 'source', 'title'], ...rows]);
}

export const rules: Command = {
  name: 'rules',
  summary: 'lists the business rules in force on a date: id, period, release-note source, title',
  options: {
    date: { type: 'string', value: 'YYYY-MM-DD', help: 'the business date (default: BUSINESS_DATE, else today)' },
  },
  async run(input) {
    const date = stringOption(input, 'date') ?? clockOf(input.config).today();
    if (!isIsoDate(date)) throw new UsageError(`--date must be YYYY-MM-DD, got ${date}`);
    console.log(rulesInForceText(date));
    return 0;
  },
};
