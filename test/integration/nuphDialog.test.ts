// The NUPH dialog over HTTP (Underretning.NuphDialogService, R-AK-06, R-AK-07) on SQLite and PostgreSQL: the
// a-kasse's question about a NUPH and the jobcentre's reply, each delivered to the other party over WSRM and as a
// pushed webservice message from its own transaction and read back with GetNuphDialog; 5,000 characters accepted,
// 5,001 refused; only the NUPH's two parties may ask, reply or read; documents on a NUPH, its answer, a question
// and a reply, streamed in past the 1 MiB request limit (that operation only) and streamed back. Every refusal
// writes nothing, and a refused upload leaves no staging file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { beforeEach, test } from 'node:test';
import { documentFileOf } from '../../src/store/documentBytes.ts';
import { eachDatabase } from '../support/eachDatabase.ts';
import { subscribeAll } from '../support/outbox.ts';
import {
  activeOrganisationHeader,
  akasse,
  jobcenter,
  kommune,
  refusedWithoutWrites,
  requestUserMetadataHeader,
  rowCounts,
  type Caller,
} from '../support/soapHarness.ts';
import https from 'node:https';
import { facadeAgent, facadeFetch } from '../support/tls.ts';
import { assertValidResponse } from '../support/wireValidation.ts';
import { drainQueue } from '../support/wsrmCalls.ts';
import { leftSince, stagingFiles } from '../support/uploadStaging.ts';
import { KP, contactProcessScenario } from './contactProcessScenario.ts';
import { list } from './contactProcessCalls.ts';
import { clearNuphs, givenAnswer, givenNuph } from './nuphFixtures.ts';
import { outboxFor } from './outboxRows.ts';

const SERVICE = 'Underretning.NuphDialogService';
const PATH = '/1/Underretning.NuphDialogService.svc';
const NS = 'http://service.bm.dk/pjaktass/2024/12/01/Underretning.NuphDialogService/';
const PDF = Buffer.from('%PDF-1.4\n% rådighedsvurdering\n%%EOF\n');

/** A PDF-looking document of `size` bytes whose content differs along its length. */
const documentOf = (size: number) => {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i += 4) b.writeUInt32LE(Math.imul(i, 2654435761) >>> 0, Math.min(i, size - 4));
  PDF.copy(b, 0, 0, 8);
  return b;
};

