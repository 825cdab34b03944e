// ESCO-STAR occupations: the sample list, the match of title, occupation and alias on a job order, and the
// converter for STAR's full export.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { escoMismatch, escoOccupation, useEscoStarFile } from '../../src/domain/escoStar.ts';
import { parseEscoCsv } from '../../src/cli/escoImport.ts';

const KRAN = 'http://data.star.dk/esco/occupation/0e2c0a6e-2a4f-4b1d-9c3e-1f0a2b3c4d01';
const HAVNEKRAN = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a01';

test('an active occupation matches its own label or an active alias label', () => {
  assert.equal(escoOccupation(KRAN)?.label, 'Kranfører');
  assert.equal(escoMismatch('Kranfører', KRAN, null), null);
  assert.equal(escoMismatch(null, KRAN, null), null, 'no title: the occupation names the job');
  assert.equal(escoMismatch('Havnekranfører', KRAN, HAVNEKRAN.toUpperCase()), null);
  assert.equal(escoMismatch('Hvad som helst', null, null), null, 'a free title without ESCO-STAR');
});

test('a wrong label, an unknown, inactive or deselected occupation, a foreign or inactive alias are refused', () => {
  assert.match(escoMismatch('Kranfører på havn', KRAN, null)!, /not the ESCO-STAR label/);
  assert.match(escoMismatch('Kranfører', 'http://data.star.dk/esco/occupation/unknown', null)!, /not an active/);
  assert.match(
    escoMismatch('Telefonistinde', 'http://data.star.dk/esco/occupation/0e2c0a6e-2a4f-4b1d-9c3e-1f0a2b3c4d06', null)!,
    /not an active/,
  );
  assert.match(
    escoMismatch(
      'Pakkeriarbejder',
      'http://data.star.dk/esco/occupation/0e2c0a6e-2a4f-4b1d-9c3e-1f0a2b3c4d03',
      '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a03',
    )!,
    /not an active alias/,
  );
  assert.match(escoMismatch('Kranfører', null, HAVNEKRAN)!, /AliasIdentifier without ConceptUriDa/);
});

test('esco-import reads the export (one row per alias) into occupations with their aliases and refuses bad rows', () => {
  const parsed = parseEscoCsv(
    'conceptUri;label;status;aliasId;aliasLabel;aliasStatus\n' +
      `${KRAN};Kranfører;Aktiv;${HAVNEKRAN.toUpperCase()};Havnekranfører;Aktiv\n` +
      `${KRAN};Kranfører;Aktiv;6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a99;Portalkranfører;Inaktiv\n` +
      'http://x/kok;Kok;Aktiv;;;\n',
  );
  assert.deepEqual(
    parsed.occupations.map((o) => [o.label, o.aliases.map((a) => [a.id, a.status])]),
    [
      [
        'Kranfører',
        [
          [HAVNEKRAN, 'Aktiv'],
          ['6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a99', 'Inaktiv'],
        ],
      ],
      ['Kok', []],
    ],
  );
  assert.throws(() => parseEscoCsv('uri,label\nx,y\n'), /the header must be/);
  assert.throws(
    () => parseEscoCsv('conceptUri,label,status,aliasId,aliasLabel,aliasStatus\nx,y,Gammel,,,\n'),
    /line 2/,
  );
});

test('ESCO_STAR_FILE: the list the configuration names replaces the sample (useEscoStarFile), and null brings the sample back', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfdg-esco-'));
  const file = path.join(dir, 'full.json');
  const only = { conceptUri: 'urn:only', label: 'Eneste', status: 'Aktiv', aliases: [] };
  fs.writeFileSync(file, JSON.stringify({ name: 'n', description: 'd', source: 's', occupations: [only] }));
  try {
    useEscoStarFile(file);
    assert.equal(escoOccupation('urn:only')?.label, 'Eneste');
    assert.equal(escoOccupation(KRAN), undefined, 'the sample is not read as well');
  } finally {
    useEscoStarFile(null);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(escoOccupation(KRAN)?.label, 'Kranfører');
});
