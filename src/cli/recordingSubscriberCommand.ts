// `npm run cli -- recording-subscriber [--port 8443] [--certs DIR] [--out received.jsonl] [--fail 0.2]
// [--fail-next 3] [--delay-ms 500] [--drop 0.1]`: runs the recording subscriber (src/cli/recordingSubscriber.ts).
// Without --certs it makes throwaway certificates in a temporary directory and prints where: point the
// facade's PUSH_CA at ca.crt and PUSH_CLIENT_CERT / PUSH_CLIENT_KEY at client.crt / client.key.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDevCertificates } from './devCertificates.ts';
import { RecordingSubscriber } from './recordingSubscriber.ts';

export function optionValue(args: readonly string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : null;
}

export async function runRecordingSubscriber(args: readonly string[]): Promise<number> {
  const dir = optionValue(args, '--certs');
  const certs =
    dir && fs.existsSync(path.join(dir, 'server.crt'))
      ? { caCert: fs.readFileSync(path.join(dir, 'ca.crt'), 'utf8'), serverCert: fs.readFileSync(path.join(dir, 'server.crt'), 'utf8'), serverKey: fs.readFileSync(path.join(dir, 'server.key'), 'utf8'), dir }
      : makeDevCertificates(dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-subscriber-')));
  const subscriber = new RecordingSubscriber({ cert: certs.serverCert, key: certs.serverKey, clientCa: certs.caCert }, optionValue(args, '--out'));
  subscriber.behaviour = {
    fail: Number(optionValue(args, '--fail') ?? 0),
    failNext: Number(optionValue(args, '--fail-next') ?? 0),
    delayMs: Number(optionValue(args, '--delay-ms') ?? 0),
    drop: Number(optionValue(args, '--drop') ?? 0),
  };
  const url = await subscriber.listen(Number(optionValue(args, '--port') ?? 8443));
  console.log(`recording subscriber listening on ${url} (certificates in ${certs.dir}: PUSH_CA=ca.crt PUSH_CLIENT_CERT=client.crt PUSH_CLIENT_KEY=client.key)`);
  const stop = () => void subscriber.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}
