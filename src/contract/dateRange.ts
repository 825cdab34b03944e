// The dates a request may carry: years 1900 to 2099, in every xs:date and xs:dateTime of every request, checked
// once where the contract is read (./xmlReader.ts), so no operation meets year 10000 (a RangeError, 1011) or
// year 1 (accepted and notified) (issue 12, defect 9; D-143). XSD allows any year; DFDG's data is of living
// people and current registrations, and .NET's DateTime, which DFDG's WCF services read dates into, ends at 9999.
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;

/** The refusal for a date whose year is outside FIRST_YEAR–LAST_YEAR, or null; `name` is the element's. */
export function dateOutOfRange(name: string, lexical: string): string | null {
  const m = /^\s*(-?)(\d{4,})-/.exec(lexical);
  if (!m) return null; // not a date: the schema validation has refused it already
  const year = (m[1] ? -1 : 1) * Number(m[2]);
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return null;
  return `${name} ${lexical.trim().slice(0, 40)}: the year must be from ${FIRST_YEAR} to ${LAST_YEAR}`;
}
