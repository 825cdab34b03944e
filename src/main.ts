// `npm run cli -- <command>` and `npm start` (serve): the command table is src/cli/commands/index.ts, the
// usage text `npm run cli -- --help`. A command that keeps running (serve, dispatch, recording-subscriber)
// leaves the process open; any other exits with its code, a failure with its message and 1.
import { runCli } from './cli/run.ts';

runCli(process.argv.slice(2)).then(
  (outcome) => {
    if (outcome !== 'running') process.exitCode = outcome;
  },
  (err: Error) => {
    console.error(err.message);
    process.exitCode = 1;
  },
);
