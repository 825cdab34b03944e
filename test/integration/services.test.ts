// The service catalogue: /services lists every service; each endpoint answers ?wsdl with its own
// address; the XSDs a WSDL imports are served beside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDatabase } from '../support/eachDatabase.ts';
import { baseScenario } from './scenario.ts';
import { SERVICE_NAMES } from '../support/serviceList.ts';
import { facadeFetch } from '../support/tls.ts';

eachDatabase('service catalogue', '2024-01-15', baseScenario, (h) => {
  test('/services lists every service with name, version, endpoint and wsdl', async () => {
    const list = (await (await facadeFetch(h().url + '/services')).json()) as {
      name: string;
      version: string;
      endpoint: string;
      wsdl: string;
    }[];
    assert.deepEqual(list.map((s) => s.name).sort(), [...SERVICE_NAMES]);
    for (const s of list) {
      assert.ok(s.endpoint.startsWith(h().url + '/'));
      assert.equal(s.wsdl, s.endpoint + '?wsdl');
      const wsdl = await (await facadeFetch(s.wsdl)).text();
      assert.ok(wsdl.includes(`<soap:address location="${s.endpoint}"/>`), `${s.name} WSDL names its endpoint`);
      for (const [, loc] of wsdl.matchAll(/schemaLocation="\.\.\/xsd\/([^"]+)"/g)) {
        const res = await facadeFetch(new URL(`../xsd/${loc}`, s.endpoint));
        assert.equal(res.status, 200, loc);
      }
    }
  });
  test('unknown paths are 404 and other methods 405', async () => {
    assert.equal((await facadeFetch(h().url + '/nope')).status, 404);
    assert.equal((await facadeFetch(h().url + '/services', { method: 'DELETE' })).status, 405);
  });
});
