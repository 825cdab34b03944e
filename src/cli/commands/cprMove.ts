// `cpr-move <cpr> <date> <municipality> <jobcentre>`: a move between municipalities as CPR reports it
// (src/app/person/cprMove.ts).
import type { Command } from '../command.ts';
import { clockOf } from '../clockOf.ts';

export const cprMove: Command = {
  name: 'cpr-move',
  args: ['<cpr>', '<YYYY-MM-DD>', '<municipality>', '<jobcentre>'],
  summary:
    'R-NOT-03/05/06, R-BAT-01: moves a citizen, files the move notifications, ends rehabilitation, resets the person category',
  async run({ config, db, args: [cpr, date, municipalityCode, jobcenterCode] }) {
    const { applyCprMove } = await import('../../app/person/cprMove.ts');
    const r = await applyCprMove(await db(), clockOf(config), {
      cpr: cpr!,
      date: date!,
      municipalityCode: municipalityCode!,
      jobcenterCode: jobcenterCode!,
    });
    console.log(
      `cpr-move: ${r.notifications} move notification(s), ${r.rehabilitationEnded} rehabilitation process(es) ended, person category ${r.personCategory}`,
    );
    return 0;
  },
};
