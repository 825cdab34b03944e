// `recording-subscriber [options]`: runs the recording subscriber (src/cli/recordingSubscriber.ts), an HTTPS
// receiver of pushed messages for tests and vendors' harnesses. Without --certs it makes throwaway
// certificates in a temporary directory and prints where: point the facade's PUSH_CA at ca.crt and
// PUSH_CLIENT_CERT / PUSH_CLIENT_KEY at client.crt / client.key. Touches no database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDevCertificates } from '../devCertificates.ts';
import { RecordingSubscriber } from '../recordingSubscriber.ts';
import { numberOption, stringOption, type Command } from '../command.ts';
import { onStopSignal } from '../onStopSignal.ts';

/** The certificates in `dir` when it holds a server certificate; else new ones (in `dir` or a temporary one). */
function certificatesIn(dir: string | undefined) {
  if (!dir || !fs.existsSync(path.join(dir, 'server.crt')))
    return makeDevCertificates(dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-subscriber-')));
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  return { caCert: read('ca.crt'), serverCert: read('server.crt'), serverKey: read('server.key'), dir };
}

export const recordingSubscriber: Command = {
  name: 'recording-subscriber',
  summary: 'an HTTPS subscriber that records what it is pushed (GET /_received) and fails as told',
  options: {
    port: { type: 'string', value: 'PORT', help: 'port to listen on (default 8443; 0: any free port)' },
    certs: {
      type: 'string',
      value: 'DIR',
      help: 'certificates to use, or where to make them (default: a temporary directory)',
    },
    out: { type: 'string', value: 'FILE', help: 'also append each received message to this JSONL file' },
    fail: { type: 'string', value: 'RATIO', help: 'answer this share of POSTs with HTTP 500, e.g. 0.2' },
    'fail-next': { type: 'string', value: 'N', help: 'answer the next N POSTs with HTTP 500' },
    'delay-ms': { type: 'string', value: 'MS', help: 'wait this long before answering' },
    drop: { type: 'string', value: 'RATIO', help: 'drop this share of connections without an answer' },
  },
  async run(input) {
    const certs = certificatesIn(stringOption(input, 'certs'));
    const subscriber = new RecordingSubscriber(
      { cert: certs.serverCert, key: certs.serverKey, clientCa: certs.caCert },
      stringOption(input, 'out') ?? null,
    );
    subscriber.behaviour = {
      fail: numberOption(input, 'fail', 0),
      failNext: numberOption(input, 'fail-next', 0),
      delayMs: numberOption(input, 'delay-ms', 0),
      drop: numberOption(input, 'drop', 0),
    };
    const url = await subscriber.listen(numberOption(input, 'port', 8443));
    console.log(
      `recording subscriber listening on ${url} (certificates in ${certs.dir}: PUSH_CA=ca.crt PUSH_CLIENT_CERT=client.crt PUSH_CLIENT_KEY=client.key)`,
    );
    onStopSignal(() => subscriber.close());
    return 'running';
  },
};
