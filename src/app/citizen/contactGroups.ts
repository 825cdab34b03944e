// A jobcentre's or municipality's registration of a contact group (PersonRegistrationService.CreateContactGroup).
import type { CitizenState, IsoDate } from '../../domain/types.ts';
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
  await placeInContactGroup(w, citizen, contactGroup, from);
}
