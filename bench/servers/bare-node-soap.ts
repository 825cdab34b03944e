// Benchmark baseline: a bare node-soap server (soap.listen) for PersonVisitationStatusService built from
// wsdl/PersonVisitationStatusService.wsdl, answering GetPersonExempts with a constant response: no XSD
// validation, no header checks, no database. Usage: bare-node-soap.ts [port] (or PORT).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import soap from 'soap';

const port = Number(process.argv[2] ?? process.env.PORT ?? 18082);
const wsdlPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../wsdl/PersonVisitationStatusService.wsdl');

const response = {
  PersonExemptDate: '2025-03-03',
  PersonExemptInfo: { PersonExempts: { PersonExemptTypeIdentifierType: [11] } },
};
const services = {
  PersonVisitationStatusService: {
    PersonVisitationStatusServicePort: {
      GetPersonExempts: () => response,
    },
  },
};

const server = http.createServer((_req, res) => {
  res.writeHead(404).end();
});
server.listen(port, '127.0.0.1', () => {
  soap.listen(server, {
    path: '/1/PersonVisitationStatusService.svc',
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
