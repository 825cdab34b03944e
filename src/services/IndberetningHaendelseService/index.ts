// Indberetning.HaendelseService (Version 1) [I]: the inbound feeds as SOAP operations (D-242) — CPR's events
// (IndberetCprHaendelse), KY's 'Ydelse er givet' (IndberetYdelseGivet) and the a-kasser's membership changes
// (IndberetAkassemedlemskab). Each maps its request to a FeedEvent and hands it to src/app/feeds (one
// processing per HaendelseIdentifier; a repeat is answered as the first). Callers (D-242): CPR's events come
// through STAR; KY's through STAR or a kommune (KY serves every municipality: alle); membership changes through
// STAR or an a-kasse (about any citizen, as MembershipRegistration: a new member is nobody's own yet; an
// a-kasse reports its own fund's members only, 5185); Ungedatabasen's events (IndberetUddannelseshaendelse) come
// through STAR, as CPR's do (D-289). The citizen is found by the application, not by the
// declaration: the event is DFDG's own processing, so a repeated death report is answered, not refused (4405).
import { alle } from '../../access/model.ts';
import { processFeedEvent } from '../../app/feeds/feedEvents.ts';
import type { HaendelseSvarType } from '../../contract/generated/types.ts';
import type { CprEvent, FeedAnswer, MembershipEvent } from '../../domain/feedEvent.ts';
import type { UdbEvent } from '../../domain/udb.ts';
import { fault } from '../../faults/catalogue.ts';
import type { IndberetningHaendelseServiceOperations } from '../generated/operations.ts';

const CPR_KIND: Record<string, CprEvent['kind']> = {
  Flytning: 'flytning',
  Personnummerskift: 'personnummerskift',
  Udrejse: 'udrejse',
  Forsvundet: 'forsvundet',
  Doedsfald: 'doedsfald',
};
const MEMBERSHIP_KIND: Record<string, MembershipEvent['kind']> = {
  Indmeldelse: 'indmeldelse',
  Overflytning: 'overflytning',
  Udmeldelse: 'udmeldelse',
};

const answer = (eventId: string, a: FeedAnswer): HaendelseSvarType => ({
  HaendelseIdentifier: eventId,
  Personnummer: a.cpr,
  Aendret: a.changed,
  Virkning: a.effects,
});

function required(value: string | undefined, element: string, kind: string): string {
  if (value === undefined) throw fault('EventElementMissing', `${kind} needs ${element}`);
  return value;
}

function cprEvent(
  kind: string,
  date: string,
  r: { KommuneKode?: string; JobcenterKode?: string; NytPersonnummer?: string },
): CprEvent {
  const k = CPR_KIND[kind]!;
  switch (k) {
    case 'flytning':
      return {
        kind: k,
        date,
        municipalityCode: required(r.KommuneKode, 'KommuneKode', kind),
        jobcenterCode: required(r.JobcenterKode, 'JobcenterKode', kind),
      };
    case 'personnummerskift':
      return { kind: k, date, newCpr: required(r.NytPersonnummer, 'NytPersonnummer', kind) };
    default:
      return { kind: k, date };
  }
}

function udbEvent(kind: string, date: string, institutionNumber: string, contactName: string | undefined): UdbEvent {
  switch (kind) {
    case 'Optagelse':
      return { kind: 'optagelse', date, institutionNumber };
    case 'Gennemfoert':
      return { kind: 'gennemfoert', date, institutionNumber };
    default:
      return {
        kind: 'institutionskontakt',
        date,
        institutionNumber,
        contactName: required(contactName, 'Kontaktnavn', kind),
      };
  }
}

export const operations: IndberetningHaendelseServiceOperations = {
  IndberetCprHaendelse: {
    kind: 'write',
    access: { allowed: { STAR: [alle] }, citizen: null },
    async handle(req, call) {
      const event = cprEvent(req.Haendelsestype, req.Haendelsesdato, req);
      const a = await processFeedEvent(call.write, {
        source: 'CPR',
        eventId: req.HaendelseIdentifier,
        cpr: req.Personnummer,
        event,
      });
      return answer(req.HaendelseIdentifier, a);
    },
  },
  IndberetYdelseGivet: {
    kind: 'write',
    access: { allowed: { STAR: [alle], Kommune: [alle] }, citizen: null },
    async handle(req, call) {
      const a = await processFeedEvent(call.write, {
        source: 'KY',
        eventId: req.HaendelseIdentifier,
        cpr: req.Personnummer,
        event: { kind: 'ydelseGivet', date: req.Ydelsesdato },
      });
      return answer(req.HaendelseIdentifier, a);
    },
  },
  IndberetUddannelseshaendelse: {
    kind: 'write',
    access: { allowed: { STAR: [alle] }, citizen: null },
    async handle(req, call) {
      const a = await processFeedEvent(call.write, {
        source: 'UDB',
        eventId: req.HaendelseIdentifier,
        cpr: req.Personnummer,
        event: udbEvent(req.Haendelsestype, req.Haendelsesdato, req.Institutionsnummer, req.Kontaktnavn),
      });
      return answer(req.HaendelseIdentifier, a);
    },
  },
  IndberetAkassemedlemskab: {
    kind: 'write',
    access: { allowed: { STAR: [alle], AKasse: [alle] }, citizen: null },
    async handle(req, call) {
      const a = await processFeedEvent(call.write, {
        source: 'AKASSE',
        eventId: req.HaendelseIdentifier,
        cpr: req.Personnummer,
        event: { kind: MEMBERSHIP_KIND[req.Haendelsestype]!, date: req.Haendelsesdato, akasseCode: req.AkasseKode },
      });
      return answer(req.HaendelseIdentifier, a);
    },
  },
};
