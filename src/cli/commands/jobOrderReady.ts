// `joborder-ready <a-kasse>`: marks an a-kasse ready for job orders (R-JO-14).
import { setReadyForJobOrders } from '../../store/jobOrderRepository.ts';
import type { Command } from '../command.ts';

export const jobOrderReady: Command = {
  name: 'joborder-ready',
  args: ['<a-kasse>'],
  summary: 'R-JO-14: marks an a-kasse ready for job orders',
  async run({ db, args: [akasse] }) {
    await (await db()).transaction((trx) => setReadyForJobOrders(trx, akasse!));
    console.log(`a-kasse ${akasse} is ready for job orders (R-JO-14)`);
    return 0;
  },
};
