// A command that keeps running stops on SIGINT or SIGTERM: it lets `stop` finish (stop timers, let work in
// hand end, close the server and the database), then exits 0.
import { log } from '../log.ts';

export function onStopSignal(stop: () => Promise<void>): void {
  const once = () => {
    stop().then(
      () => process.exit(0),
      (err: Error) => {
        log('error', 'stop:failed', { error: err.message });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', once);
  process.once('SIGTERM', once);
}
