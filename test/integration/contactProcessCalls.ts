// Request builders for the contact-process tests: a valid summons, offer and deadline with overrides, and
// fresh GUIDs, so each test states only what it is about.
import { randomUUID } from 'node:crypto';
import type soap from 'soap';

export const newId = () => randomUUID();

export interface SummonsFields {
  BookingIdentifier?: string;
  type?: number;
  start?: string;
  end?: string;
  contactType?: number;
  formType?: number;
  extra?: Record<string, unknown>;
}

/** An IndkaldelseType: an individual meeting in person, no rebooking, cancellation possible. */
export function indkaldelse(f: SummonsFields = {}): Record<string, unknown> {
  return {
    BookingIdentifier: f.BookingIdentifier ?? newId(),
    ReBookingPossible: false,
    CancellationPossible: true,
    CompulsoryAttendance: true,
    BookingStartTime: f.start ?? '2024-03-20T10:00:00+01:00',
    ...(f.end ? { BookingEndTime: f.end } : {}),
    InterviewTypeIdentifier: f.type ?? 7,
    InterviewFormTypeIdentifier: f.formType ?? 1,
    InterviewContactTypeIdentifier: f.contactType ?? 1,
    InterviewTitle: 'Jobsamtale',
    ...f.extra,
  };
}

/** Creates a summons and returns its id. */
export async function summon(c: soap.Client, cpr: string, f: SummonsFields = {}): Promise<string> {
  const body = indkaldelse(f);
  await c.CreateIndkaldelseAsync({ PersonCivilRegistrationIdentifier: cpr, Indkaldelse: body });
  return body.BookingIdentifier as string;
}

export async function getSummons(c: soap.Client, cpr: string, id: string): Promise<Record<string, any>> {
  const [res] = await c.GetIndkaldelseAsync({ PersonCivilRegistrationIdentifier: cpr, BookingIdentifier: id });
  return res.IndkaldelseInfo;
}

/** A Moedetilbud (InterviewOption) with `slots` meeting times on 20 March 2024 (10:00, 11:00, …). */
export function moedetilbud(type: number, slots = 2, extra: Record<string, unknown> = {}) {
  const times = Array.from({ length: slots }, (_, i) => ({
    MoedetidId: newId(),
    BookingStartTime: `2024-03-20T${String(10 + i).padStart(2, '0')}:00:00+01:00`,
    BookingEndTime: `2024-03-20T${String(10 + i).padStart(2, '0')}:45:00+01:00`,
  }));
  return {
    InterviewOptionIdentifier: newId(),
    InterviewTypeIdentifier: type,
    InterviewFormTypeIdentifier: 1,
    InterviewContactTypeIdentifierCollection: { InterviewContactTypeIdentifier: [1] },
    MoedeTitel: 'Jobsamtale i jobcentret',
    ReBookingPossible: true,
    CancellationPossible: true,
    Moedetider: { Moedetid: times },
    ...extra,
  };
}

/** A Frist for `type` from `start` to `end`, to be held by two weeks after. */
export function frist(type: number, start: string, end: string, limit = '2024-04-30') {
  return {
    FristId: newId(),
    InterviewTypeIdentifier: type,
    InterviewDeadlineStartDate: start,
    InterviewDeadlineDate: end,
    InterviewDateLimit: limit,
  };
}

/** The values of a node-soap result list that may be a single object or absent. */
export const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
