// R-BAT-14 — 000 §3.2 (intended since 2023-1, effective with UDB's new interface version in release 2023-4): a
// new UDB subscription takes effect from the young person's 15th birthday, so UDB shows events from before the
// education plan (FGU, STU). Before the release a subscription took effect from the day it was taken out. The
// one-off close-and-reopen at the 2023-4 go-live is not replayed (nothing here predates it, D-290).
import { birthdayOfAge } from '../../domain/dates.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { RuleMeta } from '../engine.ts';
import { RELEASE_2023_4 } from '../oth/r-oth-01-asylovergivelse-service.ts';

export const udbFrom15thBirthday: RuleMeta = {
  id: 'R-BAT-14',
  title: 'UDB subscriptions take effect from the 15th birthday',
  source: '000 §3.2',
  validFrom: RELEASE_2023_4,
  validTo: null,
};

export const UDB_START_AGE = 15;

export const udbFifteenthBirthday = (birthDate: IsoDate): IsoDate => birthdayOfAge(birthDate, UDB_START_AGE);
