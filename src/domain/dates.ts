// Calendar-date arithmetic on 'YYYY-MM-DD' strings. Lexical order equals date order, so
// comparisons are plain string comparisons; arithmetic goes through UTC midnight.
import type { IsoDate } from './types.ts';

const DAY_MS = 86_400_000;

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(date + 'T00:00:00Z') + days * DAY_MS).toISOString().slice(0, 10);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(date + 'T00:00:00Z');
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY_MS);
}

/** True when `date` lies in [start, end] (end null = open-ended). */
export function within(date: IsoDate, start: IsoDate, end: IsoDate | null): boolean {
  return date >= start && (end === null || date <= end);
}

/** True when the closed periods [aStart, aEnd] and [bStart, bEnd] share a day (null end = open). */
export function overlaps(aStart: IsoDate, aEnd: IsoDate | null, bStart: IsoDate, bEnd: IsoDate | null): boolean {
  return (aEnd === null || bStart <= aEnd) && (bEnd === null || aStart <= bEnd);
}

/** The Danish calendar date of an xs:dateTime lexical value (with or without offset). */
export function calendarDateOf(dateTime: string): IsoDate {
  const m = /^(-?\d{4,}-\d{2}-\d{2})(T(\d{2}):(\d{2}):(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(dateTime.trim());
  if (!m) throw new RangeError(`not an xs:date or xs:dateTime: ${dateTime}`);
  if (!m[2] || !m[7]) return m[1]!; // no time or no offset: the value is already local
  return copenhagenDate(new Date(dateTime));
}

/** The Danish wall-clock time 'YYYY-MM-DDTHH:MM' of an xs:dateTime (with or without offset). */
export function wallClockOf(dateTime: string): string {
  const m = /^(-?\d{4,}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(dateTime.trim());
  if (!m) throw new RangeError(`not an xs:dateTime: ${dateTime}`);
  if (!m[5]) return `${m[1]}T${m[2]}`; // no offset: already local
  return copenhagenLocal(new Date(dateTime)).toISOString().slice(0, 16);
}

/** The calendar date in Copenhagen at instant `at`. */
export function copenhagenDate(at: Date): IsoDate {
  return copenhagenLocal(at).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value + 'T00:00:00Z'));
}

const copenhagenOffsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  timeZoneName: 'longOffset',
});
const HOUR_MS = 3_600_000;
/** Offset (minutes) per UTC hour: Danish DST changes on a whole UTC hour, so the hour is an exact cache key. */
const offsetByUtcHour = new Map<number, number>();

function copenhagenOffsetMinutes(at: Date): number {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    const name = copenhagenOffsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
    offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    if (offsetByUtcHour.size > 10_000) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

/** The instant shifted so its UTC fields read as Copenhagen wall-clock time. */
function copenhagenLocal(at: Date): Date {
  return new Date(at.getTime() + copenhagenOffsetMinutes(at) * 60_000);
}

/** An xs:dateTime in Copenhagen local time with its offset, e.g. 2024-01-15T10:04:05.123+01:00. */
/** The instant an xs:dateTime with offset names, in epoch milliseconds (a call's `now`, a hold's end). */
export const instantOf = (dateTime: string): number => Date.parse(dateTime);

/** The last instant formatted and its text: the requests of one millisecond (a busy moment has dozens) share it. */
let lastInstant = Number.NaN;
let lastText = '';

export function copenhagenDateTime(at: Date): string {
  const instant = at.getTime();
  if (instant === lastInstant) return lastText;
  const minutes = copenhagenOffsetMinutes(at);
  const local = new Date(instant + minutes * 60_000).toISOString().slice(0, 23);
  const abs = Math.abs(minutes);
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  lastInstant = instant;
  lastText = local + offset;
  return lastText;
}

/** A calendar date as the xs:dateTime DFDG's dateTime fields carry: local midnight without offset. */
export function asLocalDateTime(date: IsoDate): string {
  return `${date}T00:00:00`;
}

/** The day a person born on `birthDate` turns `years` old; born 29 February, 1 March in a year without one (D-248). */
export function birthdayOfAge(birthDate: IsoDate, years: number): IsoDate {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y + years, m - 1, d));
  return at.toISOString().slice(0, 10);
}
