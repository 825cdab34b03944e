// `check-subscriber URL --cert FILE --key FILE [--ca FILE] [--received-url URL] [--json]`: the conformance check of
// a vendor's subscriber endpoint (src/outbox/subscriberConformance.ts): one sample push of every webservice message
// type, the same BeskedId again, and pushes without and with an untrusted client certificate; prints per case what
// DFDG expects and what the endpoint answered. Exit 0 when every case is as expected, 1 otherwise. The untrusted
// certificate is made for the run (openssl) in a temporary directory, removed after. Touches no database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSubscriber, conformanceMarkdown } from '../../outbox/subscriberConformance.ts';
import { numberOption, stringOption, UsageError, type Command } from '../command.ts';
import { selfSignedCertificate } from '../devCertificates.ts';

const readPem = (file: string | undefined, what: string): string | undefined => {
  if (file === undefined) return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read the ${what} ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
};

export const checkSubscriberCommand: Command = {
  name: 'check-subscriber',
  args: ['<https://endpoint>'],
  summary:
    'checks a subscriber endpoint against what DFDG expects of it, case by case (every message type, a duplicate, untrusted clients)',
  options: {
    cert: {
      type: 'string',
      value: 'FILE',
      help: "PEM client certificate DFDG's pushes present (default PUSH_CLIENT_CERT)",
    },
    key: { type: 'string', value: 'FILE', help: 'PEM key of that certificate (default PUSH_CLIENT_KEY)' },
    ca: {
      type: 'string',
      value: 'FILE',
      help: "PEM CA bundle the endpoint's certificate is checked against (default PUSH_CA)",
    },
    'received-url': {
      type: 'string',
      value: 'URL',
      help: "where the endpoint lists what it kept (JSON objects with beskedId; the recording subscriber's /_received?distinct): a duplicate must be kept once",
    },
    'timeout-ms': { type: 'string', value: 'MS', help: 'longest wait for each answer (default 10000)' },
    json: { type: 'boolean', help: 'print the cases as JSON instead of Markdown' },
  },
  async run(input) {
    const url = input.args[0]!;
    const c = input.config;
    const cert = readPem(stringOption(input, 'cert') ?? c.pushClientCertFile ?? undefined, 'client certificate');
    const key = readPem(stringOption(input, 'key') ?? c.pushClientKeyFile ?? undefined, 'client key');
    const ca = readPem(stringOption(input, 'ca') ?? c.pushCaFile ?? undefined, 'CA bundle');
    if (!cert || !key)
      throw new UsageError('a client certificate and key are needed (--cert, --key or PUSH_CLIENT_CERT/KEY)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-check-subscriber-'));
    try {
      const untrusted = selfSignedCertificate(dir, 'untrusted', '/CN=not issued by a CA the endpoint trusts');
      const cases = await checkSubscriber(url, {
        tls: { cert, key, ca },
        untrusted,
        timeoutMs: numberOption(input, 'timeout-ms', 10_000),
        receivedUrl: stringOption(input, 'received-url'),
      });
      console.log(input.options.json ? JSON.stringify(cases, null, 2) : conformanceMarkdown(url, cases));
      return cases.every((x) => x.ok) ? 0 : 1;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
