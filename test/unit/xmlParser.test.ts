// src/contract/xmlParser.ts parses with one libxml2 parser context kept across documents. It must give what
// libxml2-wasm's own XmlDocument.fromBuffer gives: the same tree, the same refusal text for XML that is not
// well-formed, a DOCTYPE seen; and it must go on doing so after a refusal and after its context is replaced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParseOption, XmlDocument, XmlParseError } from 'libxml2-wasm';
import { parseDocument, XmlSyntaxError } from '../../src/contract/xmlParser.ts';
import {
  firstChildElement,
  localName,
  namespaceUri,
  nextElement,
  nodeOf,
  textContent,
} from '../../src/contract/xmlTree.ts';

const OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_NOBLANKS;
const GOOD = Buffer.from('<a:R xmlns:a="urn:a"><a:X>one &amp; two</a:X><Y xmlns="urn:y">æøå</Y></a:R>');
const BROKEN = [
  '<r><a></r>',
  '<r attr="1" attr="2"/>',
  '',
  '<r>&undefined;</r>',
  '<?xml version="1.0" encoding="UTF-8"?><r>\u0001</r>',
];

function shape(root: number): string[] {
  const out: string[] = [];
  for (let e = firstChildElement(root); e !== 0; e = nextElement(e))
    out.push(`{${namespaceUri(e)}}${localName(e)}=${textContent(e)}`);
  return [`{${namespaceUri(root)}}${localName(root)}`, ...out];
}

function refusal(parse: () => { dispose(): void }): string {
  try {
    parse().dispose();
  } catch (err) {
    assert.ok(err instanceof XmlSyntaxError || err instanceof XmlParseError);
    return err.message;
  }
  assert.fail('parsed XML that is not well-formed');
}

test('the tree is the one libxml2-wasm parses', () => {
  const ours = parseDocument(GOOD, OPTIONS);
  const theirs = XmlDocument.fromBuffer(GOOD, { option: OPTIONS });
  try {
    assert.deepEqual(shape(ours.root), shape(nodeOf(theirs.root)));
    assert.deepEqual(shape(ours.root), ['{urn:a}R', '{urn:a}X=one & two', '{urn:y}Y=æøå']);
    assert.equal(ours.hasDtd, false);
  } finally {
    ours.dispose();
    theirs.dispose();
  }
});

test('XML that is not well-formed is refused with libxml2-wasm’s text, and the next document parses', () => {
  for (const text of BROKEN) {
    const bytes = Buffer.from(text);
    assert.equal(
      refusal(() => parseDocument(bytes, OPTIONS)),
      refusal(() => XmlDocument.fromBuffer(bytes, { option: OPTIONS })),
      text,
    );
    const next = parseDocument(GOOD, OPTIONS);
    assert.equal(localName(next.root), 'R');
    next.dispose();
  }
});

test('a DOCTYPE is seen', () => {
  const doc = parseDocument(Buffer.from('<!DOCTYPE r [<!ELEMENT r ANY>]><r/>'), OPTIONS);
  assert.equal(doc.hasDtd, true);
  doc.dispose();
});

test('documents parse alike across replaced contexts, and live documents outlast their context', () => {
  const kept = parseDocument(GOOD, OPTIONS);
  for (let i = 0; i < 2500; i++) {
    const doc = parseDocument(
      Buffer.from(`<n${i % 7}:R xmlns:n${i % 7}="urn:${i}"><V>${i}</V></n${i % 7}:R>`),
      OPTIONS,
    );
    assert.deepEqual(shape(doc.root), [`{urn:${i}}R`, `{}V=${i}`]);
    doc.dispose();
  }
  assert.deepEqual(shape(kept.root), ['{urn:a}R', '{urn:a}X=one & two', '{urn:y}Y=æøå']);
  kept.dispose();
  kept.dispose(); // a second dispose does nothing
});
