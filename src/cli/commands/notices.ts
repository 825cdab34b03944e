// `notices [--cpr CPR] [--follow]`: what DFDG sends citizens — the SMS and e-mail notices of automatic cancellations
// (R-MTG-15, R-NOT-10) — as JSON lines, oldest first, in the style of the recording subscriber's --out file. With
// --follow it stays and prints each new notice as it is written, until SIGINT/SIGTERM.
import type { Knex } from 'knex';
import { citizenNotices } from '../../store/contactProcessRepository.ts';
import { stringOption, type Command } from '../command.ts';
import { onStopSignal } from '../onStopSignal.ts';

const POLL_MS = 500;

/** Prints the notices not printed before; returns how many it printed. */
async function printNew(db: Knex, cpr: string | undefined, printed: Set<string>): Promise<number> {
  let count = 0;
  for (const n of await citizenNotices(db, cpr)) {
    if (printed.has(n.id)) continue;
    printed.add(n.id);
    console.log(
      JSON.stringify({
        createdAt: n.createdAt,
        channel: n.channel,
        cpr: n.cpr,
        summonsId: n.summonsId,
        text: n.text,
        id: n.id,
      }),
    );
    count++;
  }
  return count;
}

export const notices: Command = {
  name: 'notices',
  summary: 'prints the SMS and e-mail notices DFDG sends citizens, as JSON lines (--follow: as they come)',
  options: {
    cpr: { type: 'string', value: 'CPR', help: "only this citizen's" },
    follow: { type: 'boolean', help: 'keep running and print new notices as they are written' },
  },
  async run(input) {
    const db = await input.db();
    const cpr = stringOption(input, 'cpr');
    const printed = new Set<string>();
    await printNew(db, cpr, printed);
    if (input.options.follow !== true) return 0;
    const timer = setInterval(() => void printNew(db, cpr, printed), POLL_MS);
    onStopSignal(async () => {
      clearInterval(timer);
      await db.destroy();
    });
    return 'running';
  },
};
