// `cpr-move <cpr> <date> <municipality> <jobcentre>`: a move between municipalities as CPR reports it — an event
// of the CPR feed (src/app/feeds/feedEvents.ts) whose id is made of the move itself, so the same move given twice
// moves once (`feed-event CPR …` names the source's own event id).
import type { Command } from '../command.ts';
import { clockOf } from '../clockOf.ts';

export const cprMove: Command = {
  name: 'cpr-move',
  args: ['<cpr>', '<YYYY-MM-DD>', '<municipality>', '<jobcentre>'],
  summary:
    'R-NOT-03/05/06, R-BAT-01: moves a citizen, files the move notifications, ends rehabilitation, resets the person category',
  async run({ config, db, args: [cpr, date, municipalityCode, jobcenterCode] }) {
    const { applyFeedEvent } = await import('../../app/feeds/feedEvents.ts');
    const a = await applyFeedEvent(await db(), clockOf(config), {
      source: 'CPR',
      eventId: `cpr-move:${cpr!}:${date!}:${municipalityCode!}:${jobcenterCode!}`,
      cpr: cpr!,
      event: { kind: 'flytning', date: date!, municipalityCode: municipalityCode!, jobcenterCode: jobcenterCode! },
    });
    console.log(`cpr-move: ${a.effects.join(', ')}`);
    return 0;
  },
};
