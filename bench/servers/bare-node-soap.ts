// Benchmark baseline: a bare node-soap server (soap.listen) built from the benchmarked service's WSDL,
// answering the operation (BENCH: GetPersonExempts, or CreateIndkaldelse / CreateAbsence with a fresh receipt) with a
// constant response: no XSD validation, no header checks, no database. Usage: bare-node-soap.ts [port] (or PORT).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import soap from 'soap';

const port = Number(process.argv[2] ?? process.env.PORT ?? 18082);

interface Bench {
  service: string;
  version: number;
  operation: string;
  answer: () => unknown;
}
const benches: Record<string, Bench> = {
  getPersonExempts: {
    service: 'PersonVisitationStatusService',
    version: 1,
    operation: 'GetPersonExempts',
    answer: () => ({
      PersonExemptDate: '2025-03-03',
      PersonExemptInfo: { PersonExempts: { PersonExemptTypeIdentifierType: [11] } },
    }),
  },
  createIndkaldelse: {
    service: 'Kontaktforloeb.IndkaldelseService',
    version: 1,
    operation: 'CreateIndkaldelse',
    answer: () => ({ ServiceReceipt: { EventDate: '2025-03-03T10:00:00+01:00', MessageIdentifier: randomUUID() } }),
  },
};
benches.createAbsence = {
  service: 'AbsenceRegistrationService',
  version: 7,
  operation: 'CreateAbsence',
  answer: benches.createIndkaldelse!.answer,
};
benches.createActivity = {
  service: 'ActivityService',
  version: 1,
  operation: 'CreateActivity',
  answer: benches.createIndkaldelse!.answer,
};
// The one-citizen benchmark posts CreateAbsence.
benches.oneCitizen = benches.createAbsence;
const bench = benches[process.env.BENCH ?? 'getPersonExempts'];
if (!bench) throw new Error(`bare-node-soap: unknown BENCH ${process.env.BENCH}`);
const wsdlPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), `../../wsdl/${bench.service}.wsdl`);
const services = { [bench.service]: { [`${bench.service}Port`]: { [bench.operation]: bench.answer } } };

const server = http.createServer((_req, res) => {
  res.writeHead(404).end();
});
server.listen(port, '127.0.0.1', () => {
  soap.listen(server, {
    path: `/${bench.version}/${bench.service}.svc`,
    services,
    xml: fs.readFileSync(wsdlPath, 'utf8'),
    uri: wsdlPath, // base for the ../xsd imports
    // "listening" only once the WSDL and its imports are loaded: before that node-soap cannot answer.
    callback: (err: unknown) => {
      if (err) {
        console.error('bare-node-soap: WSDL did not load:', err);
        process.exit(1);
      }
      console.log(`bare-node-soap listening on http://127.0.0.1:${port}`);
    },
  });
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
process.once('SIGINT', () => server.close(() => process.exit(0)));
