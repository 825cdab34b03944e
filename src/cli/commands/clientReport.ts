// `client-report --org TYPE:CODE [--since YYYY-MM-DD] [--json]`: the client coverage report of one organisation
// (issue 18 item 4) — the operations it called, the faults it got, the documented faults it never saw and the
// calls the contract's schema refused — from the counts a running facade adds to client_call every few seconds.
import { clientReportMarkdown } from '../../app/clientReport/markdown.ts';
import { buildClientReport } from '../../app/clientReport/report.ts';
import { stringOption, UsageError, type Command } from '../command.ts';
import { organisationOption } from './audit.ts';

export const clientReport: Command = {
  name: 'client-report',
  summary: 'what one organisation exercised: operations called, faults got, documented faults never seen',
  options: {
    org: { type: 'string', value: 'TYPE:CODE', help: 'the organisation (ActiveOrganisationHeader), e.g. 8:10100' },
    since: { type: 'string', value: 'YYYY-MM-DD', help: 'only calls from this business day on' },
    json: { type: 'boolean', help: 'print the report as JSON instead of Markdown' },
  },
  async run(input) {
    const organisation = organisationOption(stringOption(input, 'org'));
    if (!organisation) throw new UsageError('--org TYPE:CODE is required, e.g. --org 8:10100');
    const since = stringOption(input, 'since') ?? null;
    if (since !== null && !/^\d{4}-\d{2}-\d{2}$/.test(since))
      throw new UsageError(`--since must be a date YYYY-MM-DD; got ${since}`);
    const report = await buildClientReport(await input.db(), { ...organisation, since });
    console.log(input.options.json ? JSON.stringify(report, null, 2) : clientReportMarkdown(report));
    return 0;
  },
};
