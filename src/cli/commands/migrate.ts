// `migrate`: brings the database to the latest migration (opening it does) and says so.
import type { Command } from '../command.ts';

export const migrate: Command = {
  name: 'migrate',
  summary: 'migrates the database to the latest version (every command does so first)',
  async run({ db }) {
    await db();
    console.log('migrations are at the latest version');
    return 0;
  },
};
