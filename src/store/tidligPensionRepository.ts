// Tidlig pension forløb and efterløn transition dates (028_tidlig_pension).
import type { EfterloenTransition, TidligPension } from '../domain/tidligPension.ts';
import type { Queryable, Transaction } from './queryable.ts';

type Row = Record<string, unknown>;
const orNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

function fromRow(r: Row): TidligPension {
  return {
    id: String(r.id),
    cpr: String(r.cpr),
    version: Number(r.version),
    savedAt: String(r.saved_at),
    overgang:
      r.overgangsdato === null || r.overgangsdato === undefined
        ? null
        : {
            overgangsdato: String(r.overgangsdato),
            afgoerelsesdato: String(r.overgang_afgoerelsesdato),
            ophoersdato: orNull(r.ophoersdato),
          },
    kompensation:
      r.kompensation_afgoerelsesdato === null || r.kompensation_afgoerelsesdato === undefined
        ? null
        : {
            afgoerelsesdato: String(r.kompensation_afgoerelsesdato),
            udbetalingsdato: orNull(r.kompensation_udbetalingsdato),
            beloeb:
              r.kompensation_beloeb === null || r.kompensation_beloeb === undefined
                ? null
                : Number(r.kompensation_beloeb),
          },
  };
}

function toRow(p: TidligPension): Row {
  return {
    id: p.id,
    cpr: p.cpr,
    version: p.version,
    saved_at: p.savedAt,
    overgangsdato: p.overgang?.overgangsdato ?? null,
    overgang_afgoerelsesdato: p.overgang?.afgoerelsesdato ?? null,
    ophoersdato: p.overgang?.ophoersdato ?? null,
    kompensation_afgoerelsesdato: p.kompensation?.afgoerelsesdato ?? null,
    kompensation_udbetalingsdato: p.kompensation?.udbetalingsdato ?? null,
    kompensation_beloeb: p.kompensation?.beloeb ?? null,
  };
}

/** The citizen's Tidlig pension forløb, in id order (ids are time-ordered: oldest first). */
export async function tidligPensionsOf(q: Queryable, cpr: string): Promise<TidligPension[]> {
  const rows = (await q('tidlig_pension').where({ cpr }).orderBy('id')) as Row[];
  return rows.map(fromRow);
}

export async function findTidligPension(q: Queryable, id: string): Promise<TidligPension | null> {
  const row = (await q('tidlig_pension').where({ id }).first()) as Row | undefined;
  return row ? fromRow(row) : null;
}

export async function insertTidligPension(q: Transaction, p: TidligPension): Promise<void> {
  await q('tidlig_pension').insert(toRow(p));
}

export async function updateTidligPension(q: Transaction, p: TidligPension): Promise<void> {
  const { id, ...rest } = toRow(p);
  await q('tidlig_pension').where({ id }).update(rest);
}

/** The efterløn transition dates registered for the citizen, one per a-kasse. */
export async function efterloenTransitionsOf(q: Queryable, cpr: string): Promise<EfterloenTransition[]> {
  const rows = (await q('efterloen_transition').where({ cpr }).orderBy('akasse_code')) as Row[];
  return rows.map((r) => ({
    cpr: String(r.cpr),
    akasseCode: String(r.akasse_code),
    transitionDate: String(r.transition_date),
  }));
}

/** Registers (or replaces) the citizen's efterløn transition date with an a-kasse. */
export async function saveEfterloenTransition(q: Transaction, t: EfterloenTransition): Promise<void> {
  await q('efterloen_transition')
    .insert({ cpr: t.cpr, akasse_code: t.akasseCode, transition_date: t.transitionDate })
    .onConflict(['cpr', 'akasse_code'])
    .merge(['transition_date']);
}
