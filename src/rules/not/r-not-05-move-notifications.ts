// R-NOT-05 — 004 §1.2: when a citizen with an open contract under the Integration Act (no end date, or one
// after the move) moves municipality, PersonNotificationService gets a move notification for both the jobcentre
// moved from and the one moved to, whether or not the citizen is in a contact group; types 59–72 (C-09), best
// reading: the fraflytning type (even) to the old jobcentre, the tilflytning type (odd) to the new one.
// R-NOT-06 — 004 §1.2: if the citizen's contact group is closed at the time of the move, the type follows the
// latest contact group registration. Which contact groups belong to which category is known only for the
// Integration Act groups (docs/contract-decisions.md); otherwise the contract's category decides.
import {
  MoveCategory,
  type CprMove,
  type IntegrationContract,
  type MoveCategoryName,
} from '../../domain/personMove.ts';
import { OrganisationType, type CitizenState } from '../../domain/types.ts';
import { within } from '../../domain/dates.ts';
import type { RuleMeta } from '../engine.ts';

export const moveNotifications: RuleMeta = {
  id: 'R-NOT-05',
  title: 'A move of a citizen with an open Integration Act contract notifies the old and the new jobcentre',
  source: '004 §1.2',
  validFrom: '2022-03-14',
  validTo: null,
};

export const closedContactGroupType: RuleMeta = {
  id: 'R-NOT-06',
  title: 'With the contact group closed at the move, the type follows the latest contact group',
  source: '004 §1.2',
  validFrom: '2022-03-14',
  validTo: null,
};

/** Contact groups whose person category is known: the Integration Act groups [I]. */
const CATEGORY_OF_CONTACT_GROUP: Readonly<Record<number, MoveCategoryName>> = {
  27: 'selvforsoergedeUdlaendingeINL', // Selvforsørgelse- og hjemrejseydelsesmodtager efter INL
  29: 'indvandrereIIntroduktionsforloeb', // Overgangsydelsesmodtager INL
};

export interface MoveNotice {
  receiver: { organisationType: number; organisationCode: string };
  type: number;
}

export function openContract(contracts: readonly IntegrationContract[], date: string): IntegrationContract | null {
  return contracts.find((c) => c.startDate <= date && (c.endDate === null || c.endDate > date)) ?? null;
}

/** The category the notification types follow: the open contact group's, else (R-NOT-06) the latest closed one's, else the contract's. */
export function moveCategory(
  citizen: CitizenState,
  contract: IntegrationContract,
  date: string,
  latestClosedCounts: boolean,
): MoveCategoryName {
  const open = citizen.contactGroups.find((g) => within(date, g.startDate, g.endDate));
  const latest = [...citizen.contactGroups].sort((a, b) => a.startDate.localeCompare(b.startDate)).at(-1);
  const group = open ?? (latestClosedCounts ? latest : undefined);
  return (group && CATEGORY_OF_CONTACT_GROUP[group.contactGroup]) || contract.category;
}

/** The two notices of a move (nothing for a move within the jobcentre or without an open contract). */
export function moveNotices(
  citizen: CitizenState,
  contracts: readonly IntegrationContract[],
  move: CprMove,
  latestClosedCounts: boolean,
): MoveNotice[] {
  const contract = openContract(contracts, move.date);
  if (!contract || move.jobcenterCode === citizen.person.jobcenterCode) return [];
  const pair = MoveCategory[moveCategory(citizen, contract, move.date, latestClosedCounts)];
  return [
    {
      receiver: { organisationType: OrganisationType.Jobcenter, organisationCode: citizen.person.jobcenterCode },
      type: pair.out,
    },
    { receiver: { organisationType: OrganisationType.Jobcenter, organisationCode: move.jobcenterCode }, type: pair.in },
  ];
}
