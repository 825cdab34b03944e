// The configuration: every setting read from the environment with its default from the one defaults object,
// an empty variable taken as unset, and every refused value reported at once, by name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { DEFAULTS } from '../../src/config/defaults.ts';
import { SETTINGS } from '../../src/config/settings.ts';

test('unset, every setting takes its default', () => {
  const c = loadConfig({});
  assert.equal(c.port, DEFAULTS.port);
  assert.deepEqual(c.database, { client: 'better-sqlite3', connection: DEFAULTS.databaseFile });
  assert.equal(c.businessDate, null);
  assert.equal(c.logLevel, DEFAULTS.logLevel);
  assert.equal(c.pushDispatcher, true);
  assert.deepEqual(
    [c.pushLeaseMs, c.pushPollMs, c.pushBaseDelayMs, c.pushMaxAttempts],
    [DEFAULTS.pushLeaseMs, DEFAULTS.pushPollMs, DEFAULTS.pushBaseDelayMs, DEFAULTS.pushMaxAttempts],
  );
  assert.equal(c.outboxRetentionDays, DEFAULTS.outboxRetentionDays);
  assert.deepEqual(
    [c.pushClientCertFile, c.pushClientKeyFile, c.pushCaFile, c.escoStarFile, c.jobEverySeconds],
    [null, null, null, null, null],
  );
  assert.equal(c.trustedProxies, null, 'no trusted proxy unless configured');
  assert.deepEqual(
    [c.jobCatchUpDays, c.jobRunTimeoutMinutes],
    [DEFAULTS.jobCatchUpDays, DEFAULTS.jobRunTimeoutMinutes],
  );
  assert.ok(Object.isFrozen(c));
});

test('given values are read; an empty variable counts as unset', () => {
  const c = loadConfig({
    PORT: '0',
    BUSINESS_DATE: '2024-03-05',
    LOG_LEVEL: 'silent',
    PUSH_DISPATCHER: 'off',
    PUSH_POLL_MS: '20',
    JOB_EVERY_SECONDS: '2',
    JOB_CATCH_UP_DAYS: '0',
    OUTBOX_RETENTION_DAYS: '',
  });
  assert.deepEqual(
    [c.port, c.businessDate, c.logLevel, c.pushDispatcher, c.pushPollMs, c.jobEverySeconds, c.jobCatchUpDays],
    [0, '2024-03-05', 'silent', false, 20, 2, 0],
  );
  assert.equal(c.outboxRetentionDays, DEFAULTS.outboxRetentionDays);
});

