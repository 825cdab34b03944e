// The client coverage report as Markdown (the CLI's default output; the console can show the same text or render
// the data itself).
import type { ClientReport, OperationCoverage } from './report.ts';

export function clientReportMarkdown(r: ClientReport): string {
  const org = `${r.organisation.type}:${r.organisation.code}`;
  const lines = [`# Client coverage report: organisation ${org}`, ''];
  const period = r.firstDay === null ? 'no calls' : `${r.firstDay} to ${r.lastDay}`;
  lines.push(`- Days counted: ${period}${r.since !== null ? ` (since ${r.since})` : ''}`);
  lines.push(`- Calls: ${r.calls} to ${r.operations.length} operation(s)`);
  const certificates = r.certificates.map((c) => (c === '' ? '(none)' : c)).join(', ');
  lines.push(`- Client certificates: ${certificates || '(no calls)'}`, '');
  if (r.operations.length === 0) return lines.slice(0, -1).join('\n') + '\n';
  lines.push(
    '## Operations called',
    '',
    '| Service | Operation | Calls | Answered | Faults received |',
    '|---|---|---|---|---|',
  );
  for (const o of r.operations) {
    lines.push(`| ${o.service} | ${name(o)} | ${o.calls} | ${o.answered} | ${faultList(o) || '–'} |`);
  }
  lines.push('', '## Documented faults never received', '');
  for (const o of r.operations.filter((x) => x.operation !== '')) {
    if (o.documentedFaults === null) {
      lines.push(`- ${o.service}.${o.operation}: no documented fault list in the contract notes`);
    } else if (o.unexercisedFaults.length === 0) {
      lines.push(`- ${o.service}.${o.operation}: every documented fault was received`);
    } else {
      lines.push(`- ${o.service}.${o.operation}:`);
      for (const f of o.unexercisedFaults) lines.push(`  - ${f.code} (${f.source})`);
    }
  }
  const deviating = r.operations.filter((o) => o.deviations.calls > 0);
  lines.push('', '## Calls refused by the contract schema', '');
  if (deviating.length === 0) lines.push('None.');
  for (const o of deviating) {
    lines.push(
      `- ${o.service}.${name(o)}: ${o.deviations.calls} call(s); first: ${o.deviations.example ?? '(no text)'}`,
    );
  }
  return lines.join('\n') + '\n';
}

const name = (o: OperationCoverage) => (o.operation === '' ? '(no operation)' : o.operation);

function faultList(o: OperationCoverage): string {
  return o.faults
    .map((f) => `${f.code} ×${f.calls}${f.documented || o.documentedFaults === null ? '' : ' (undocumented)'}`)
    .join(', ');
}
