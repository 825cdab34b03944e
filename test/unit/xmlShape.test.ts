// The scan that bounds a request's XML before libxml2 parses it (src/soap/xmlShape.ts): it counts exactly what
// well-formed XML holds — nothing inside comments, CDATA, processing instructions or attribute values — so a
// valid request is never refused by a miscount; each limit holds at its value and refuses one above it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkXmlShape, shapeScanBefore, type XmlShapeLimits } from '../../src/soap/xmlShape.ts';
import { DfdgFault } from '../../src/faults/catalogue.ts';

const LIMITS: XmlShapeLimits = { maxDepth: 3, maxAttributes: 2, maxNameLength: 8, maxNodes: 6 };

/** The refusal's detail, or null when the document is within the limits. */
function refusal(xml: string | Buffer, limits = LIMITS): string | null {
  try {
    checkXmlShape(typeof xml === 'string' ? Buffer.from(xml) : xml, limits);
    return null;
  } catch (err) {
    assert.ok(err instanceof DfdgFault);
    assert.equal(err.code, 1014);
    return err.details[0]!;
  }
}

test('markup inside comments, CDATA, processing instructions and attribute values is not counted', () => {
  const noise = '<a><b><c><d x="1" y="2" z="3"/></c></b></a>';
  const xml = `<?xml version="1.0"?><r><!-- ${noise} --><![CDATA[${noise}]]><?pi ${noise}?><e v="a>b/>c" w='"'/></r>`;
  assert.equal(refusal(xml), null);
});

test('whitespace inside tags, empty elements and end tags with spaces are read as XML reads them', () => {
  assert.equal(refusal(`<r\n  a = "1"\t b='2'><e/><e\n/><f></f ></r>`), null);
  assert.equal(refusal('<r><a/><a/><a/><a/><a/></r>'), null, 'six elements: at the node limit');
});

test('each limit holds at its value and refuses one above it', () => {
  assert.equal(refusal('<r><a><b/></a></r>'), null);
  assert.equal(refusal('<r><a><b><c/></b></a></r>'), 'the request nests elements deeper than 3 levels');
  assert.equal(refusal('<r a="1" xmlns:p="u"/>'), null);
  assert.equal(refusal('<r a="1" b="2" xmlns:p="u"/>'), 'the element at offset 0 has more than 2 attributes');
  assert.equal(refusal('<abcdefgh/>'), null);
  assert.equal(refusal('<abcdefghi/>'), 'a name at offset 1 is longer than 8 characters');
  assert.equal(refusal('<r abcdefghi="1"/>'), 'a name at offset 3 is longer than 8 characters');
  assert.equal(refusal('<r><a/><a/><a/><a/><a x="1"/></r>'), 'the request has more than 6 elements and attributes');
});

test('UTF-16 (either byte order, with or without a BOM) is scanned as UTF-16; UCS-4 is refused', () => {
  const deep = '<r><a><b><c/></b></a></r>';
  const le = Buffer.from(deep, 'utf16le');
  const be = Buffer.from(le).swap16();
  for (const doc of [
    le,
    be,
    Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
    Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
  ])
    assert.equal(refusal(doc), 'the request nests elements deeper than 3 levels');
  assert.equal(refusal(Buffer.from('<r/>', 'utf16le')), null);
  const ucs4 = Buffer.alloc(16);
  '<r/>'.split('').forEach((c, i) => ucs4.writeUInt32LE(c.charCodeAt(0), i * 4));
  assert.equal(refusal(ucs4), 'the request must be encoded in UTF-8 or UTF-16');
});

test('a declared encoding a byte scan cannot follow is refused; UTF-8, Latin-1 and UTF-16 declarations are read', () => {
  for (const ok of ['UTF-8', 'utf-8', 'ISO-8859-1', 'windows-1252', 'US-ASCII'])
    assert.equal(refusal(`<?xml version="1.0" encoding="${ok}"?><r/>`), null, ok);
  for (const bad of ['UTF-7', 'ISO-2022-JP', 'IBM037', 'UCS-4'])
    assert.match(refusal(`<?xml version="1.0" encoding="${bad}"?><r/>`)!, /is not accepted; send UTF-8 or UTF-16/);
  // the head accepted last is matched byte for byte: the same declaration twice, then one byte changed
  for (const encoding of ['UTF-8', 'UTF-8', 'UTF-7', 'UTF-8'])
    assert.equal(refusal(`<?xml version="1.0" encoding="${encoding}"?><r/>`) === null, encoding === 'UTF-8', encoding);
});

test('a DTD is refused by the scan; text that is not well-formed is left to the parser', () => {
  assert.equal(refusal('<!DOCTYPE r [<!ENTITY e "x">]><r/>'), 'a DTD is not allowed in a SOAP message');
  for (const broken of ['<r', '<r a=1/>', '<r a="1/>', '<r><!-- open', '<r><![CDATA[ open', '< r/>', '<r><!x></r>'])
    assert.equal(refusal(broken), null, broken);
});

test('a check that goes on from the scan of the first bytes meets what the whole check meets, at the same offsets', () => {
  const limits: XmlShapeLimits = { maxDepth: 3, maxAttributes: 2, maxNameLength: 8, maxNodes: 9 };
  const head = '<?xml version="1.0"?><r x="1"><h><!-- <a><b> --><i/></h>';
  const scan = shapeScanBefore(Buffer.from(head), head.length, limits);
  assert.deepEqual(scan && { depth: scan.depth, nodes: scan.nodes }, { depth: 1, nodes: 4 });
  const resumed = (rest: string) => {
    try {
      checkXmlShape(Buffer.from(head + rest), limits, scan);
      return null;
    } catch (err) {
      return (err as DfdgFault).details[0]!;
    }
  };
  for (const rest of [
    '<b><c/></b></r>', // within every limit
    '<b><c><d/></c></b></r>', // too deep
    '<b><c/><c/><c/><c/><c/></b></r>', // too many nodes, counting the head's
    '<b a="1" b="2" c="3"/></r>', // too many attributes, at its offset in the whole document
    '<b><abcdefghi/></b></r>', // a long name
  ])
    assert.equal(resumed(rest), refusal(head + rest, limits), rest);
  assert.equal(resumed('<b><c/></b></r>'), null);
  assert.equal(shapeScanBefore(Buffer.from(head), head.length - 3, limits), null, 'a cut inside a tag');
  assert.equal(shapeScanBefore(Buffer.from(head), head.length, { ...limits, maxNodes: 3 }), null, 'over a limit');
  const other = { ...limits };
  assert.equal(
    (() => {
      try {
        checkXmlShape(Buffer.from(head + '<b><c><d/></c></b></r>'), other, scan); // other limits: the whole check
        return null;
      } catch (err) {
        return (err as DfdgFault).details[0]!;
      }
    })(),
    'the request nests elements deeper than 3 levels',
  );
});
