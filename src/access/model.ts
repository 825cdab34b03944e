// "Tilladte organisationer" (conventions.md §5): per operation, which organisation types may call
// it and for which citizens, and whether a citizen may call it on their own behalf (user type 1, D-123). Implemented columns: Alle borgere, Egne borgere, Tidligere egne borgere
// (a-kasse, with its day window). Gæsteadgang and Anden Aktør columns need guest-access grants and
// assignments, which no landed service registers yet: no operation here declares them.
import { addDays, within } from '../domain/dates.ts';
import { OrganisationType, type CitizenState, type IsoDate } from '../domain/types.ts';
import { fault, type DfdgFault, type FaultName } from '../faults/catalogue.ts';
import { akasseMayReadTidligPension, currentAkasse } from '../rules/index.ts';

export type Scope =
  | { kind: 'alle' }
  | { kind: 'egne' }
  /** A-kasse: from `daysBefore` days before membership starts to `daysAfter` days after it ends. */
  | { kind: 'tidligereEgne'; daysBefore: number; daysAfter: number }
  /** A-kasse, Tidlig pension (R-AK-18): current members, and former ones for 3½ years after the membership ended
   *  unless the citizen has joined another a-kasse since. */
  | { kind: 'tidligPensionLaesere' };

export const alle: Scope = { kind: 'alle' };
export const egne: Scope = { kind: 'egne' };
export const tidligereEgne = (daysBefore: number, daysAfter: number): Scope => ({
  kind: 'tidligereEgne',
  daysBefore,
  daysAfter,
});

/** R-AK-18's reach for an a-kasse (GetTidligPension). */
export const tidligPensionLaesere: Scope = { kind: 'tidligPensionLaesere' };

/** 'Virksomhed': a company calling through JobAG (organisation type 24, its CVR as code); no citizen scope. */
/** 'UDK': Udbetaling Danmark (organisation type 30, ours: D-211); no citizen scope of its own. */
export type OrganisationRow = 'STAR' | 'AKasse' | 'Jobcenter' | 'Kommune' | 'Virksomhed' | 'UDK';

export interface AccessDeclaration<Req> {
  /** One row per organisation type that may call; absent rows are refused with 4575. */
  readonly allowed: Partial<Record<OrganisationRow, readonly Scope[]>>;
  /** The CPR of the citizen the request concerns; null for operations about no citizen (the caller's
   *  own WSRM queue, say), where the organisation row is the whole access check. */
  readonly citizen: ((request: Req, headerCpr: string | null) => string) | null;
  /** The fault for a CPR DFDG does not know: 1010 unless the service documents another (8111, JCSS v10). */
  readonly unknownCitizen?: FaultName;
  /** The citizen's own self-service (Jobnet): user type 1 may call, about the citizen named by UserIdentifier
   *  only. Absent: user type 1 is refused with 4575, whatever the organisation (D-123). */
  readonly selfService?: SelfService;
}

/** How an operation serves the citizen acting for themself (RequestUserTypeIdentifier 1, conventions.md §1.3). */
export interface SelfService {
  /** The fault for a citizen user asking about another CPR; 4922 unless the operation documents its own. */
  readonly otherCitizen: FaultName;
  /** The request names the citizen by another key than a CPR (GetVacationState's CV customer number): the
   *  application finds them and checks they are the user's own with `checkSelfServiceCitizen` (D-152). */
  readonly citizenFoundByApplication?: boolean;
}

/** RequestUserTypeIdentifier 1 'Citizen' (conventions.md §1.3 [F]). */
export const CITIZEN_USER_TYPE = 1;

/** The declaration's self-service: a citizen user, about their own CPR only (4922 for another's). */
export const selfService = (otherCitizen: FaultName = 'PersonAccessNotAllowed'): SelfService => ({ otherCitizen });

/** Self-service about a citizen the application finds from the request (by CV customer number, say). */
export const selfServiceFoundByApplication = (otherCitizen: FaultName = 'PersonAccessNotAllowed'): SelfService => ({
  otherCitizen,
  citizenFoundByApplication: true,
});

/** A citizen user (type 1) acts about their own CPR only: `self.otherCitizen` for another's. */
export function checkSelfServiceCitizen(self: SelfService, user: CallingUser, cpr: string): void {
  if (user.userType === CITIZEN_USER_TYPE && cpr !== user.userIdentifier)
    throw fault(self.otherCitizen, 'a citizen user acts about their own CPR only');
}

