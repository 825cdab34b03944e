// What a citizen's move between municipalities touches: contracts under the Integration Act (integrationskontrakter,
// R-NOT-05/06), rehabilitation processes (rehabiliteringsforløb, R-NOT-03), and the move notifications
// (flyttebeskeder) PersonNotificationService hands out to jobcentres until they acknowledge them.
import type { IsoDate } from './types.ts';

/** The person categories of the move notification types (C-09), each a pair tilflytning (odd) / fraflytning (even). */
export const MoveCategory = {
  foertidspensionister: { in: 59, out: 60 },
  kompensationHandicappede: { in: 61, out: 62 },
  ungeUnder18: { in: 63, out: 64 },
  selvforsoergedeIkkeIBeskaeftigelse: { in: 65, out: 66 },
  selvforsoergedeUdlaendingeINL: { in: 67, out: 68 },
  indvandrereIIntroduktionsforloeb: { in: 69, out: 70 },
  beskaeftigede: { in: 71, out: 72 },
} as const;
export type MoveCategoryName = keyof typeof MoveCategory;

/** Who registered a contract or process over SOAP, and when (absent on the rows a scenario loaded). */
export interface Registration {
  registeredBy: { organisationType: number; organisationCode: string };
  registeredAt: string;
}

export interface IntegrationContract {
  id: string;
  cpr: string;
  /** The person category the contract is for (it decides the notification type when no contact group does). */
  category: MoveCategoryName;
  startDate: IsoDate;
  endDate: IsoDate | null;
  /** Borgerindsats.LetasylIntegrationslovService's registration; null or absent from a scenario. */
  registration?: Registration | null;
}

export interface RehabilitationProcess {
  id: string;
  cpr: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  /** Borgerindsats.RehabiliteringsforloebService's registration; null or absent from a scenario. */
  registration?: Registration | null;
}

export interface PersonNotification {
  id: string;
  cpr: string;
  receiver: { organisationType: number; organisationCode: string };
  /** PersonNotificationTypeIdentifier (codelists/person-notification-types.json). */
  type: number;
  eventDate: string;
  acknowledgedAt: string | null;
}

/** A change of municipality as CPR reports it. */
export interface CprMove {
  cpr: string;
  date: IsoDate;
  municipalityCode: string;
  jobcenterCode: string;
}
