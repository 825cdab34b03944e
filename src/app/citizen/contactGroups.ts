// A jobcentre's or municipality's registration of a contact group (PersonRegistrationService.CreateContactGroup):
// a valid contact group (4675) that no active absence rules out (4645: absence 77 and contact group 12, R-ABS-02).
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { absence77ConflictingWithContactGroup } from '../../rules/index.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { placeInContactGroup } from './contactGroupChange.ts';

export async function registerContactGroup(
  w: WriteContext,
  citizen: CitizenState,
  contactGroup: number,
  from: IsoDate,
): Promise<void> {
  requireCodeListValue(
    'contact-groups',
    contactGroup,
    w.businessDate,
    'ContactGroupTypeIdentifier',
    'ContactGroupInvalid',
  );
  const conflicting = absence77ConflictingWithContactGroup(citizen, contactGroup, from);
  if (conflicting) throw fault('AbsenceConflictsWithContactGroup', `absence ${conflicting.id} (type 77, R-ABS-02)`);
  await placeInContactGroup(w, citizen, contactGroup, from);
}
