// `generate-citizens N [--seed S]`: fills the configured database (SQLite or PostgreSQL) with N synthetic citizens
// (src/cli/syntheticCitizens.ts: a seeded, register-like spread of contact groups, enrollments, absences,
// categories, NUPHs, contact persons, audit events, some deceased and due for deletion) by bulk inserts, a chunk of
// citizens per transaction — not through SOAP, and without notifications: for measuring the nightly jobs and the
// deletion engine at scale (bench/scale.ts). The same seed gives the same citizens, so a second run with the same
// seed into the same database fails on the first CPR already there (nothing of that chunk is written).
import { CitizenGenerator, TABLES } from '../syntheticCitizens.ts';
import { bulkInsert } from '../../store/bulkInsert.ts';
import { writeTransaction } from '../../store/writeTransaction.ts';
import { numberOption, UsageError, type Command } from '../command.ts';
import { clockOf } from '../clockOf.ts';

/** Citizens per transaction. */
const CHUNK = 2000;

export const generateCitizens: Command = {
  name: 'generate-citizens',
  args: ['<N>'],
  summary:
    'fills the database with N synthetic citizens (bulk inserts, a register-like spread, some due for the batches and for deletion) for scale measurements',
  options: {
    seed: { type: 'string', value: 'S', help: 'the generator seed (default 1): the same seed, the same citizens' },
  },
  async run(input) {
    const n = Number(input.args[0]);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`N must be a positive whole number, got ${input.args[0]}`);
    const seed = numberOption(input, 'seed', 1);
    if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number ≥ 0, got ${seed}`);
    const db = await input.db();
    const generator = new CitizenGenerator(seed, clockOf(input.config).today());
    const totals: Record<string, number> = {};
    const started = Date.now();
    for (let first = 0; first < n; first += CHUNK) {
      const rows = CitizenGenerator.empty();
      for (let i = first; i < Math.min(n, first + CHUNK); i++) generator.citizen(i, rows);
      await writeTransaction(db, async (trx) => {
        for (const table of TABLES) await bulkInsert(trx, table, rows[table]);
      });
      for (const table of TABLES) totals[table] = (totals[table] ?? 0) + rows[table].length;
      if ((first / CHUNK) % 50 === 49)
        console.error(`${first + CHUNK} citizens, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const all = Object.values(totals).reduce((a, b) => a + b, 0);
    const s = (Date.now() - started) / 1000;
    console.log(
      `${n} citizens generated (seed ${seed}) in ${s.toFixed(1)} s: ${all} rows (${Math.round(all / s)} rows/s) — ` +
        TABLES.map((t) => `${t} ${totals[t]}`).join(', '),
    );
    return 0;
  },
};
