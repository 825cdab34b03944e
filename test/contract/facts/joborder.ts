// Facts of ../shared/contracts/joborder.md: the CompanyRecruitment names, lengths and occurrences, the faults,
// the access rows found, the WSB types.
import { custom, rowsInclude, el, equal, fault, guid, op, type Fact } from './model.ts';
import { WSB } from '../../../src/outbox/webserviceMessage.ts';

const D = 'joborder.md';
const JOS = 'JobOrderService';
const CR = 'CreateCompanyRecruitmentRequest';
const ST = 'SetCompanyRecruitmentStatusRequest';
const CAND = 'UpdateCandidateOnCompanyRecruitmentRequest';

export const joborderFacts: Fact[] = [
  {
    id: 'JO-01',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CreateCompanyRecruitment',
    check: op(JOS, 'CreateCompanyRecruitment'),
  },
  {
    id: 'JO-02',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CreateCompanyRecruitmentRequest: CreateCompanyRecruitmentRequestType',
    check: el('CreateCompanyRecruitmentRequest', { type: 'CreateCompanyRecruitmentRequestType' }),
  },
  {
    id: 'JO-03',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CompanyRecruitmentIdentifier: guid, 0–1 (DFDG generates it when absent)',
    check: guid(`${CR}/CompanyRecruitmentIdentifier`, '0-1'),
  },
  {
    id: 'JO-04',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CompanyRecruitmentTitle: string 1–100, 0–1',
    check: el(`${CR}/CompanyRecruitmentTitle`, {
      base: 'string',
      occurs: '0-1',
      facets: { minLength: 1, maxLength: 100 },
    }),
  },
  {
    id: 'JO-05',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'ConceptUriDa: string 1–255, 0–1',
    check: el(`${CR}/ConceptUriDa`, { base: 'string', occurs: '0-1', facets: { minLength: 1, maxLength: 255 } }),
  },
  {
    id: 'JO-06',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'AliasIdentifier: guid, 0–1',
    check: guid(`${CR}/AliasIdentifier`, '0-1'),
  },
  {
    id: 'JO-07',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CompanyRecruitmentJobDescription: string 1–5000, 1',
    check: el(`${CR}/CompanyRecruitmentJobDescription`, {
      base: 'string',
      occurs: '1',
      facets: { minLength: 1, maxLength: 5000 },
    }),
  },
  {
    id: 'JO-08',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CompanyRecruitmentComment: string 1–2000, 0–1',
    check: el(`${CR}/CompanyRecruitmentComment`, {
      base: 'string',
      occurs: '0-1',
      facets: { minLength: 1, maxLength: 2000 },
    }),
  },
  {
    id: 'JO-09',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CompanyRecruitmentTypeIdentifier: CompanyRecruitmentTypeIdentifierType, 1',
    check: el(`${CR}/CompanyRecruitmentTypeIdentifier`, { type: 'CompanyRecruitmentTypeIdentifierType', occurs: '1' }),
    decision: 'D-11',
  },
  {
    id: 'JO-10',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CompanyRecruitmentStatusTypeIdentifier: CompanyRecruitmentStatusTypeIdentifierType, 1',
    check: el(`${CR}/CompanyRecruitmentStatusTypeIdentifier`, {
      type: 'CompanyRecruitmentStatusTypeIdentifierType',
      occurs: '1',
    }),
    decision: 'D-11',
  },
  {
    id: 'JO-11',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CompanyRecruitmentStartDate: date, 0–1',
    check: el(`${CR}/CompanyRecruitmentStartDate`, { base: 'date', occurs: '0-1' }),
  },
  {
    id: 'JO-12',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CompanyRecruitment fields are the documented ones: no invented required element (AntalStillinger required?)',
    check: el(`${CR}/AntalStillinger`, { occurs: '0-1' }),
  },
  {
    id: 'JO-13',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'Element order as documented: CompanyRecruitmentIdentifier first',
    check: custom(() => equal(firstChildName(CR), 'CompanyRecruitmentIdentifier')),
  },
  // §4.2 SetCompanyRecruitmentStatus
  {
    id: 'JO-14',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'SetCompanyRecruitmentStatus',
    check: op(JOS, 'SetCompanyRecruitmentStatus'),
  },
  {
    id: 'JO-15',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'SetCompanyRecruitmentStatusRequest: SetCompanyRecruitmentStatusRequestType',
    check: el(ST, { type: 'SetCompanyRecruitmentStatusRequestType' }),
  },
  {
    id: 'JO-16',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'CompanyRecruitmentIdentifier: guid, 1',
    check: guid(`${ST}/CompanyRecruitmentIdentifier`),
  },
  {
    id: 'JO-17',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'CompanyRecruitmentStatusTypeIdentifier, 1',
    check: el(`${ST}/CompanyRecruitmentStatusTypeIdentifier`, { occurs: '1' }),
  },
  {
    id: 'JO-18',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'CorrectionComment: string 1–1500, 0–1',
    check: el(`${ST}/CorrectionComment`, { base: 'string', occurs: '0-1', facets: { minLength: 1, maxLength: 1500 } }),
  },
  {
    id: 'JO-19',
    source: `${D} §4.2, §7`,
    confidence: 'F',
    fact: '9131 Invalid CodeListItemIdentifier',
    check: fault(9131, 'Invalid CodeListItemIdentifier'),
  },
  // §4.3 UpdateCandidateOnCompanyRecruitmentEvent
  {
    id: 'JO-20',
    source: `${D} §4.3`,
    confidence: 'F',
    fact: 'SOAP name UpdateCandidateOnCompanyRecruitmentEvent',
    check: op(JOS, 'UpdateCandidateOnCompanyRecruitmentEvent'),
  },
  {
    id: 'JO-21',
    source: `${D} §4.3`,
    confidence: 'F',
    fact: 'candidate update carries CompanyRecruitmentIdentifier',
    check: guid(`${CAND}/CompanyRecruitmentIdentifier`),
  },
  {
    id: 'JO-22',
    source: `${D} §4.3`,
    confidence: 'F',
    fact: 'candidate update carries PersonCivilRegistrationIdentifier (PersonCivilRegistrationIdentifierType)',
    check: el(`${CAND}/PersonCivilRegistrationIdentifier`, { type: 'PersonCivilRegistrationIdentifierType' }),
  },
  {
    id: 'JO-23',
    source: `${D} §4.3`,
    confidence: 'F',
    fact: 'CandidateRecruitmentStatusTypeIdentifier (CandidateRecruitmentStatusTypeIdentifierType)',
    check: el(`${CAND}/CandidateRecruitmentStatusTypeIdentifier`, {
      type: 'CandidateRecruitmentStatusTypeIdentifierType',
    }),
    decision: 'D-11',
  },
  {
    id: 'JO-24',
    source: `${D} §4.3`,
    confidence: 'F',
    fact: 'CandidateComment',
    check: el(`${CAND}/CandidateComment`),
  },
  { id: 'JO-25', source: `${D} §4.3`, confidence: 'F', fact: 'CandidateUrl', check: el(`${CAND}/CandidateUrl`) },
  {
    id: 'JO-26',
    source: `${D} §4.3, §8`,
    confidence: 'F',
    fact: 'UpdateJobordreFormidling access: A-kasse, Fagforbund, JobCenter (two columns), STAR (columns lost)',
    check: rowsInclude(JOS, 'UpdateCandidateOnCompanyRecruitment', ['AKasse', 'Jobcenter', 'STAR']),
  },
  // §4.4, §4.6
  {
    id: 'JO-27',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'GetCompanyJobcenterAffiliation (GetVirksomhedJobcenterTilknytning)',
    check: op(JOS, 'GetCompanyJobcenterAffiliation'),
  },
  {
    id: 'JO-28',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: "4353 The combination of CVR and PNR doesn't exists",
    check: fault(4353, "The combination of CVR and PNR doesn't exists"),
  },
  {
    id: 'JO-29',
    source: `${D} §4.5`,
    confidence: 'F',
    fact: 'GetJobordre read (GetCompanyRecruitment)',
    check: op(JOS, 'GetCompanyRecruitment'),
    decision: 'D-62',
  },
  {
    id: 'JO-30',
    source: `${D} §3`,
    confidence: 'F',
    fact: 'ConceptUriDa type length 1–255 (Text255Type)',
    check: el(`${CR}/ConceptUriDa`, { facets: { maxLength: 255 } }),
  },
  // §6 WSB
  {
    id: 'JO-31',
    source: `${D} §6.1`,
    confidence: 'F',
    fact: 'WSB Jobordre EntitetId 120001',
    check: custom(() => equal(WSB.Jobordre.entityId, 120001)),
  },
  {
    id: 'JO-32',
    source: `${D} §6.2`,
    confidence: 'I',
    fact: 'WSB Jobordreformidling EntitetId probably 120002',
    check: custom(() => equal(WSB.Jobordreformidling.entityId, 120002)),
  },
  {
    id: 'JO-33',
    source: `${D} §6.3`,
    confidence: 'F',
    fact: 'WSRM GetCompanyRecruitmentVersion4',
    check: op('WsrmMessageService', 'GetCompanyRecruitmentVersion4'),
  },
  {
    id: 'JO-34',
    source: `${D} §6.3`,
    confidence: 'I',
    fact: 'WSRM item WSRMMetadata: RegisteringAuthority 0–1',
    check: el('GetCompanyRecruitmentType/WSRMMetadata/RegisteringAuthority', { occurs: '0-1' }),
  },
  {
    id: 'JO-35',
    source: `${D} §4.1 (S6)`,
    confidence: 'I',
    fact: 'CompanyRecruitmentValidToDate: date',
    check: el(`${CR}/CompanyRecruitmentValidToDate`, { base: 'date' }),
  },
  {
    id: 'JO-36',
    source: `${D} §4.1 (S6)`,
    confidence: 'I',
    fact: 'CompanyRecruitmentProvider → CVRnumberIdentifier (8), ProductionUnitIdentifier (10)',
    check: el(`${CR}/CompanyRecruitmentProvider/CVRnumberIdentifier`, { facets: { length: 8 } }),
  },
];

import { findElement } from './model.ts';
function firstChildName(p: string): string | undefined {
  const r = findElement(p);
  return 'found' in r ? r.found.children?.[0]?.name : undefined;
}
