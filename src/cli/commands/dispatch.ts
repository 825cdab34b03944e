// `dispatch`: the push dispatcher alone, beside `serve` processes with PUSH_DISPATCHER=off or as one of
// several dispatchers sharing the receivers.
import { log } from '../../log.ts';
import { PushDispatcher } from '../../outbox/pushDispatcher.ts';
import { closeDatabase } from '../../store/database.ts';
import type { Command } from '../command.ts';
import { onStopSignal } from '../onStopSignal.ts';
import { pushOptions } from '../pushOptions.ts';

export const dispatch: Command = {
  name: 'dispatch',
  summary: 'the push dispatcher on its own (several processes share the receivers)',
  async run({ config, db }) {
    const database = await db();
    const dispatcher = new PushDispatcher(database, pushOptions(config));
    dispatcher.start();
    log('info', 'dispatcher:running', { owner: dispatcher.owner });
    // The dispatcher's own poll timer does not hold a process open; this one does, until a signal, so an
    // idle dispatcher keeps polling for other processes' rows instead of exiting.
    const alive = setInterval(() => {}, 3_600_000);
    onStopSignal(async () => {
      clearInterval(alive);
      await dispatcher.stop();
      await closeDatabase(database);
    });
    return 'running';
  },
};
