// Synthetic citizens for scale measurements (`npm run cli -- generate-citizens N [--seed S]`, bench/scale.ts): the
// rows of citizen i as the tables hold them, drawn from a seeded generator so a seed always gives the same data.
// The spread is meant to look like a register's, not to be a sample of one: most citizens have an open contact
// group (dagpenge the most common) and enrollment, a history of absences (holidays, sickness — most already
// decided by the recovery batch —, a few absences 75), a-kasse membership for the insured; some are applicants
// (a few overdue for the 19-day batch, R-BAT-02), in a youth contact group or with an activity supplement (a few
// just past 30, R-BAT-05/06), have a person category, a group marking, NUPHs (some older than six years,
// R-DEL-04/05), contact persons (some ended more than six months ago, R-DEL-08/09), audit events (about half older
// than the audit retention, D-147); about 1 % are deceased, most of those delivered to the archive (R-DEL-02).
// CPRs: a birth date and a serial from 5000 on (so they never meet the benchmarks' and the samples' citizens),
// citizen i of a run on the birth date (i × P + seed) mod DAYS, serial 5000 + ⌊i / DAYS⌋: distinct within a run.
import { addDays } from '../domain/dates.ts';
import type { IsoDate } from '../domain/types.ts';

export type Row = Record<string, string | number | boolean | null>;
/** The rows of some citizens, by table; tables in an order the foreign keys allow. */
export type Rows = Record<(typeof TABLES)[number], Row[]>;

export const TABLES = [
  'person',
  'contact_group',
  'enrollment',
  'akasse_membership',
  'absence',
  'recovery_decision',
  'person_category',
  'person_group_marking',
  'activity_supplement',
  'nuph',
  'nuph_answer',
  'person_contact',
  'audit_event',
  'archive_delivery',
] as const;

const FIRST_BIRTH = '1958-01-01';
const DAYS = 17_897; // to 2006-12-31
const STRIDE = 7_919; // prime, so i ↦ day is a permutation of each run of DAYS citizens
const JOBCENTRES = ['10100', '14700', '15100', '16500', '25300', '46100', '56100', '61500', '75100', '85100'];
const AKASSER = ['81', '82', '84', '85', '86'];
/** Contact groups by weight (ids of codelists/contact-groups.json). */
const GROUPS: readonly [number, number][] = [
  [1, 35],
  [2, 12],
  [3, 8],
  [4, 5],
  [5, 5],
  [6, 5],
  [12, 8],
  [13, 4],
  [26, 6],
  [27, 4],
  [28, 4],
  [29, 4],
];
const APPLICANT_GROUPS = new Set([2, 12, 26, 27, 28, 29]);
const YOUTH_AT_30: Record<number, number> = { 12: 2, 28: 26 };

