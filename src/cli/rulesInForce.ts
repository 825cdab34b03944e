// `npm run cli -- rules --date YYYY-MM-DD`: the rules in force on a business date, one line each (id, period,
// source, title) — a tester's view of DFDG's release time line, from the rule registry.
import { rulesInForce } from '../rules/index.ts';

export function rulesInForceText(date: string): string {
  const rules = rulesInForce(date);
  const period = (from: string | null, to: string | null) => `${from ?? 'always'} → ${to === null ? 'open' : `before ${to}`}`;
  const lines = rules.map((r) => `${r.id.padEnd(10)} ${period(r.validFrom, r.validTo).padEnd(28)} ${r.source.padEnd(24)} ${r.title}`);
  return [`${rules.length} rule(s) in force on ${date}`, ...lines].join('\n');
}