test('TRUSTED_PROXIES is a comma-separated list of IPv4/IPv6 addresses', () => {
  assert.deepEqual(loadConfig({ TRUSTED_PROXIES: '10.0.0.5, ::1,192.168.1.1' }).trustedProxies, [
    '10.0.0.5',
    '::1',
    '192.168.1.1',
  ]);
  assert.throws(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.5,proxy.internal' }), /TRUSTED_PROXIES .*proxy\.internal/);
  assert.throws(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8' }), /TRUSTED_PROXIES/);
});

test('PLANNER_ENDPOINTS maps jobcentre numbers to http(s) URLs; unset, no jobcentre has a planner', () => {
  const none = loadConfig({});
  assert.deepEqual([none.plannerEndpoints, none.plannerTimeoutMs], [null, DEFAULTS.plannerTimeoutMs]);
  const c = loadConfig({
    PLANNER_ENDPOINTS: '10100=https://planner.example/3/ExternalBookingService.svc, 20100=http://10.0.0.7:8090/x',
    PLANNER_TIMEOUT_MS: '2500',
  });
  assert.deepEqual(c.plannerEndpoints, {
    '10100': 'https://planner.example/3/ExternalBookingService.svc',
    '20100': 'http://10.0.0.7:8090/x',
  });
  assert.equal(c.plannerTimeoutMs, 2500);
  for (const bad of ['101=https://p.example', '10100', '10100=ftp://p.example', '10100=not a url'])
    assert.throws(() => loadConfig({ PLANNER_ENDPOINTS: bad }), /PLANNER_ENDPOINTS/, bad);
  assert.throws(() => loadConfig({ PLANNER_TIMEOUT_MS: '10' }), /PLANNER_TIMEOUT_MS/);
});

test('every refused value is named in one error', () => {
  const env = {
    PORT: '70000',
    LOG_LEVEL: 'debug',
    PUSH_DISPATCHER: 'maybe',
    BUSINESS_DATE: '2024-13-01',
    JOB_EVERY_SECONDS: '7',
    ESCO_STAR_FILE: '/no/such/file.json',
    PUSH_MAX_ATTEMPTS: '0',
  };
  assert.throws(
    () => loadConfig(env),
    (err: Error) => Object.keys(env).every((name) => err.message.includes(name)),
  );
});

test('each setting has its variable(s), a default as shown and a meaning; no variable belongs to two settings', () => {
  const names = Object.values(SETTINGS).flatMap((s) => s.env);
  assert.equal(new Set(names).size, names.length);
  for (const s of Object.values(SETTINGS)) {
    assert.ok(s.env.length > 0 && s.env.every((e) => /^[A-Z][A-Z0-9_]*$/.test(e)));
    assert.ok(s.shownDefault.length > 0 && s.meaning.length > 0, s.env.join());
  }
});

test('HOST: 127.0.0.1 unless set; an IP address or a host name', () => {
  assert.equal(loadConfig({}).host, '127.0.0.1');
  assert.equal(DEFAULTS.host, '127.0.0.1');
  for (const host of ['0.0.0.0', '::', '10.1.2.3', 'dfdg-facade.internal'])
    assert.equal(loadConfig({ HOST: host }).host, host);
  for (const bad of ['http://x', 'a b', '"><x', '-x']) assert.throws(() => loadConfig({ HOST: bad }), /HOST must be/);
});

test('PUBLIC_BASE_URL: scheme://host[:port] only, written without a trailing slash', () => {
  assert.equal(loadConfig({}).publicBaseUrl, null);
  assert.equal(loadConfig({ PUBLIC_BASE_URL: 'https://dfdg.example.dk/' }).publicBaseUrl, 'https://dfdg.example.dk');
  assert.equal(loadConfig({ PUBLIC_BASE_URL: 'http://[::1]:8080' }).publicBaseUrl, 'http://[::1]:8080');
  for (const bad of ['ftp://x', 'https://u:p@x', 'https://x/path', 'https://x?q=1', 'dfdg.example.dk'])
    assert.throws(() => loadConfig({ PUBLIC_BASE_URL: bad }), /PUBLIC_BASE_URL must be/, bad);
});

test('UPLOAD_STAGING_DIR: unset (the default directory) or an absolute path', () => {
  assert.equal(loadConfig({}).uploadStagingDir, null);
  assert.equal(loadConfig({ UPLOAD_STAGING_DIR: '/var/lib/dfdg/uploads' }).uploadStagingDir, '/var/lib/dfdg/uploads');
  assert.throws(() => loadConfig({ UPLOAD_STAGING_DIR: 'uploads' }), /UPLOAD_STAGING_DIR must be an absolute path/);
});

test('the input limits take their defaults and refuse values below their minimum', () => {
  const c = loadConfig({});
  assert.deepEqual(
    [c.maxRequestBytes, c.maxConnections, c.headersTimeoutMs, c.requestTimeoutMs, c.keepAliveTimeoutMs],
    [1024 * 1024, 256, 10_000, 30_000, 5_000],
  );
  assert.deepEqual([c.xmlMaxDepth, c.xmlMaxAttributes, c.xmlMaxNameLength, c.xmlMaxNodes], [64, 64, 256, 10_000]);
  assert.equal(loadConfig({ MAX_CONNECTIONS: '10', XML_MAX_DEPTH: '20' }).maxConnections, 10);
  assert.throws(() => loadConfig({ MAX_CONNECTIONS: '0', XML_MAX_DEPTH: '2' }), /MAX_CONNECTIONS.*XML_MAX_DEPTH/);
});