const ROW_OF_TYPE: Record<number, OrganisationRow> = {
  [OrganisationType.STAR]: 'STAR',
  [OrganisationType.AKasse]: 'AKasse',
  [OrganisationType.Jobcenter]: 'Jobcenter',
  [OrganisationType.Kommune]: 'Kommune',
  [OrganisationType.Virksomhed]: 'Virksomhed',
  [OrganisationType.UDK]: 'UDK',
};

export interface Caller {
  organisationType: number;
  organisationCode: string;
}

/** The acting user (RequestUserMetadataHeader). */
export interface CallingUser {
  userType: number;
  userIdentifier: string;
}

/** The operation-level check, before any citizen is looked at: 4575 for an organisation type without a row. */
export function checkOrganisationAllowed(declaration: AccessDeclaration<unknown>, caller: Caller): void {
  const row = ROW_OF_TYPE[caller.organisationType];
  if (!row || !declaration.allowed[row])
    throw fault('NotAuthorized', `organisation type ${caller.organisationType} may not call this operation`);
}

/**
 * The user-type check, before any citizen is looked at: a citizen user (type 1) only on an operation declared
 * self-service and only about the CPR in UserIdentifier; caseworker, system and employee users (2–4) as the
 * organisation rows say. `cpr` is the citizen the request names (null when it names none).
 */
export function checkUserAllowed(declaration: AccessDeclaration<unknown>, user: CallingUser, cpr: string | null): void {
  if (user.userType !== CITIZEN_USER_TYPE) return;
  const self = declaration.selfService;
  if (self && cpr === null && self.citizenFoundByApplication) return;
  if (!self || cpr === null)
    throw fault('NotAuthorized', 'user type 1 (citizen) may not call this operation: it is not self-service');
  checkSelfServiceCitizen(self, user, cpr);
}

/** The citizen-level check: passes when one of the caller's scopes covers the citizen, else the DFDG fault for the caller's type. */
export function checkCitizenAccess(
  declaration: AccessDeclaration<unknown>,
  caller: Caller,
  state: CitizenState,
  businessDate: IsoDate,
): void {
  const row = ROW_OF_TYPE[caller.organisationType]!;
  const scopes = declaration.allowed[row] ?? [];
  if (scopes.some((scope) => covers(scope, row, caller.organisationCode, state, businessDate))) return;
  throw refusal(row, caller.organisationCode, state, businessDate);
}

function covers(scope: Scope, row: OrganisationRow, code: string, state: CitizenState, date: IsoDate): boolean {
  switch (scope.kind) {
    case 'alle':
      return true;
    case 'egne':
      return isOwnCitizen(row, code, state, date);
    case 'tidligereEgne':
      return (
        row === 'AKasse' &&
        state.memberships.some(
          (m) =>
            m.akasseCode === code &&
            within(
              date,
              addDays(m.startDate, -scope.daysBefore),
              m.endDate === null ? null : addDays(m.endDate, scope.daysAfter),
            ),
        )
      );
    case 'tidligPensionLaesere':
      return row === 'AKasse' && akasseMayReadTidligPension(state, code, date);
  }
}

/** "Egne borgere": attached to the authority in ActiveOrganisationHeader (jobcentre/municipality by residence, a-kasse by membership). */
export function isOwnCitizen(row: OrganisationRow, code: string, state: CitizenState, date: IsoDate): boolean {
  switch (row) {
    case 'Jobcenter':
      return state.person.jobcenterCode === code;
    case 'Kommune':
      return state.person.municipalityCode === code;
    case 'AKasse':
      return currentAkasse(state, date) === code;
    case 'STAR':
      return true;
    case 'Virksomhed':
    case 'UDK':
      return false; // a company has no citizens of its own; UDK reads and reports for all citizens (alle)
  }
}

function refusal(row: OrganisationRow, code: string, state: CitizenState, date: IsoDate): DfdgFault {
  switch (row) {
    case 'Jobcenter':
      return fault('NotOwnJobcenterCitizen');
    case 'AKasse':
      return currentAkasse(state, date) === null
        ? fault('NotMemberOfUnemploymentFund', `the citizen is not a member of an a-kasse on ${date}`)
        : fault('MemberOfOtherUnemploymentFund', `the citizen is not a member of a-kasse ${code} on ${date}`);
    default:
      return fault('NotAuthorized');
  }
}
