// The console's pure parts: the request journal's ring buffer, escaping, CPR masking and the envelope indenting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, maskCprs, prettyXml, Shown } from '../../src/console/html.ts';
import { DfdgEvents, type RequestCompleted } from '../../src/observability/events.ts';
import { RequestJournal } from '../../src/observability/requestJournal.ts';

const completed = (n: number): RequestCompleted => ({
  requestId: `r${n}`,
  service: 'S',
  operation: 'Op',
  organisation: '8:10100',
  userType: 2,
  certificate: null,
  status: 200,
  faultCode: null,
  ruleId: null,
  deviation: null,
  durationMs: 1,
});

test('the journal keeps the last N requests, newest first, fed by request:completed', () => {
  const events = new DfdgEvents();
  const journal = new RequestJournal(3).listen(events, () => 0);
  assert.deepEqual(journal.latest(), []);
  for (let n = 1; n <= 2; n++) events.emit('request:completed', completed(n));
  assert.deepEqual(
    journal.latest().map((e) => e.requestId),
    ['r2', 'r1'],
  );
  for (let n = 3; n <= 7; n++) events.emit('request:completed', completed(n));
  assert.deepEqual(
    journal.latest().map((e) => e.requestId),
    ['r7', 'r6', 'r5'],
  );
  assert.equal(journal.find('r6')?.at, '1970-01-01T00:00:00.000Z');
  assert.equal(journal.find('r4'), null, 'gone once N newer came');
  assert.throws(() => new RequestJournal(0));
});

test('escapeHtml escapes the five characters markup is made of', () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('a CPR number (with or without its hyphen) is masked to its date of birth; other digit runs are not', () => {
  assert.equal(maskCprs('<Cpr>0101901234</Cpr> 010190-1234'), '<Cpr>010190-****</Cpr> 010190-****');
  assert.equal(maskCprs('12345678901 123456789 2024-03-01 8:10100'), '12345678901 123456789 2024-03-01 8:10100');
  assert.equal(new Shown(false).text('<x>0101901234</x>'), '&lt;x&gt;010190-****&lt;/x&gt;');
  assert.equal(new Shown(true).text('<x>0101901234</x>'), '&lt;x&gt;0101901234&lt;/x&gt;');
});

test('prettyXml indents elements, keeps an element with text on one line and cuts long text', () => {
  assert.equal(
    prettyXml('<?xml version="1.0"?><a><b>text</b><c/><d></d><e><f>1</f></e></a>'),
    [
      '<?xml version="1.0"?>',
      '<a>',
      '  <b>text</b>',
      '  <c/>',
      '  <d></d>',
      '  <e>',
      '    <f>1</f>',
      '  </e>',
      '</a>',
    ].join('\n'),
  );
  assert.match(prettyXml(`<a>${'x'.repeat(5000)}</a>`), /^<a>x{2000}… \(5000 characters\)<\/a>$/);
});
