// DFDG codelists (conventions.md §7): integer ids, each with a name, an optional description and a
// closed-open validity [validFrom, validTo). The facade keeps its own snapshot in codelists/<name>.json
// (the CodeListService contract was not found); renames keep the earlier names in formerNames so a
// lookup on a past date returns the name valid then (R-ABS-03). Files are read once, on first use.
import { readFileSync } from 'node:fs';
import type { IsoDate } from './types.ts';

export type CodeListName =
  | 'absence-types'
  | 'absence-end-reasons'
  | 'contact-groups'
  | 'organisation-types'
  | 'user-types'
  | 'client-categories'
  | 'cancellation-reasons'
  | 'insurance-types'
  | 'unemployment-status'
  | 'person-notification-types'
  | 'interview-types'
  | 'deadline-statuses'
  | 'interview-contact-types'
  | 'meeting-group-types'
  | 'participation-choices'
  | 'booking-error-types'
  | 'joborder-statuses'
  | 'joborder-types'
  | 'joborder-handover-reasons'
  | 'placement-statuses'
  | 'person-contact-types'
  | 'dialog-message-types'
  | 'activation-types'
  | 'activity-health-types'
  | 'activity-social-types'
  | 'activity-course-categories'
  | 'sanction-reasons'
  | 'availability-assessment-types'
  | 'nuph-events'
  | 'nuph-answers'
  | 'person-categories';

export interface CodeListEntry {
  id: number;
  name: string;
  description: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** Where the value comes from: a seed section, or 'inferred (docs/contract-decisions.md)'. */
  source: string;
  /** Earlier names, each used until (not including) its validTo. */
  formerNames?: { name: string; validTo: IsoDate }[];
}

export type Validity = 'valid' | 'unknown' | 'expired' | 'notYetValid';

export interface CodeList {
  readonly name: CodeListName;
  entries(): readonly CodeListEntry[];
  entry(id: number): CodeListEntry | undefined;
  validity(id: number, date: IsoDate): Validity;
  /** The name the value carried on `date` (undefined for an unknown id). */
  nameOn(id: number, date: IsoDate): string | undefined;
}

interface CodeListFile {
  name: string;
  description: string;
  source: string;
  entries: CodeListEntry[];
}

const cache = new Map<CodeListName, CodeList>();

export function codeList(name: CodeListName): CodeList {
  let list = cache.get(name);
  if (!list) {
    list = load(name);
    cache.set(name, list);
  }
  return list;
}

function load(name: CodeListName): CodeList {
  const file = JSON.parse(
    readFileSync(new URL(`../../codelists/${name}.json`, import.meta.url), 'utf8'),
  ) as CodeListFile;
  const entries: readonly CodeListEntry[] = Object.freeze(file.entries.map(freezeEntry));
  const byId = new Map(entries.map((e) => [e.id, e]));

  return Object.freeze({
    name,
    entries: () => entries,
    entry: (id: number) => byId.get(id),
    validity(id: number, date: IsoDate): Validity {
      const e = byId.get(id);
      if (!e) return 'unknown';
      if (date < e.validFrom) return 'notYetValid';
      if (e.validTo !== null && date >= e.validTo) return 'expired';
      return 'valid';
    },
    nameOn(id: number, date: IsoDate): string | undefined {
      const e = byId.get(id);
      if (!e) return undefined;
      const former = (e.formerNames ?? [])
        .filter((f) => date < f.validTo)
        .sort((a, b) => (a.validTo < b.validTo ? -1 : 1))[0];
      return former?.name ?? e.name;
    },
  });
}

function freezeEntry(e: CodeListEntry): CodeListEntry {
  const formerNames = e.formerNames?.map((f) => Object.freeze({ ...f }));
  return Object.freeze({
    ...e,
    ...(formerNames ? { formerNames: Object.freeze(formerNames) as CodeListEntry['formerNames'] } : {}),
  });
}
