// DFDG refuses an authority's registration about a citizen who has died (4405, conventions.md §3); reads stay
// allowed. A step of its own in every authority write about a citizen (src/app/unitOfWork.ts).
import { within } from '../../domain/dates.ts';
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';

export function refuseWritesAboutDeceased(citizen: CitizenState, businessDate: IsoDate): void {
  const died = citizen.person.deceasedDate;
  if (died !== null && within(died, '0000-01-01', businessDate)) throw fault('PersonDead');
}
