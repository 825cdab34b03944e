// Benchmark ceiling: a raw node:http server answering every POST with a fixed ~1 KB SOAP response envelope of
// the benchmarked operation (BENCH: GetPersonExempts, or CreateIndkaldelse's or CreateAbsence's receipt); no parsing, no
// validation, no database. Usage: raw-http.ts [port] (or PORT).
import http from 'node:http';

const port = Number(process.argv[2] ?? process.env.PORT ?? 18081);
const PVS = 'http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/';
const exempts = [11]
  .map((id) => `<tns:PersonExemptTypeIdentifierType>${id}</tns:PersonExemptTypeIdentifierType>`)
  .join('');
// Padded with a comment to ~1 KB, the size the engineering notes measured the ceiling with.
const KIS = 'http://service.bm.dk/pjaktass/2024/12/01/Kontaktforloeb.IndkaldelseService/';
const answers: Record<string, string> = {
  getPersonExempts:
    `<tns:GetPersonExemptsResponse xmlns:tns="${PVS}"><tns:PersonExemptDate>2025-03-03</tns:PersonExemptDate>` +
    `<tns:PersonExemptInfo><tns:PersonExempts>${exempts}</tns:PersonExempts></tns:PersonExemptInfo></tns:GetPersonExemptsResponse>`,
  createIndkaldelse:
    `<tns:CreateIndkaldelseResponse xmlns:tns="${KIS}" xmlns:c="http://service.bm.dk/pjaktass/2024/12/01/Common/"><tns:ServiceReceipt>` +
    `<c:EventDate>2025-03-03T10:00:00+01:00</c:EventDate><c:MessageIdentifier>3f2504e0-4f89-41d3-9a0c-0305e82c3301</c:MessageIdentifier>` +
    `</tns:ServiceReceipt></tns:CreateIndkaldelseResponse>`,
};
answers.createAbsence = answers
  .createIndkaldelse!.replaceAll('CreateIndkaldelseResponse', 'CreateAbsenceResponse')
  .replace(KIS, 'http://service.bm.dk/pjaktass/2024/12/01/AbsenceRegistrationService/');
answers.oneCitizen = answers.createAbsence;
answers.createActivity = answers
  .createIndkaldelse!.replaceAll('CreateIndkaldelseResponse', 'CreateActivityResponse')
  .replace(KIS, 'http://service.bm.dk/pjaktass/2024/12/01/ActivityService/');
const answer = answers[process.env.BENCH ?? 'getPersonExempts'];
if (!answer) throw new Error(`raw-http: unknown BENCH ${process.env.BENCH}`);
const core = `<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>${answer}</s:Body></s:Envelope>`;
const body = Buffer.from(core.replace('<s:Body>', `<!--${' '.repeat(Math.max(0, 1024 - core.length - 7))}--><s:Body>`));

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') {
    res.writeHead(405).end();
    return;
  }
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
});
server.listen(port, '127.0.0.1', () =>
  console.log(`raw-http listening on http://127.0.0.1:${port} (${body.length} byte response)`),
);
process.once('SIGTERM', () => server.close(() => process.exit(0)));
process.once('SIGINT', () => server.close(() => process.exit(0)));
