// The command table of `npm run cli -- <command>`, in the order `--help` lists them. Add a command here
// (a module of its own beside this one) and the usage text, `--help` and the README's list follow.
import type { Command } from '../command.ts';
import { audit } from './audit.ts';
import { certAdd, certList, certRevoke } from './cert.ts';
import { checkSubscriberCommand } from './checkSubscriber.ts';
import { cprMove } from './cprMove.ts';
import { feedEvent } from './feedEvent.ts';
import { dispatch } from './dispatch.ts';
import { escoImport } from './escoImport.ts';
import { jobOrderReady } from './jobOrderReady.ts';
import { jobs } from './jobs.ts';
import { loadScenario } from './loadScenario.ts';
import { membershipTransfer } from './membershipTransfer.ts';
import { migrate } from './migrate.ts';
import { notices } from './notices.ts';
import { nightlyJobCommands } from './nightlyJobs.ts';
import { recordingSubscriber } from './recordingSubscriber.ts';
import { replayDead } from './replayDead.ts';
import { archiveDelivered, auditRetention, outboxRetention, retention } from './retention.ts';
import { rules } from './rules.ts';
import { serve } from './serve.ts';
import { stubPlanner } from './stubPlanner.ts';
import { stubUdb } from './stubUdb.ts';
import { stilInstitutions } from './stilInstitutions.ts';

export const COMMANDS: readonly Command[] = [
  serve,
  dispatch,
  loadScenario,
  ...nightlyJobCommands,
  retention,
  outboxRetention,
  auditRetention,
  archiveDelivered,
  jobs,
  rules,
  notices,
  audit,
  certAdd,
  certRevoke,
  certList,
  cprMove,
  feedEvent,
  membershipTransfer,
  jobOrderReady,
  escoImport,
  replayDead,
  recordingSubscriber,
  checkSubscriberCommand,
  stubPlanner,
  migrate,
  stubUdb,
  stilInstitutions,
];
