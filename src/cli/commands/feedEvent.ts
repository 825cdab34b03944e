// `feed-event <source> <event-id> <cpr> <kind> <date>`: one event of an inbound feed, as the source would send it
// through Indberetning.HaendelseService (src/app/feeds/feedEvents.ts): processed once per source and event id, a
// repeat answered as the first. Kinds — CPR: flytning (--municipality, --jobcentre), personnummerskift
// (--new-cpr), udrejse, forsvundet, doedsfald; KY: ydelseGivet; AKASSE: indmeldelse, overflytning, udmeldelse
// (--akasse); UDB: optagelse, gennemfoert, institutionskontakt (--institution, and --contact for a contact).
import { isIsoDate } from '../../domain/dates.ts';
import type { CprEvent, FeedEvent, MembershipEvent } from '../../domain/feedEvent.ts';
import type { UdbEvent } from '../../domain/udb.ts';
import { stringOption, UsageError, type Command, type CommandInput } from '../command.ts';
import { clockOf } from '../clockOf.ts';

const CPR_KINDS = ['flytning', 'personnummerskift', 'udrejse', 'forsvundet', 'doedsfald'] as const;
const AKASSE_KINDS = ['indmeldelse', 'overflytning', 'udmeldelse'] as const;
const UDB_KINDS = ['optagelse', 'gennemfoert', 'institutionskontakt'] as const;

function option(input: CommandInput, name: string, pattern: RegExp): string {
  const value = stringOption(input, name);
  if (value === undefined || !pattern.test(value))
    throw new UsageError(`--${name} is required here (${pattern.source})`);
  return value;
}

/** The event the command line describes (a usage error for an incomplete one). */
export function feedEventOf(input: CommandInput): FeedEvent {
  const [source, eventId, cpr, kind, date] = input.args as [string, string, string, string, string];
  if (!isIsoDate(date)) throw new UsageError(`the date must be YYYY-MM-DD, got ${date}`);
  if (!/^\d{10}$/.test(cpr)) throw new UsageError(`the CPR must be 10 digits, got ${cpr}`);
  switch (source) {
    case 'CPR': {
      if (!(CPR_KINDS as readonly string[]).includes(kind))
        throw new UsageError(`a CPR event is one of ${CPR_KINDS.join(', ')}`);
      const event: CprEvent =
        kind === 'flytning'
          ? {
              kind,
              date,
              municipalityCode: option(input, 'municipality', /^\d{3}$/),
              jobcenterCode: option(input, 'jobcentre', /^\d{5}$/),
            }
          : kind === 'personnummerskift'
            ? { kind, date, newCpr: option(input, 'new-cpr', /^\d{10}$/) }
            : { kind: kind as 'udrejse' | 'forsvundet' | 'doedsfald', date };
      return { source, eventId, cpr, event };
    }
    case 'KY':
      if (kind !== 'ydelseGivet') throw new UsageError('a KY event is ydelseGivet');
      return { source, eventId, cpr, event: { kind, date } };
    case 'AKASSE': {
      if (!(AKASSE_KINDS as readonly string[]).includes(kind))
        throw new UsageError(`an a-kasse event is one of ${AKASSE_KINDS.join(', ')}`);
      const event: MembershipEvent = {
        kind: kind as MembershipEvent['kind'],
        date,
        akasseCode: option(input, 'akasse', /^\d{1,8}$/),
      };
      return { source, eventId, cpr, event };
    }
    case 'UDB': {
      if (!(UDB_KINDS as readonly string[]).includes(kind))
        throw new UsageError(`a UDB event is one of ${UDB_KINDS.join(', ')}`);
      const institutionNumber = option(input, 'institution', /^\d{6}$/);
      const event: UdbEvent =
        kind === 'institutionskontakt'
          ? { kind, date, institutionNumber, contactName: option(input, 'contact', /^.{1,255}$/) }
          : { kind: kind as 'optagelse' | 'gennemfoert', date, institutionNumber };
      return { source, eventId, cpr, event };
    }
    default:
      throw new UsageError(`the source is CPR, KY, AKASSE or UDB, got ${source}`);
  }
}

export const feedEvent: Command = {
  name: 'feed-event',
  args: ['<CPR|KY|AKASSE|UDB>', '<event-id>', '<cpr>', '<kind>', '<YYYY-MM-DD>'],
  summary:
    "an inbound feed's event (CPR move/CPR change/emigration/death, KY 'Ydelse er givet' R-BAT-03, a-kasse membership, UDB admission/completed education/institution contact), once per event id",
  options: {
    municipality: { type: 'string', value: 'NNN', help: 'CPR flytning: the new municipality' },
    jobcentre: { type: 'string', value: 'NNNNN', help: 'CPR flytning: the new jobcentre' },
    'new-cpr': { type: 'string', value: 'CPR', help: 'CPR personnummerskift: the new number' },
    akasse: { type: 'string', value: 'CODE', help: 'AKASSE: the a-kasse joined (or left)' },
    institution: { type: 'string', value: 'NNNNNN', help: "UDB: the institution's number (STIL)" },
    contact: { type: 'string', value: 'NAME', help: 'UDB institutionskontakt: the contact at the institution' },
  },
  async run(input) {
    const event = feedEventOf(input);
    const { applyFeedEvent } = await import('../../app/feeds/feedEvents.ts');
    const a = await applyFeedEvent(await input.db(), clockOf(input.config), event);
    console.log(
      `feed-event ${event.source} ${event.eventId}: ${a.changed ? 'changed' : 'unchanged'}, ${a.cpr}: ${a.effects.join('; ')}`,
    );
    return 0;
  },
};
