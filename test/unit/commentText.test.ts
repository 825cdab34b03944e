// 4933 "The comment text cannot contain html tags": what counts as a tag, and what stays text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containsHtmlTags } from '../../src/domain/htmlTags.ts';

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
