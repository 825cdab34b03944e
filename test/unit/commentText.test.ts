// 4933 "The comment text cannot contain html tags": what counts as a tag, and what stays text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containsHtmlTags } from '../../src/domain/htmlTags.ts';
import { allowAnySubscriptionPort, subscriptionEndpoint } from '../../src/domain/subscriptionEndpoint.ts';

test('tags, closing tags, comments and tags with attributes are HTML; a lone < is text', () => {
  for (const html of ['<b>x</b>', 'x</p>', '<br/>', '<a href="https://x">y</a>', '<!-- x -->', '<!DOCTYPE html>'])
    assert.ok(containsHtmlTags(html), html);
  for (const text of [
    'Indhentning af oplysninger i forbindelse med formidling',
    'a < b og c > d',
    '<3',
    '<<>>',
    '< b>',
  ])
    assert.ok(!containsHtmlTags(text), text);
});

test('subscription endpoints: https, and port 443 unless any port is allowed', () => {
  allowAnySubscriptionPort(false);
  try {
    assert.equal(subscriptionEndpoint('https://fagsystem.example.dk/wsb'), 'https://fagsystem.example.dk/wsb');
    assert.equal(subscriptionEndpoint('https://fagsystem.example.dk:443/wsb'), 'https://fagsystem.example.dk/wsb');
    assert.equal(subscriptionEndpoint('https://fagsystem.example.dk:8443/wsb'), null);
    assert.equal(subscriptionEndpoint('http://fagsystem.example.dk/wsb'), null);
    assert.equal(subscriptionEndpoint('not a url'), null);
    allowAnySubscriptionPort(true);
    assert.equal(subscriptionEndpoint('https://127.0.0.1:8443/wsb'), 'https://127.0.0.1:8443/wsb');
    assert.equal(subscriptionEndpoint('http://127.0.0.1:8443/wsb'), null, 'never plain http');
  } finally {
    allowAnySubscriptionPort(false);
  }
});
