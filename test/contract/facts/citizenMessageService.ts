// Facts of CitizenMessageService (conventions.md S42) from STAR's stored pages: CitizenMessageService (Version 2,
// 2024-2 and 2023-4, starwiki FYS 4593319938 / 4119200046) for CreateMessage's FromUser, and (Version 2, 2020-1,
// ISB 1432682498) for GetCitizenMessageDocument; release-rules.md for codelist C-04.
import { access, codelistHas, cpr, el, fault, guid, op, type Fact } from './model.ts';

const S42 = 'conventions.md S42; starwiki FYS 4593319938';
const V2020 = 'starwiki ISB 1432682498 (CitizenMessageService Version 2, 2020-1)';
const CMS = 'CitizenMessageService';
const FROM = 'CreateMessageRequest/FromUser';

export const citizenMessageFacts: Fact[] = [
  { id: 'CM-01', source: S42, confidence: 'F', fact: 'CreateMessage', check: op(CMS, 'CreateMessage') },
  {
    id: 'CM-02',
    source: S42,
    confidence: 'F',
    fact: 'FromUser: CitizenMessageUserType, 1',
    check: el(FROM, { type: 'CitizenMessageUserType', occurs: '1' }),
  },
  {
    id: 'CM-03',
    source: S42,
    confidence: 'F',
    fact: 'FromUser/UserTypeIdentifier 1',
    check: el(`${FROM}/UserTypeIdentifier`, { occurs: '1' }),
  },
  {
    id: 'CM-04',
    source: S42,
    confidence: 'F',
    fact: 'FromUser/UserIdentifier string 1',
    check: el(`${FROM}/UserIdentifier`, { base: 'string', occurs: '1' }),
  },
  {
    id: 'CM-05',
    source: S42,
    confidence: 'F',
    fact: 'FromUser/FullName string 1',
    check: el(`${FROM}/FullName`, { base: 'string', occurs: '1' }),
  },
  {
    id: 'CM-06',
    source: S42,
    confidence: 'F',
    fact: 'FromUser/Company CitizenMessageCompanyType 0-1',
    check: el(`${FROM}/Company`, { type: 'CitizenMessageCompanyType', occurs: '0-1' }),
  },
  {
    id: 'CM-07',
    source: S42,
    confidence: 'F',
    fact: 'Company/CompanyIdentifier/ProductionUnitIdentifier length 10, 0-1',
    check: el(`${FROM}/Company/CompanyIdentifier/ProductionUnitIdentifier`, { occurs: '0-1', facets: { length: 10 } }),
  },
  {
    id: 'CM-08',
    source: S42,
    confidence: 'F',
    fact: 'Company/CompanyIdentifier/CVRnumberIdentifier length 8, 1',
    check: el(`${FROM}/Company/CompanyIdentifier/CVRnumberIdentifier`, { occurs: '1', facets: { length: 8 } }),
  },
  {
    id: 'CM-09',
    source: S42,
    confidence: 'F',
    fact: 'Company/CompanyContactIdentifier guid 1',
    check: guid(`${FROM}/Company/CompanyContactIdentifier`),
  },
  {
    id: 'CM-10',
    source: S42,
    confidence: 'F',
    fact: 'FromUser/OrganisationTypeIdentifier 1',
    check: el(`${FROM}/OrganisationTypeIdentifier`, { occurs: '1' }),
  },
  {
    id: 'CM-11',
    source: V2020,
    confidence: 'F',
    fact: 'GetCitizenMessageDocument',
    check: op(CMS, 'GetCitizenMessageDocument'),
  },
  {
    id: 'CM-12',
    source: V2020,
    confidence: 'F',
    fact: 'GetCitizenMessageDocumentRequest/PersonCivilRegistrationIdentifier 1',
    check: cpr('GetCitizenMessageDocumentRequest/PersonCivilRegistrationIdentifier'),
  },
  {
    id: 'CM-13',
    source: V2020,
    confidence: 'F',
    fact: 'GetCitizenMessageDocumentRequest/CitizenMessageDocumentIdentifier guid 1',
    check: guid('GetCitizenMessageDocumentRequest/CitizenMessageDocumentIdentifier'),
  },
  {
    id: 'CM-14',
    source: V2020,
    confidence: 'F',
    fact: 'GetCitizenMessageDocumentResponse/CitizenMessageDocument base64Binary 1',
    check: el('GetCitizenMessageDocumentResponse/CitizenMessageDocument', { occurs: '1' }),
  },
  {
    id: 'CM-15',
    source: V2020,
    confidence: 'F',
    fact: 'GetCitizenMessageDocument: A-kasse egne, JobCenter egne, Kommune egne, STAR alle',
    check: access(CMS, 'GetCitizenMessageDocument', {
      AKasse: ['egne'],
      Jobcenter: ['egne'],
      Kommune: ['egne'],
      STAR: ['alle'],
    }),
  },
  {
    id: 'CM-16',
    source: V2020,
    confidence: 'F',
    fact: '4589 Unknown identifier',
    check: fault(4589, 'Unknown identifier'),
  },
  {
    id: 'CM-17',
    source: 'release-rules.md C-04',
    confidence: 'F',
    fact: 'Dialog message types 1–12',
    check: codelistHas('dialog-message-types.json', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  },
];
