// `membership-transfer <cpr> <date> <akasse>`: a member moves to another a-kasse as the new a-kasse's membership
// registration reports it (src/app/person/membershipTransfer.ts).
import { isIsoDate } from '../../domain/dates.ts';
import { UsageError, type Command } from '../command.ts';
import { clockOf } from '../clockOf.ts';

export const membershipTransfer: Command = {
  name: 'membership-transfer',
  args: ['<cpr>', '<YYYY-MM-DD>', '<akasse>'],
  summary:
    'R-KF-07/R-JO-09: moves a member to another a-kasse, tells the giving a-kasse (GetMembershipCancellationVersion1)',
  async run({ config, db, args: [cpr, date, akasseCode] }) {
    if (!isIsoDate(date!)) throw new UsageError(`the date must be YYYY-MM-DD, got ${date}`);
    if (!/^\d{1,8}$/.test(akasseCode!)) throw new UsageError(`the a-kasse code must be digits, got ${akasseCode}`);
    const { applyMembershipTransfer } = await import('../../app/person/membershipTransfer.ts');
    const r = await applyMembershipTransfer(await db(), clockOf(config), {
      cpr: cpr!,
      date: date!,
      akasseCode: akasseCode!,
    });
    console.log(
      `membership-transfer: ${r.cancelledAkasse === null ? 'no membership cancelled' : `membership in a-kasse ${r.cancelledAkasse} cancelled`}` +
        `, ${r.absence75Ended ? 'absence 75 ended' : 'absence 75 kept'}, ${r.candidaciesRemoved} candidacy(ies) removed`,
    );
    return 0;
  },
};
