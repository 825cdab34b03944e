// src/contract/xmlTree.ts reads libxml2's node structs directly; these checks hold it to libxml2-wasm's
// public DOM on the same document, so a libxml2-wasm upgrade that moves a struct field fails here.
// (The DOM itself stops at a processing instruction: its `next` is null there in libxml2-wasm 0.7.2,
// which is one more reason the readers walk the structs. The PI case is checked on its own.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XmlDocument, type XmlElement, type XmlTreeNode } from 'libxml2-wasm';
import {
  attributes,
  attributeValue,
  firstChildElement,
  namespaceOfPrefix,
  removeAttribute,
  localName,
  namespaceUri,
  nextElement,
  nodeOf,
  textContent,
  type NodePtr,
} from '../../src/contract/xmlTree.ts';

const XML = `<?xml version="1.0"?>
<a:Root xmlns:a="urn:a" xmlns="urn:default">
  <!-- a comment between elements -->
  <a:First>one</a:First>
  text between elements
  <Second><Inner>two &amp; <![CDATA[<three>]]></Inner></Second>
  <c:Third xmlns:c="urn:c">æøå</c:Third>
  <NoNs xmlns=""/>
</a:Root>`;

function domChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n: XmlTreeNode | null = el.firstChild; n; n = n.next) if ('attrs' in n) out.push(n as XmlElement);
  return out;
}

function ptrChildren(ptr: NodePtr): NodePtr[] {
  const out: NodePtr[] = [];
  for (let n = firstChildElement(ptr); n !== 0; n = nextElement(n)) out.push(n);
  return out;
}

test('child elements, names, namespaces and text agree with the libxml2-wasm DOM', () => {
  const doc = XmlDocument.fromString(XML);
  try {
    const walk = (el: XmlElement): void => {
      const ptr = nodeOf(el);
      assert.equal(localName(ptr), el.name);
      assert.equal(namespaceUri(ptr), el.namespaceUri);
      assert.equal(textContent(ptr), el.content);
      const dom = domChildren(el);
      assert.deepEqual(ptrChildren(ptr), dom.map(nodeOf));
      dom.forEach(walk);
    };
    walk(doc.root);
    const [first, second, third, noNs] = ptrChildren(nodeOf(doc.root));
    assert.deepEqual([localName(first!), namespaceUri(first!), textContent(first!)], ['First', 'urn:a', 'one']);
    assert.deepEqual([localName(second!), namespaceUri(second!)], ['Second', 'urn:default']);
    assert.equal(textContent(firstChildElement(second!)), 'two & <three>');
    assert.deepEqual([localName(third!), namespaceUri(third!), textContent(third!)], ['Third', 'urn:c', 'æøå']);
    assert.deepEqual([localName(noNs!), namespaceUri(noNs!), firstChildElement(noNs!)], ['NoNs', '', 0]);
  } finally {
    doc.dispose();
  }
});

test('elements after a processing instruction are found (the libxml2-wasm DOM loses them)', () => {
  const doc = XmlDocument.fromString('<r><a/><?pi data?><b>x</b>text<!-- c --><c/></r>');
  try {
    assert.deepEqual(ptrChildren(nodeOf(doc.root)).map(localName), ['a', 'b', 'c']);
  } finally {
    doc.dispose();
  }
});

test('attributes (name, namespace, value) agree with the DOM; removing one leaves the others; prefixes resolve in scope', () => {
  const doc = XmlDocument.fromString(
    '<r xmlns:s="urn:s" xmlns="urn:d"><h s:mustUnderstand="1" plain="p" xmlns:w="urn:w" w:Id="a&amp;b"/></r>',
  );
  try {
    const h = domChildren(doc.root)[0]!;
    const ptr = nodeOf(h);
    const attrs = attributes(ptr);
    assert.deepEqual(
      attrs.map((a) => [a.name, a.ns, attributeValue(a)]),
      h.attrs.map((a) => [a.name, a.namespaceUri, a.value]),
    );
    assert.deepEqual(
      attrs.map((a) => [a.name, a.ns, attributeValue(a)]),
      [
        ['mustUnderstand', 'urn:s', '1'],
        ['plain', '', 'p'],
        ['Id', 'urn:w', 'a&b'],
      ],
    );
    removeAttribute(attrs[0]!);
    assert.deepEqual(
      attributes(ptr).map((a) => a.name),
      ['plain', 'Id'],
    );
    assert.deepEqual(
      [
        namespaceOfPrefix(ptr, 's'),
        namespaceOfPrefix(ptr, 'w'),
        namespaceOfPrefix(ptr, null),
        namespaceOfPrefix(ptr, 'x'),
      ],
      ['urn:s', 'urn:w', 'urn:d', null],
    );
  } finally {
    doc.dispose();
  }
});
