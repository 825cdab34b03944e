// The business date of every call comes from here, never from `new Date()` in a rule or handler.
// A fixed clock (configuration BUSINESS_DATE, or tests) sets the date while time of day runs on.
import { copenhagenDate, copenhagenDateTime } from './domain/dates.ts';
import type { IsoDate } from './domain/types.ts';

export interface Clock {
  today(): IsoDate;
  /** Now as xs:dateTime with offset; on a fixed clock the date part is the fixed business date. */
  nowDateTime(): string;
}

export const systemClock: Clock = {
  today: () => copenhagenDate(new Date()),
  nowDateTime: () => copenhagenDateTime(new Date()),
};

/** A clock whose business date can be set (configuration and tests). */
export class FixedClock implements Clock {
  constructor(private date: IsoDate) {}
  set(date: IsoDate): void {
    this.date = date;
  }
  today(): IsoDate {
    return this.date;
  }
  nowDateTime(): string {
    return this.date + copenhagenDateTime(new Date()).slice(10);
  }
}
