// R-AK-13 — 000 §7.1 (one-off conversion at the go-live of release 2023-4): NUPHs with an event date of 1 Jan 2002
// or later were converted to the new model; older ones were not.
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';

export const convertedNuphs: RuleMeta = {
  id: 'R-AK-13',
  title: 'Old NUPHs with an event date from 1 Jan 2002 were converted to the new model',
  source: '000 §7.1',
  validFrom: null,
  validTo: null,
};

export const FIRST_CONVERTED_EVENT_DATE = '2002-01-01';

export const convertible = (eventDate: IsoDate): boolean => eventDate >= FIRST_CONVERTED_EVENT_DATE;
