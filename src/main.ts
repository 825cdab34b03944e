// Command line: `serve` (npm start), `load-scenario <file>`, `transition-marking`, `deadline-expiry`,
// `candidate-check`, `joborder-ready <a-kasse>`, `esco-import <export.csv> <out.json>`, `dispatch`,
// `replay-dead [--receiver T:CODE] [--id ID]`, `recording-subscriber [options]`, `cpr-move <cpr> <date>
// <municipality> <jobcentre>`, `outbox-retention`, `migrate`.
//
// The app, the jobs and the scenario loader are imported by the commands that use them: loading them all
// took ~3 s of CPU per process, ~2 s of it wasted on `dispatch`, `replay-dead` or `outbox-retention`.
import fs from 'node:fs';
import { FixedClock, systemClock, type Clock } from './clock.ts';
import { loadConfig, type Config } from './config.ts';
import { log, setLogLevel } from './log.ts';
import { closeDatabase, openDatabase } from './store/database.ts';
import { runOutboxRetention } from './jobs/outboxRetention.ts';
import { optionValue, runRecordingSubscriber } from './cli/recordingSubscriberCommand.ts';
import { PushDispatcher, replayDeadLetters } from './outbox/pushDispatcher.ts';
import { setReadyForJobOrders } from './store/jobOrderRepository.ts';

const readIf = (file: string | null) => (file ? fs.readFileSync(file, 'utf8') : undefined);
const pushOptions = (config: Config) => ({ tls: { cert: readIf(config.pushTls.certFile), key: readIf(config.pushTls.keyFile), ca: readIf(config.pushTls.caFile) }, ...config.pushTiming });

const clockOf = (config: Config): Clock => (config.businessDate ? new FixedClock(config.businessDate) : systemClock);

async function main(argv: string[]): Promise<number> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  const [command = 'serve', ...args] = argv;
  if (command === 'recording-subscriber') return runRecordingSubscriber(args);
  if (command === 'esco-import') {
    if (!args[0] || !args[1]) throw new Error('usage: esco-import <export.csv> <out.json>');
    const { importEsco } = await import('./cli/escoImport.ts');
    console.log(`esco-import: ${importEsco(args[0], args[1])} occupation(s) written to ${args[1]}`);
    return 0;
  }
  const db = await openDatabase(config.database);
  switch (command) {
    case 'serve': {
      const [{ createApp }, { scheduleNightlyJobs }] = await Promise.all([import('./app.ts'), import('./jobs/schedule.ts')]);
      const app = createApp(db, clockOf(config));
      const url = await app.listen(config.port, '0.0.0.0');
      log('info', 'server:listening', { url, database: config.database.client, businessDate: config.businessDate ?? 'today' });
      const jobs = config.businessDate ? [] : scheduleNightlyJobs(db, systemClock, config.outboxRetentionDays);
      const dispatcher = config.pushDispatcher ? new PushDispatcher(db, pushOptions(config)) : null;
      dispatcher?.start();
      const stop = () => {
        for (const job of jobs) void job.stop();
        void Promise.resolve(dispatcher?.stop())
          .then(() => app.close())
          .then(() => closeDatabase(db))
          .then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1; // keep running
    }
    case 'load-scenario': {
      if (!args[0]) throw new Error('usage: load-scenario <file.yaml|file.json>');
      const { loadScenario, parseScenario } = await import('./cli/scenario.ts');
      const scenario = parseScenario(fs.readFileSync(args[0], 'utf8'));
      await loadScenario(db, scenario);
      console.log(`loaded ${scenario.persons.length} citizen(s) from ${args[0]}`);
      break;
    }
    case 'transition-marking': {
      const { runTransitionMarking } = await import('./jobs/transitionMarking.ts');
      const ended = await runTransitionMarking(db, clockOf(config));
      console.log(`transition marking: ended ${ended} absence(s) 75 with end reason 49`);
      break;
    }
    case 'deadline-expiry': {
      const { runDeadlineExpiry } = await import('./jobs/deadlineExpiry.ts');
      const { expired, deregistered } = await runDeadlineExpiry(db, clockOf(config));
      console.log(`deadline expiry: ${expired} deadline(s) overskredet, ${deregistered} citizen(s) deregistered`);
      break;
    }
    case 'candidate-check': {
      const { runCandidateCheck } = await import('./jobs/candidateCheck.ts');
      console.log(`candidate check: ${await runCandidateCheck(db, clockOf(config))} candidate(s) removed from job orders`);
      break;
    }
    case 'joborder-ready': {
      if (!args[0]) throw new Error('usage: joborder-ready <a-kasse code>');
      await setReadyForJobOrders(db, args[0]);
      console.log(`a-kasse ${args[0]} is ready for job orders (R-JO-14)`);
      break;
    }
    case 'dispatch': {
      const dispatcher = new PushDispatcher(db, pushOptions(config));
      dispatcher.start();
      log('info', 'dispatcher:running', { owner: dispatcher.owner });
      // The dispatcher's own poll timer does not hold a process open; this one does, until a signal, so an
      // idle dispatcher keeps polling for other processes' rows instead of exiting.
      const alive = setInterval(() => {}, 3_600_000);
      const stop = () => {
        clearInterval(alive);
        void dispatcher.stop().then(() => closeDatabase(db)).then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1;
    }
    case 'replay-dead': {
      const receiver = optionValue(args, '--receiver');
      const [type, code] = receiver?.split(':') ?? [];
      const filter = { receiver: receiver ? { organisationType: Number(type), organisationCode: String(code) } : undefined, messageId: optionValue(args, '--id') ?? undefined };
      console.log(`replay: ${await replayDeadLetters(db, filter)} dead letter(s) back on the queue`);
      break;
    }
    case 'outbox-retention': {
      console.log(`outbox retention: ${await runOutboxRetention(db, config.outboxRetentionDays)} delivered message(s) older than ${config.outboxRetentionDays} days deleted`);
      break;
    }
    case 'cpr-move': {
      const [cpr, date, municipalityCode, jobcenterCode] = args;
      if (!cpr || !date || !municipalityCode || !jobcenterCode) throw new Error('usage: cpr-move <cpr> <YYYY-MM-DD> <municipality> <jobcentre>');
      const { applyCprMove } = await import('./jobs/cprMove.ts');
      const r = await applyCprMove(db, clockOf(config), { cpr, date, municipalityCode, jobcenterCode });
      console.log(`cpr-move: ${r.notifications} move notification(s), ${r.rehabilitationEnded} rehabilitation process(es) ended`);
      break;
    }
    case 'migrate':
      console.log('migrations are at the latest version');
      break;
    default:
      console.error(`unknown command ${command}; commands: serve, load-scenario <file>, transition-marking, deadline-expiry, candidate-check, joborder-ready <a-kasse>, esco-import <csv> <json>, dispatch, replay-dead [--receiver T:CODE] [--id ID], recording-subscriber [options], cpr-move <cpr> <date> <municipality> <jobcentre>, outbox-retention, migrate`);
      await closeDatabase(db);
      return 2;
  }
  await closeDatabase(db);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: Error) => {
    console.error(err.message);
    process.exitCode = 1;
  },
);
