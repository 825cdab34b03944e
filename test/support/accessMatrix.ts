// The cross-tenant access matrix, generated from the access declarations of every served operation
// (src/services/<Service>/index.ts): the table pinned in docs/access-matrix.md, and what each cell of the SOAP
// run (test/integration/accessMatrix.test.ts) must answer — every operation × every organisation type × the
// caller's own citizen or another's, and a citizen user (type 1) about themself or someone else. A new operation
// gets its row and its cells from its declaration; a loosened declaration changes the table, which no longer
// matches the pinned one.
import type { AccessDeclaration, OrganisationRow, Scope } from '../../src/access/model.ts';
import { faults, type FaultName } from '../../src/faults/catalogue.ts';
import { services } from '../../src/services/index.ts';
import type { Caller } from './soapHarness.ts';

export interface MatrixOperation {
  service: string;
  operation: string;
  endpointPath: string;
  soapAction: string;
  access: AccessDeclaration<unknown>;
}

/** Every operation the facade serves, with its declaration. */
export const matrixOperations = (): MatrixOperation[] =>
  services.flatMap((s) =>
    s.descriptor.operations.map((op) => ({
      service: s.descriptor.name,
      operation: op.name,
      endpointPath: s.descriptor.endpointPath,
      soapAction: op.soapAction,
      access: s.operations[op.name]!.access as AccessDeclaration<unknown>,
    })),
  );

/** The callers of the matrix: one organisation of every type the facade knows, and a citizen acting for themself. */
export interface MatrixCaller {
  label: string;
  /** The declaration row this caller is judged by (null: no row can admit it, e.g. Anden Aktør, D-110). */
  row: OrganisationRow | null;
  caller: (ownCpr: string) => Caller;
  citizenUser: boolean;
}

export const MATRIX_CALLERS: readonly MatrixCaller[] = [
  { label: 'STAR', row: 'STAR', caller: () => ({ organisationType: 1, organisationCode: 'STAR' }), citizenUser: false },
  {
    label: 'A-kasse 81',
    row: 'AKasse',
    caller: () => ({ organisationType: 2, organisationCode: '81' }),
    citizenUser: false,
  },
  {
    label: 'Anden Aktør',
    row: null,
    caller: () => ({ organisationType: 4, organisationCode: '12345678' }),
    citizenUser: false,
  },
  {
    label: 'Kommune 101',
    row: 'Kommune',
    caller: () => ({ organisationType: 7, organisationCode: '101' }),
    citizenUser: false,
  },
  {
    label: 'Jobcenter 10100',
    row: 'Jobcenter',
    caller: () => ({ organisationType: 8, organisationCode: '10100' }),
    citizenUser: false,
  },
  {
    label: 'Virksomhed',
    row: 'Virksomhed',
    caller: () => ({
      organisationType: 24,
      organisationCode: '12345678',
      userType: 4,
      userIdentifier: 'jobag-12345678',
    }),
    citizenUser: false,
  },
  {
    label: 'UDK',
    row: 'UDK',
    caller: () => ({ organisationType: 30, organisationCode: 'UDK' }),
    citizenUser: false,
  },
  {
    label: 'citizen via Jobcenter 10100',
    row: 'Jobcenter',
    caller: (cpr) => ({ organisationType: 8, organisationCode: '10100', userType: 1, userIdentifier: cpr }),
    citizenUser: true,
  },
  {
    label: 'citizen via Jobnet (STAR)',
    row: 'STAR',
    caller: (cpr) => ({ organisationType: 1, organisationCode: 'JOBNET', userType: 1, userIdentifier: cpr }),
    citizenUser: true,
  },
];

/** The citizen a cell's request names: one the organisations of MATRIX_CALLERS call their own, or another. */
export type Whose = 'own' | 'other' | null;

/** A cell passes access (then the answer is success or a business fault), or is refused with an access fault. */
export type Expectation = { passes: true } | { passes: false; code: string };

/** Codes the access model answers; a passing cell must answer none of them (4922 and 4959 only when declared). */
export const ACCESS_CODES: ReadonlySet<string> = new Set(['4575', '4856', '4857', '6005']);
/** Codes of the steps before access (headers, validation, the CPR lookup): a cell answering one never reached
 *  the access check, so it proves nothing and fails. */
export const BEFORE_ACCESS_CODES: ReadonlySet<string> = new Set([
  '1001',
  '1010',
  '1014',
  '8173',
  '8174',
  '8232',
  '8233',
  '8234',
  '8235',
]);

const faultCode = (name: FaultName) => String(faults[name].code);
const refused = (name: FaultName): Expectation => ({ passes: false, code: faultCode(name) });

/**
 * What the declaration implies for a caller about the own or the other citizen: the own citizen is a member of
 * a-kasse 81 living in municipality 101 under jobcentre 10100; the other is a member of a-kasse 99 under
 * jobcentre 20100 (municipality 201), and was never 81's member.
 */
export function expectation(access: AccessDeclaration<unknown>, c: MatrixCaller, whose: Whose): Expectation {
  const scopes = c.row ? access.allowed[c.row] : undefined;
  if (!scopes) return refused('NotAuthorized');
  if (c.citizenUser) {
    // A self-service operation that names its citizen by another key (a CV number) leaves the own-CPR check to
    // the application: the access steps let the citizen user through.
    if (access.selfService?.citizenFoundByApplication && access.citizen === null) return { passes: true };
    if (!access.selfService || access.citizen === null) return refused('NotAuthorized');
    // The citizen user is the own citizen: a request about another CPR is refused before any other check.
    if (whose === 'other') return refused(access.selfService.otherCitizen);
  }
  if (access.citizen === null || whose === 'own' || scopes.some((s) => s.kind === 'alle')) return { passes: true };
  switch (c.row) {
    case 'AKasse':
      return refused('MemberOfOtherUnemploymentFund');
    case 'Jobcenter':
      return refused('NotOwnJobcenterCitizen');
    default:
      return refused('NotAuthorized');
  }
}

const scopeText = (s: Scope) =>
  s.kind === 'tidligereEgne'
    ? `tidligere egne ${s.daysBefore}/${s.daysAfter}`
    : s.kind === 'tidligPensionLaesere'
      ? 'egne, tidligere egne 3½ år uden nyt medlemskab (R-AK-18)'
      : s.kind;
const ROWS: readonly OrganisationRow[] = ['STAR', 'AKasse', 'Jobcenter', 'Kommune', 'Virksomhed', 'UDK'];

/** The declarations as a Markdown table, one row per operation (docs/access-matrix.md pins it). */
export function renderMatrix(ops: readonly MatrixOperation[]): string {
  const head = ['Operation', ...ROWS, 'Citizen user (type 1)', 'Citizen in request'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const op of ops) {
    const self = op.access.selfService;
    const cells = [
      `${op.service}.${op.operation}`,
      ...ROWS.map((r) => op.access.allowed[r]?.map(scopeText).join(', ') ?? '—'),
      self
        ? `own CPR${self.citizenFoundByApplication ? ' (found by the application)' : ''} (else ${faultCode(self.otherCitizen)})`
        : '—',
      op.access.citizen ? 'yes' : 'no',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}