/** mulberry32: a small seeded generator, good enough for a spread. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class CitizenGenerator {
  private readonly random: () => number;
  private serial = 0;
  constructor(
    private readonly seed: number,
    private readonly today: IsoDate,
  ) {
    this.random = generator(seed);
  }

  private chance = (p: number) => this.random() < p;
  private int = (lo: number, hi: number) => lo + Math.floor(this.random() * (hi - lo + 1));
  private pick = <T>(xs: readonly T[]): T => xs[Math.floor(this.random() * xs.length)]!;
  private daysAgo = (lo: number, hi: number) => addDays(this.today, -this.int(lo, hi));
  private weighted(xs: readonly [number, number][]): number {
    let r = this.random() * xs.reduce((s, [, w]) => s + w, 0);
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[0]![0];
  }
  /** A UUID-shaped id, unique within the run (the seed in its first group). */
  private id(): string {
    const n = (++this.serial).toString(16).padStart(12, '0');
    return `${(this.seed >>> 0).toString(16).padStart(8, '0')}-0000-7000-8000-${n}`;
  }

  static empty(): Rows {
    return Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Rows;
  }

  /** Adds citizen `i`'s rows to `into`. */
  citizen(i: number, into: Rows): void {
    let categorised = false; // an open applicant/recipient period (D-265): no other person category then
    const birth = addDays(FIRST_BIRTH, (i * STRIDE + this.seed) % DAYS);
    const [y, m, d] = birth.split('-');
    const cpr = `${d}${m}${y!.slice(2)}${5000 + Math.floor(i / DAYS)}`;
    const age = Number(this.today.slice(0, 4)) - Number(y) - (this.today.slice(5) < birth.slice(5) ? 1 : 0);
    const jobcenter = this.pick(JOBCENTRES);
    const deceased = this.chance(0.01) ? this.daysAgo(1, 400) : null;
    into.person.push({
      cpr,
      birth_date: birth,
      deceased_date: deceased,
      jobcenter_code: jobcenter,
      municipality_code: jobcenter.slice(0, 3),
      replaced_by_cpr: null,
    });
    if (deceased && this.chance(0.7))
      into.archive_delivery.push({ cpr, delivered_on: addDays(deceased, 1), recorded_at: Date.parse(deceased) });
    const org = { org_type: 2, org_code: jobcenter };
    const registeredAt = `${this.daysAgo(0, 30)}T10:00:00+01:00`;

    if (this.chance(0.5)) {
      const start = this.daysAgo(800, 3000);
      into.contact_group.push({
        id: this.id(),
        cpr,
        contact_group: 1,
        start_date: start,
        end_date: addDays(start, 400),
      });
    }
    if (this.chance(0.85)) {
      let group = this.weighted(GROUPS);
      // a youth group past 30 is what R-BAT-06 moves at the birthday: keep one in a hundred, as if just turned 30
      if (YOUTH_AT_30[group] && age >= 30 && !this.chance(0.01)) group = YOUTH_AT_30[group]!;
      const start = this.daysAgo(20, 700);
      into.contact_group.push({ id: this.id(), cpr, contact_group: group, start_date: start, end_date: null });
      if (this.chance(0.75))
        into.enrollment.push({
          id: this.id(),
          cpr,
          client_category: this.pick([1, 1, 1, 2, 8, 12]),
          enrollment_date: start,
          end_date: null,
          end_reason: null,
        });
      if (APPLICANT_GROUPS.has(group) && this.chance(0.25)) {
        categorised = true;
        const applicant = this.chance(0.4);
        // applicant (2) or recipient (3) as DFDG records them (D-265: KY's decision, organisation 0 'DFDG')
        const since = applicant ? this.daysAgo(0, 22) : start;
        into.person_category.push({
          id: this.id(),
          cpr,
          category: applicant ? 2 : 3,
          // an applicant of more than 19 days is due for R-BAT-02 (a few each night in a real register)
          start_date: since,
          end_date: null,
          org_type: 0,
          org_code: 'DFDG',
          registered_on: since,
        });
      }
      if (group === 5 && age < 31 && this.chance(0.3))
        into.activity_supplement.push({
          id: this.id(),
          cpr,
          event_date: start,
          end_date: null,
          end_reason: null,
          ...org,
          registered_at: registeredAt,
        });
    }
    if (this.chance(0.6)) {
      const start = this.daysAgo(300, 5000);
      into.akasse_membership.push({
        id: this.id(),
        cpr,
        akasse_code: this.pick(AKASSER),
        start_date: start,
        end_date: null,
      });
    }

    let with75 = false; // one absence 75 at most: two would overlap (R-KF-09)
    for (let a = this.int(0, 4); a > 0; a--) with75 = this.absence(cpr, jobcenter, with75, into) || with75;

    // a jobcentre's own person category, for a citizen DFDG has no applicant/recipient period for (one open at a time)
    if (!categorised && this.chance(0.3))
      into.person_category.push({
        id: this.id(),
        cpr,
        category: this.pick([1, 4, 5]),
        start_date: this.daysAgo(10, 900),
        end_date: null,
        ...org,
        registered_on: this.daysAgo(0, 10),
      });
    if (this.chance(0.05))
      into.person_group_marking.push({
        id: this.id(),
        cpr,
        state_project: this.int(1, 5),
        start_date: this.daysAgo(10, 900),
        end_date: null,
        ...org,
        registered_at: registeredAt,
      });
    if (this.chance(0.08)) this.nuphs(cpr, jobcenter, into);
    if (this.chance(0.25)) this.contact(cpr, into);
    for (let e = this.int(0, 3); e > 0; e--)
      into.audit_event.push({
        id: this.id(),
        occurred_at: `${this.daysAgo(0, 360)}T09:30:00+01:00`,
        request_id: null,
        kind: 'guest-access',
        cpr,
        organisation_type: 3,
        organisation_code: this.pick(AKASSER),
        user_identifier: 'generated',
        data_area: 'CV',
        detail: '{}',
      });
  }

  /** Adds an absence; true when it is an absence 75 (never a second one: `with75`). */
  private absence(cpr: string, jobcenter: string, with75: boolean, into: Rows): boolean {
    const drawn = this.weighted([
      [10, 40],
      [11, 35],
      [56, 3],
      [57, 2],
      [75, 12],
      [79, 2],
      [77, 6],
    ]);
    const type = drawn === 75 && with75 ? 10 : drawn;
    const start = this.daysAgo(1, 1500);
    const ended = this.chance(type === 75 ? 0.3 : 0.9);
    const end = ended ? addDays(start, this.int(1, 40)) : null;
    const id = this.id();
    into.absence.push({
      id,
      cpr,
      absence_type: type,
      start_date: start,
      end_date: end,
      notification_date: start,
      comment: null,
      end_reason: ended && type === 75 ? 41 : null,
      active: true,
      created_by_dfdg: false,
      registered_by_kind: 'authority',
      registered_by_org_type: 2,
      registered_by_org_code: jobcenter,
      registered_by_user: 'generated',
      registered_by_user_type: 2,
      registered_by_process: null,
      registered_on: start,
      deleted_on: null,
    });
    // the recovery batch (R-BAT-04) decided all but the latest few ended sicknesses
    if (type === 11 && end && end < this.today && this.chance(0.995))
      into.recovery_decision.push({
        absence_id: id,
        cpr,
        recovery_date: addDays(end, 1),
        decided_on: addDays(end, 1),
        decision: 'notEnrolled',
      });
    return type === 75;
  }

  private nuphs(cpr: string, jobcentre: string, into: Rows): void {
    for (let k = this.int(1, 2); k > 0; k--) {
      const id = this.id();
      const notifiedOn = this.daysAgo(1, 2900); // some older than six years (R-DEL-04/05)
      const answered = this.chance(0.6);
      const akasse = this.pick(AKASSER);
      const nuph = {
        id,
        cpr,
        akasse,
        jobcentre,
        origin: 'jobcentre',
        sourceId: null,
        eventCode: 1,
        eventDate: notifiedOn,
        notifiedOn,
        state: answered ? 'answered' : 'open',
        comment: null,
        withdrawnOn: null,
      };
      into.nuph.push({
        id,
        cpr,
        akasse,
        origin: 'jobcentre',
        source_id: null,
        event_date: notifiedOn,
        notified_on: notifiedOn,
        state: nuph.state,
        data: JSON.stringify(nuph),
      });
      if (!answered) continue;
      const answer = {
        id: this.id(),
        nuphId: id,
        answerCode: 1,
        sanctionGiven: false,
        automatic: false,
        answeredOn: addDays(notifiedOn, 14),
        answeredBy: akasse,
        comment: null,
      };
      into.nuph_answer.push({
        id: answer.id,
        nuph_id: id,
        answered_on: answer.answeredOn,
        data: JSON.stringify(answer),
      });
    }
  }

  private contact(cpr: string, into: Rows): void {
    const fromActivity = this.chance(0.3);
    const start = this.daysAgo(200, 1500);
    const end = addDays(start, this.int(30, 700));
    into.person_contact.push({
      id: this.id(),
      cpr,
      contact_type: fromActivity ? 15 : 33,
      start_date: start,
      // half have ended, most of those more than six months ago (R-DEL-08/09)
      end_date: this.chance(0.5) && end < this.today ? end : null,
      external_caseworker_id: null,
      given_name: 'Kim',
      surname: 'Hansen',
      phone: null,
      email: null,
      activity_id: fromActivity ? this.id() : null,
      authority_org_type: 2,
      authority_org_code: '10100',
    });
  }
}