eachDatabase('NUPH dialog (Underretning.NuphDialogService)', '2024-03-04', contactProcessScenario, (h) => {
  const client = (caller: Caller) => h().client(SERVICE, caller);
  beforeEach(() => clearNuphs(h().db));
  const nuph = () => givenNuph(h().db, { cpr: KP.akassePeriod });
  const ask = async (caller: Caller, nuphId: string, text: string, subject = 1) =>
    (
      await (
        await client(caller)
      ).CreateSpoergsmaalAsync({ NuphIdentifier: nuphId, SpoergsmaalEmneIdentifier: subject, Tekst: text })
    )[0];
  const reply = async (caller: Caller, questionId: string, text: string) =>
    (await (await client(caller)).CreateSpoergsmaalSvarAsync({ SpoergsmaalIdentifier: questionId, Tekst: text }))[0];
  const dialog = async (caller: Caller, nuphId: string) =>
    (await (await client(caller)).GetNuphDialogAsync({ NuphIdentifier: nuphId }))[0];
  const attach = async (caller: Caller, owner: Record<string, string>, content: Buffer, type = 'application/pdf') =>
    (
      await (
        await client(caller)
      ).CreateDokumentAsync({
        DokumentTilknytning: owner,
        DocumentFileName: 'bilag.pdf',
        DocumentContentType: type,
        DocumentContent: content.toString('base64'),
      })
    )[0];
  const download = async (caller: Caller, id: string) =>
    (await (await client(caller)).GetDokumentAsync({ DokumentIdentifier: id }))[0];

  /** POSTs an envelope with the operation's SOAPAction (raw: larger than a typed client is asked to build). */
  const post = async (caller: Caller, operation: string, body: string | Buffer) => {
    const res = await facadeFetch(h().url + PATH, {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${NS}${operation}"` },
      body:
        typeof body === 'string'
          ? envelope(caller, body)
          : Buffer.concat([
              Buffer.from(envelope(caller, '\u0000').split('\u0000')[0]!),
              body,
              Buffer.from(envelope(caller, '\u0000').split('\u0000')[1]!),
            ]),
    });
    const text = await res.text();
    assertValidResponse(text, `POST ${operation}`);
    return { status: res.status, text };
  };
  const envelope = (caller: Caller, body: string) =>
    `<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>` +
    activeOrganisationHeader(caller) +
    requestUserMetadataHeader(caller) +
    `</s:Header><s:Body>${body}</s:Body></s:Envelope>`;
  const uploadBody = (nuphId: string, base64: Buffer) =>
    Buffer.concat([
      Buffer.from(
        `<n:CreateDokumentRequest xmlns:n="${NS}"><n:DokumentTilknytning><n:NuphIdentifier>${nuphId}</n:NuphIdentifier></n:DokumentTilknytning>` +
          `<n:DocumentFileName>stor.pdf</n:DocumentFileName><n:DocumentContentType>application/pdf</n:DocumentContentType><n:DocumentContent>`,
      ),
      base64,
      Buffer.from(`</n:DocumentContent></n:CreateDokumentRequest>`),
    ]);

  test('R-AK-06: the a-kasse asks a 5,000-character question about a NUPH, the jobcentre replies; each reaches the other over WSRM and WSB from its transaction, and both read the dialog', async () => {
    const n = await nuph();
    await subscribeAll(h().db, ['8:10100', '2:81']);
    const text = 'æ'.repeat(4999) + '?';
    const q = await ask(akasse(), n.id, text);
    assert.match(q.SpoergsmaalIdentifier, /^[0-9a-f-]{36}$/);
    const toJobcentre = await drainQueue((s) => h().client(s, jobcenter()));
    assert.deepEqual(
      (toJobcentre.GetNuphDialogEventVersion1 ?? []).map((i: any) => [
        i.NuphIdentifier,
        i.SpoergsmaalIdentifier,
        i.FromOrganisation.OrganisationCode,
      ]),
      [[n.id, q.SpoergsmaalIdentifier, '81']],
    );
    const r = await reply(jobcenter(), q.SpoergsmaalIdentifier, 'Borgeren udeblev fra samtalen den 26. februar.');
    const toAkasse = await drainQueue((s) => h().client(s, akasse()));
    assert.deepEqual(
      (toAkasse.GetNuphDialogEventVersion1 ?? []).map((i: any) => [
        i.SpoergsmaalSvarIdentifier,
        i.ToOrganisation.OrganisationCode,
      ]),
      [[r.SpoergsmaalSvarIdentifier, '81']],
    );
    const wsb = (await outboxFor(h().db, KP.akassePeriod)).filter((x) => x.message_type === 'NuphDialog.WSB');
    assert.deepEqual(
      wsb.map((x) => [`${x.receiver_org_type}:${x.receiver_org_code}`, JSON.parse(x.payload).Aendringstype]),
      [
        ['8:10100', 1],
        ['2:81', 2],
      ],
    );
    for (const reader of [akasse(), jobcenter()]) {
      const d = await dialog(reader, n.id);
      assert.equal(d.PersonCivilRegistrationIdentifier, KP.akassePeriod);
      const [only] = list<any>(d.SpoergsmaalCollection?.Spoergsmaal);
      assert.equal(only.Tekst, text);
      assert.equal(only.FromOrganisation.OrganisationCode, '81');
      assert.equal(only.ToOrganisation.OrganisationCode, '10100');
      assert.equal(only.SpoergsmaalSvar.Tekst, 'Borgeren udeblev fra samtalen den 26. februar.');
    }
  });

  test('R-AK-06: a question of 5,001 characters is refused (5123), and so is a reply of 5,001; nothing is written', async () => {
    const n = await nuph();
    await refusedWithoutWrites(h().db, () => ask(akasse(), n.id, 'x'.repeat(5001)), '5123');
    const q = await ask(jobcenter(), n.id, 'Har a-kassen modtaget underretningen?');
    await refusedWithoutWrites(h().db, () => reply(akasse(), q.SpoergsmaalIdentifier, 'y'.repeat(5001)), '5123');
  });

  test('R-AK-06: a question about the answer needs an answer (5124); with one it is accepted', async () => {
    const n = await nuph();
    await refusedWithoutWrites(h().db, () => ask(jobcenter(), n.id, 'Hvorfor ingen sanktion?', 2), '5124');
    await givenAnswer(h().db, n);
    const q = await ask(jobcenter(), n.id, 'Hvorfor ingen sanktion?', 2);
    const [only] = list<any>((await dialog(akasse(), n.id)).SpoergsmaalCollection?.Spoergsmaal);
    assert.equal(only.SpoergsmaalIdentifier, q.SpoergsmaalIdentifier);
    assert.equal(Number(only.SpoergsmaalEmneIdentifier), 2);
  });

  test("R-AK-06: only the NUPH's jobcentre and a-kasse ask, reply and read (5122); the asker cannot reply (5127), a question is replied once (5126); nothing is written", async () => {
    const n = await nuph();
    const q = await ask(akasse(), n.id, 'Hvornår var samtalen?');
    for (const other of [akasse('99'), jobcenter('20100')]) {
      await refusedWithoutWrites(h().db, () => ask(other, n.id, 'Må jeg spørge?'), '5122');
      await refusedWithoutWrites(h().db, () => reply(other, q.SpoergsmaalIdentifier, 'Svar'), '5122');
      await refusedWithoutWrites(h().db, () => dialog(other, n.id), '5122');
    }
    await refusedWithoutWrites(h().db, () => ask(kommune(), n.id, 'Må jeg spørge?'), '4575');
    await refusedWithoutWrites(h().db, () => reply(akasse(), q.SpoergsmaalIdentifier, 'Eget svar'), '5127');
    await reply(jobcenter(), q.SpoergsmaalIdentifier, 'Den 26. februar.');
    await refusedWithoutWrites(h().db, () => reply(jobcenter(), q.SpoergsmaalIdentifier, 'Igen'), '5126');
    await refusedWithoutWrites(h().db, () => ask(akasse(), '3f2504e0-4f89-41d3-9a0c-0305e82c0000', 'Hvilken?'), '5104');
  });

  test('R-AK-07: the jobcentre attaches a PDF to a NUPH and the a-kasse downloads it; documents on the answer, a question and a reply by their authors; listed in the dialog', async () => {
    const n = await nuph();
    const answer = await givenAnswer(h().db, n);
    const onNuph = await attach(jobcenter(), { NuphIdentifier: n.id }, PDF);
    assert.equal(Number(onNuph.DocumentSize), PDF.length);
    const got = await download(akasse(), onNuph.DokumentIdentifier);
    assert.deepEqual(Buffer.from(got.DocumentContent, 'base64'), PDF);
    assert.equal(got.DokumentInfo.DocumentContentType, 'application/pdf');
    await attach(akasse(), { NuphSvarIdentifier: answer.id }, PDF);
    const q = await ask(akasse(), n.id, 'Se vedlagte.');
    await attach(akasse(), { SpoergsmaalIdentifier: q.SpoergsmaalIdentifier }, PDF, 'image/png');
    const r = await reply(jobcenter(), q.SpoergsmaalIdentifier, 'Se vores bilag.');
    await attach(jobcenter(), { SpoergsmaalSvarIdentifier: r.SpoergsmaalSvarIdentifier }, PDF);
    const d = await dialog(jobcenter(), n.id);
    assert.equal(list(d.NuphDokumentInfoCollection?.DokumentInfo).length, 1);
    assert.equal(list(d.NuphSvarDokumentInfoCollection?.DokumentInfo).length, 1);
    const [only] = list<any>(d.SpoergsmaalCollection?.Spoergsmaal);
    assert.equal(list(only.DokumentInfoCollection?.DokumentInfo).length, 1);
    assert.equal(list(only.SpoergsmaalSvar.DokumentInfoCollection?.DokumentInfo).length, 1);
  });

  test('R-AK-07: refusals write nothing — the wrong author (5133), another organisation (5122), a type not allowed (5130), an empty document (5132), an unknown owner (5128), two owners (5134), a download by another a-kasse (5122)', async () => {
    const n = await nuph();
    const answer = await givenAnswer(h().db, n);
    await refusedWithoutWrites(h().db, () => attach(jobcenter(), { NuphSvarIdentifier: answer.id }, PDF), '5133');
    await refusedWithoutWrites(h().db, () => attach(akasse('99'), { NuphIdentifier: n.id }, PDF), '5122');
    await refusedWithoutWrites(
      h().db,
      () => attach(jobcenter(), { NuphIdentifier: n.id }, PDF, 'application/x-msdownload'),
      '5130',
    );
    await refusedWithoutWrites(h().db, () => attach(jobcenter(), { NuphIdentifier: n.id }, Buffer.alloc(0)), '5132');
    await refusedWithoutWrites(
      h().db,
      () => attach(akasse(), { SpoergsmaalIdentifier: '3f2504e0-4f89-41d3-9a0c-0305e82c0000' }, PDF),
      '5128',
    );
    await refusedWithoutWrites(
      h().db,
      () => attach(jobcenter(), { NuphIdentifier: n.id, NuphSvarIdentifier: answer.id }, PDF),
      '5134',
    );
    const doc = await attach(jobcenter(), { NuphIdentifier: n.id }, PDF);
    await refusedWithoutWrites(h().db, () => download(akasse('99'), doc.DokumentIdentifier), '5122');
  });

  test('R-AK-07: a 3 MB document streams in past the 1 MiB request limit on CreateDokument only, and streams back whole', async () => {
    const n = await nuph();
    const doc = documentOf(3 * 1024 * 1024 + 1);
    const stored = await post(
      jobcenter(),
      'CreateDokument',
      uploadBody(n.id, Buffer.from(doc.toString('base64').replace(/(.{76})/g, '$1\r\n'))),
    );
    assert.equal(stored.status, 200, stored.text);
    const id = /DokumentIdentifier>([^<]+)</.exec(stored.text)![1]!;
    const got = await post(
      akasse(),
      'GetDokument',
      `<n:GetDokumentRequest xmlns:n="${NS}"><n:DokumentIdentifier>${id}</n:DokumentIdentifier></n:GetDokumentRequest>`,
    );
    assert.equal(got.status, 200);
    assert.deepEqual(Buffer.from(/DocumentContent>([^<]+)</.exec(got.text)![1]!, 'base64'), doc);
    // stored out of the row (src/store/documentBytes.ts): a file beside the SQLite database, or 13 chunks of 256 KiB
    const file = documentFileOf(h().db, id);
    if (file) assert.equal(fs.statSync(file).size, doc.length);
    else assert.equal(Number((await h().db('nuph_document_chunk').count({ n: '*' }))[0]!.n), 13);
    // the same size on another operation of the service is over the request limit
    const before = await rowCounts(h().db);
    const tooLarge = await post(
      akasse(),
      'CreateSpoergsmaal',
      `<n:CreateSpoergsmaalRequest xmlns:n="${NS}"><n:NuphIdentifier>${n.id}</n:NuphIdentifier><n:SpoergsmaalEmneIdentifier>1</n:SpoergsmaalEmneIdentifier><n:Tekst>${'x'.repeat(2 * 1024 * 1024)}</n:Tekst></n:CreateSpoergsmaalRequest>`,
    );
    assert.equal(tooLarge.status, 500);
    assert.match(tooLarge.text, /<faultcode>1014<\/faultcode>/);
    assert.deepEqual(await rowCounts(h().db), before);
  });

  test('R-AK-07: a client that hangs up in the middle of a streamed download leaves the server answering', async () => {
    const n = await nuph();
    const doc = documentOf(3 * 1024 * 1024);
    const stored = await post(jobcenter(), 'CreateDokument', uploadBody(n.id, Buffer.from(doc.toString('base64'))));
    const id = /DokumentIdentifier>([^<]+)</.exec(stored.text)![1]!;
    const request = envelope(
      akasse(),
      `<n:GetDokumentRequest xmlns:n="${NS}"><n:DokumentIdentifier>${id}</n:DokumentIdentifier></n:GetDokumentRequest>`,
    );
    const firstBytes = await new Promise<number>((resolve, reject) => {
      const req = https.request(h().url + PATH, {
        method: 'POST',
        agent: new https.Agent({ ...facadeAgent().options, keepAlive: false }),
        headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${NS}GetDokument"` },
      });
      req.on('response', (res) => {
        assert.equal(res.statusCode, 200);
        res.once('data', (c: Buffer) => {
          res.destroy();
          resolve(c.length);
        });
      });
      req.on('error', reject);
      req.end(request);
    });
    assert.ok(firstBytes > 0);
    const again = await post(
      akasse(),
      'GetDokument',
      request.slice(request.indexOf('<s:Body>') + 8, request.indexOf('</s:Body>')),
    );
    assert.equal(again.status, 200);
    assert.deepEqual(Buffer.from(/DocumentContent>([^<]+)</.exec(again.text)![1]!, 'base64'), doc);
  });

  test('R-AK-07: Expect: 100-continue is answered 100 Continue for a 3 MB CreateDokument (a WCF client sends it), not for a 3 MB request to another operation', async () => {
    const n = await nuph();
    const body = Buffer.from(
      envelope(jobcenter(), '\u0000').split('\u0000')[0]! +
        uploadBody(n.id, Buffer.from(documentOf(3 * 1024 * 1024).toString('base64'))).toString() +
        envelope(jobcenter(), '\u0000').split('\u0000')[1]!,
    );
    const expect = (operation: string) =>
      new Promise<{ continued: boolean; status: number }>((resolve, reject) => {
        let continued = false;
        const req = https.request(h().url + PATH, {
          method: 'POST',
          agent: facadeAgent(),
          headers: {
            'content-type': 'text/xml; charset=utf-8',
            soapaction: `"${NS}${operation}"`,
            'content-length': String(body.length),
            expect: '100-continue',
          },
        });
        req.on('continue', () => {
          continued = true;
          req.end(body);
        });
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve({ continued, status: res.statusCode ?? 0 }));
        });
        req.on('error', reject);
      });
    assert.deepEqual(await expect('CreateDokument'), { continued: true, status: 200 });
    assert.deepEqual(await expect('CreateSpoergsmaal'), { continued: false, status: 500 });
  });

  test('R-AK-07: a streamed document over 15 MB (5129), one that is not base64 (1014) and one whose envelope is invalid (1014) write nothing and leave no staging file', async () => {
    const n = await nuph();
    const files = stagingFiles(h().stagingDir);
    const before = await rowCounts(h().db);
    const over = await post(
      jobcenter(),
      'CreateDokument',
      uploadBody(n.id, Buffer.from(documentOf(15 * 1024 * 1024 + 1).toString('base64'))),
    );
    assert.equal(over.status, 500);
    assert.match(over.text, /<faultcode>5129<\/faultcode>/);
    const bad = await post(jobcenter(), 'CreateDokument', uploadBody(n.id, Buffer.from('JVBERi0x&#65;NC')));
    assert.match(bad.text, /<faultcode>1014<\/faultcode>/);
    const unknownOwner = await post(
      jobcenter(),
      'CreateDokument',
      uploadBody('not-a-guid', Buffer.from(documentOf(2 * 1024 * 1024).toString('base64'))),
    );
    assert.match(unknownOwner.text, /<faultcode>1014<\/faultcode>/);
    assert.deepEqual(await rowCounts(h().db), before);
    assert.deepEqual(leftSince(h().stagingDir, files), []);
  });
});
