// A jobcentre's or municipality's registration of contact groups (PersonRegistrationService): CreateContactGroup
// opens one when none is open (4644 otherwise, visitation-absence.md §4.1), UpdateContactGroup ends the open one,
// so a move is an UpdateContactGroup followed by a CreateContactGroup.
import type { CitizenState, IsoDate } from '../../domain/types.ts';
import { fault } from '../../faults/catalogue.ts';
import { contactGroupEntryRules } from '../../rules/index.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';
import { placeInContactGroup, saveContactGroup } from './contactGroupChange.ts';

/** The contact group still open on `from` or later: without an end date, or ending on or after `from`. */
const openOn = (citizen: CitizenState, from: IsoDate) =>
  citizen.contactGroups.find((c) => c.endDate === null || c.endDate >= from);

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
  const open = openOn(citizen, from);
  if (open) throw fault('ContactGroupAlreadyOpen', `contact group ${open.contactGroup} from ${open.startDate}`);
  enforceRules(contactGroupEntryRules, { state: citizen, contactGroup, from }, w.businessDate);
  await placeInContactGroup(w, citizen, contactGroup, from);
}

/** Ends the citizen's open contact group `contactGroup` that started on `startDate` on `endDate` (8096 when there is no such open group or the end is before the start). */
export async function endContactGroup(
  w: WriteContext,
  citizen: CitizenState,
  contactGroup: number,
  startDate: IsoDate,
  endDate: IsoDate,
): Promise<void> {
  const group = citizen.contactGroups.find((c) => c.contactGroup === contactGroup && c.startDate === startDate);
  if (!group || group.endDate !== null)
    throw fault('ContactGroupCannotChange', `no open contact group ${contactGroup}`);
  if (endDate < startDate) throw fault('ContactGroupCannotChange', `end date ${endDate} before ${startDate}`);
  await saveContactGroup(w, citizen, { ...group, endDate });
}
