// Facts of ../shared/contracts/notifications-wsrm-wsb.md: WsrmService, WsrmMessageService, WSRMMetadata,
// PersonNotificationService, the WSB types.
import { custom, cpr, el, equal, fault, guid, NS, op, type Fact } from './model.ts';
import { MAX_MESSAGES_PER_SEQUENCE } from '../../../src/outbox/wsrmQueue.ts';
import { ChangeType, IdentificationType, WSB } from '../../../src/outbox/webserviceMessage.ts';
import { contactGroupWsb } from '../../../src/outbox/registrationMessages.ts';
import { membershipCancellationMessage } from '../../../src/outbox/membershipCancellationMessage.ts';

const D = 'notifications-wsrm-wsb.md';
const WS = 'WsrmService';
const WMS = 'WsrmMessageService';
const PNS = 'PersonNotificationService';
const INV = 'CreateSequenceResponse/ServiceInventoryCollection/ServiceItem';
const META = 'GetAbsenceType/WSRMMetadata';
const PN = 'GetPersonNotificationResponse/PersonNotification';

export const notificationFacts: Fact[] = [
  {
    id: 'NT-01',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'WsrmService v3 (since 2016-4)',
    check: { kind: 'service', service: WS, version: '3' },
  },
  { id: 'NT-02', source: `${D} §3.1`, confidence: 'F', fact: 'CreateSequence', check: op(WS, 'CreateSequence') },
  { id: 'NT-03', source: `${D} §3.1`, confidence: 'F', fact: 'CloseSequence', check: op(WS, 'CloseSequence') },
  { id: 'NT-04', source: `${D} §3.1`, confidence: 'F', fact: 'TerminateSequence', check: op(WS, 'TerminateSequence') },
  {
    id: 'NT-05',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'SequenceAcknowledgement removed in v3',
    check: custom(() =>
      WsrmHas('SequenceAcknowledgement') ? { status: 'deviating', actual: 'present' } : { status: 'exact' },
    ),
  },
  {
    id: 'NT-06',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'at most 500 messages per pickup (CreateSequence)',
    check: custom(() => equal(MAX_MESSAGES_PER_SEQUENCE, 500)),
  },
  {
    id: 'NT-07',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'SubQueueIdentifier may be given (all other body elements may be NULL)',
    check: el('CreateSequence/SubQueueIdentifier', { occurs: '0-1' }),
  },
  {
    id: 'NT-08',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'CreateSequenceResponse children in http://docs.oasis-open.org/ws-rx/wsrm/200602',
    check: el('CreateSequenceResponse/Identifier', { ns: NS.wsrm }),
  },
  {
    id: 'NT-09',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'Identifier = a GUID (sequence id)',
    check: guid('CreateSequenceResponse/Identifier'),
  },
  {
    id: 'NT-10',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'ServiceInventoryCollection → repeated ServiceItem',
    check: el(INV, { ns: NS.wsrm, occurs: '0-*' }),
  },
  {
    id: 'NT-11',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'ServiceItem/ServiceName',
    check: el(`${INV}/ServiceName`, { ns: NS.wsrm, base: 'string' }),
  },
  {
    id: 'NT-12',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'ServiceItem/ServiceEndpoint',
    check: el(`${INV}/ServiceEndpoint`, { ns: NS.wsrm }),
  },
  {
    id: 'NT-13',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'ServiceItem/MessageCount (a number)',
    check: el(`${INV}/MessageCount`, { ns: NS.wsrm, base: 'int' }),
  },
  {
    id: 'NT-14',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'WsrmMessageService endpoint …/<version>/WsrmMessageService.svc; newest version seen 11',
    check: { kind: 'service', service: WMS, version: '11', endpoint: '/11/WsrmMessageService.svc' },
    decision: 'D-43',
  },
  {
    id: 'NT-15',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'Get<Name>Version<N> request typed WsrmRequestType',
    check: el('GetAbsenceVersion7Request', { type: 'WsrmRequestType' }),
  },
  {
    id: 'NT-16',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'GetMembershipCancellationVersion1',
    check: op(WMS, 'GetMembershipCancellationVersion1'),
    decision: 'D-116',
  },
  // §2.2 WSRMMetadata
  {
    id: 'NT-17',
    source: `${D} §2.2`,
    confidence: 'F',
    fact: 'WSRMMetadata 0–1 (generated XSD doc)',
    check: el(META, { type: 'WSRMMetadataType', occurs: '0-1' }),
  },
  {
    id: 'NT-18',
    source: `${D} §2.2`,
    confidence: 'F',
    fact: 'MessageIdentifier guid 1 ("Den gode") / 0–1 (generated)',
    check: guid(`${META}/MessageIdentifier`),
  },
  {
    id: 'NT-19',
    source: `${D} §2.2`,
    confidence: 'F',
    fact: 'ClientSystemTypeIdentifier 0–1',
    check: el(`${META}/ClientSystemTypeIdentifier`, { occurs: '0-1' }),
  },
  {
    id: 'NT-20',
    source: `${D} §2.2`,
    confidence: 'F',
    fact: 'RegisteringAuthority: ActiveOrganisationHeaderType, 0–1',
    check: el(`${META}/RegisteringAuthority`, { type: 'ActiveOrganisationHeaderType', occurs: '0-1' }),
  },
  {
    id: 'NT-21',
    source: `${D} §2.2`,
    confidence: 'F',
    fact: 'RegisteringAuthority/OrganisationTypeIdentifier int 1–100',
    check: el(`${META}/RegisteringAuthority/OrganisationTypeIdentifier`, {
      facets: { minInclusive: 1, maxInclusive: 100 },
    }),
  },
  {
    id: 'NT-22',
    source: `${D} §2.2`,
    confidence: 'F',
    fact: 'RegisteringUser: RequestUserMetadataType, 0–1',
    check: el(`${META}/RegisteringUser`, { type: 'RequestUserMetadataType', occurs: '0-1' }),
  },
  {
    id: 'NT-23',
    source: `${D} §2.2`,
    confidence: 'F',
    fact: 'RegistrationType is not on WSRMs',
    check: custom(() => equal(hasChild('GetAbsenceType', 'RegistrationType'), false)),
  },
  {
    id: 'NT-24',
    source: `${D} §2.3`,
    confidence: 'F',
    fact: 'RegisteringUser/RequestUserStructure in the RequestUserStructure namespace',
    check: el(`${META}/RegisteringUser/RequestUserStructure`, { ns: NS.rus }),
  },
  {
    id: 'NT-25',
    source: `${D} §2.3`,
    confidence: 'F',
    fact: 'RegistrationDateTime in http://service.bm.dk/RequestUserMetadata/2015/01/21/',
    check: el(`${META}/RegisteringUser/RegistrationDateTime`, { ns: NS.rum }),
  },
  // §4.2 catalogue
  {
    id: 'NT-26',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetIndkaldelseVersion1',
    check: op(WMS, 'GetIndkaldelseVersion1'),
  },
  {
    id: 'NT-27',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetIndkaldelseshaendelseVersion1',
    check: op(WMS, 'GetIndkaldelseshaendelseVersion1'),
  },
  {
    id: 'NT-28',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetAkasseIndkaldelseVersion1',
    check: op(WMS, 'GetAkasseIndkaldelseVersion1'),
  },
  {
    id: 'NT-29',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetInterviewDeadlineVersion1',
    check: op(WMS, 'GetInterviewDeadlineVersion1'),
    decision: 'D-96',
  },
  {
    id: 'NT-30',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetInterviewDeadlineVersion2',
    check: op(WMS, 'GetInterviewDeadlineVersion2'),
  },
  {
    id: 'NT-31',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetBenefitsAccountFromFormerUnemploymentFundVersion3',
    check: op(WMS, 'GetBenefitsAccountFromFormerUnemploymentFundVersion3'),
  },
  {
    id: 'NT-32',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetUnemploymentEnrollmentVersion4',
    check: op(WMS, 'GetUnemploymentEnrollmentVersion4'),
    decision: 'D-115',
  },
  {
    id: 'NT-33',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetCancelUnemploymentEnrollmentVersion4',
    check: op(WMS, 'GetCancelUnemploymentEnrollmentVersion4'),
    decision: 'D-115',
  },
  {
    id: 'NT-34',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetContactGroupVersion4',
    check: op(WMS, 'GetContactGroupVersion4'),
    decision: 'D-115',
  },
  {
    id: 'NT-35',
    source: `${D} §4.2`,
    confidence: 'I',
    fact: 'GetAbsenceVersion7 (per release notes; no definition found)',
    check: op(WMS, 'GetAbsenceVersion7'),
  },
  {
    id: 'NT-36',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'GetRehabilitationProcessNotification… (name cut off)',
    check: op(WMS, 'GetRehabilitationProcessNotificationVersion1'),
    decision: 'D-76',
  },
  // §4.4 PersonNotificationService
  {
    id: 'NT-37',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'PersonNotificationService Version 3',
    check: { kind: 'service', service: PNS, version: '3' },
  },
  {
    id: 'NT-38',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'GetPersonNotificationRequest: GetPersonNotificationRequestType',
    check: el('GetPersonNotificationRequest', { type: 'GetPersonNotificationRequestType' }),
  },
  {
    id: 'NT-39',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'PersonNotification: PersonNotificationType, 1–*',
    check: el(PN, { type: 'PersonNotificationType', occurs: '1-*' }),
    decision: 'D-74',
  },
  {
    id: 'NT-40',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'PersonNotificationIdentifier: guid, 1',
    check: guid(`${PN}/PersonNotificationIdentifier`),
  },
  {
    id: 'NT-41',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'PersonCivilRegistrationIdentifier: CPR (0000000000 allowed), 1',
    check: cpr(`${PN}/PersonCivilRegistrationIdentifier`),
  },
  {
    id: 'NT-42',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'EventDate: dateTime, 1',
    check: el(`${PN}/EventDate`, { base: 'dateTime', occurs: '1' }),
  },
  {
    id: 'NT-43',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'PersonNotificationTypeIdentifier: CodeListItemIdentifierType MaxInclusive 10000000, 1',
    check: el(`${PN}/PersonNotificationTypeIdentifier`, {
      type: 'CodeListItemIdentifierType',
      occurs: '1',
      facets: { maxInclusive: 10000000 },
    }),
  },
  {
    id: 'NT-44',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'AcknowledgePersonNotification(PersonNotificationIdentifier guid 1)',
    check: guid('AcknowledgePersonNotificationRequest/PersonNotificationIdentifier'),
  },
  {
    id: 'NT-45',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'AcknowledgePersonNotificationResponse: AcknowledgePersonNotificationResponseType (empty)',
    check: el('AcknowledgePersonNotificationResponse', { type: 'AcknowledgePersonNotificationResponseType' }),
  },
  {
    id: 'NT-46',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'PersonNotificationService error 1014',
    check: fault(1014),
  },
  // §5 WSB
  {
    id: 'NT-47',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'Aendringstype 1 Create, 2 Update, 3 Delete',
    check: custom(() => equal(ChangeType, { Create: 1, Update: 2, Delete: 3 })),
  },
  {
    id: 'NT-48',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'IdentifikationstypeId 1 = CPR, 2 = Identifier',
    check: custom(() => equal(IdentificationType, { Cpr: 1, Identifier: 2 })),
  },
  {
    id: 'NT-49',
    source: `${D} §5.4`,
    confidence: 'F',
    fact: 'Indkaldelse WSB EntitetId 90000',
    check: custom(() => equal(WSB.Indkaldelse.entityId, 90000)),
  },
  {
    id: 'NT-50',
    source: `${D} §5.4`,
    confidence: 'F',
    fact: 'Frist WSB EntitetId 90001',
    check: custom(() => equal(WSB.Frist.entityId, 90001)),
  },
  {
    id: 'NT-51',
    source: `${D} §5.4`,
    confidence: 'F',
    fact: 'Jobordre WSB EntitetId 120001',
    check: custom(() => equal(WSB.Jobordre.entityId, 120001)),
  },
  {
    id: 'NT-52',
    source: `${D} §2.2`,
    confidence: 'F',
    fact: 'ClientSystemTypeIdentifier: ClientSystemTypeIdentifierType',
    check: el(`${META}/ClientSystemTypeIdentifier`, { type: 'ClientSystemTypeIdentifierType' }),
    decision: 'D-11',
  },
  {
    id: 'NT-53',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'GetPersonNotification',
    check: op(PNS, 'GetPersonNotification'),
  },
  {
    id: 'NT-54',
    source: `${D} §4.4`,
    confidence: 'F',
    fact: 'AcknowledgePersonNotification',
    check: op(PNS, 'AcknowledgePersonNotification'),
  },
  {
    id: 'NT-55',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'GetMembershipCancellationVersion1Response items carry MessageIdentifier guid 1 and RequestUserMetadata 1',
    check: custom(() => {
      const item = 'GetMembershipCancellationVersion1Response/MembershipCancellationRegistration';
      const outcomes = [
        evaluate(guid(`${item}/MessageIdentifier`)),
        evaluate(el(`${item}/RequestUserMetadata`, { type: 'RequestUserMetadataType', occurs: '1' })),
      ];
      return outcomes.find((o) => o.status !== 'exact') ?? { status: 'exact' };
    }),
    decision: 'D-116',
  },
  {
    id: 'NT-60',
    source: `${D} §5.4`,
    confidence: 'F',
    fact: 'Kontaktgruppe WSB EntitetId 100008',
    check: custom(() => equal(WSB.Kontaktgruppe.entityId, 100008)),
  },
  {
    id: 'NT-61',
    source: `${D} §5.4`,
    confidence: 'F',
    fact: 'Kontaktgruppe WSB: EksternIdentifier kontaktgruppeId, history by civilRegistrationIdentifier, Aendringstype 1/2',
    check: custom(() => {
      const group = { id: 'kg-1', cpr: '0101901234', contactGroup: 13, startDate: '2024-03-04', endDate: null };
      const by = { actor: { kind: 'dfdg', process: 'fact' } as const, user: null, now: '2024-03-04T10:00:00+01:00' };
      const receiver = { organisationType: 8, organisationCode: '10100', subQueue: null };
      const [opened] = contactGroupWsb(group, true, [receiver], by).map((m) => JSON.parse(m.payload));
      const [ended] = contactGroupWsb({ ...group, endDate: '2024-03-10' }, false, [receiver], by).map((m) =>
        JSON.parse(m.payload),
      );
      return equal(
        [
          opened.EksternIdentifier,
          opened.VersionIdentifier,
          opened.IdentifikationstypeId,
          opened.Aendringstype,
          ended.Aendringstype,
        ],
        ['kg-1', '0101901234', IdentificationType.Cpr, ChangeType.Create, ChangeType.Update],
      );
    }),
  },
  {
    id: 'NT-62',
    source: `${D} §4.2`,
    confidence: 'I',
    fact: 'GetMembershipCancellationVersion1 goes to a-kasser',
    check: custom(() => {
      const m = membershipCancellationMessage(
        { id: 'm-1', cpr: '0101901234', akasseCode: '81', startDate: '2015-01-01', endDate: '2024-02-29' },
        '2024-03-04T10:00:00+01:00',
      );
      return equal([m.receiver.organisationType, m.receiver.organisationCode], [2, '81']);
    }),
  },
];

import { evaluate, service, findElement } from './model.ts';
function WsrmHas(operation: string): boolean {
  return service(WS)?.operations.some((o) => o.name === operation) ?? false;
}
function hasChild(root: string, name: string): boolean {
  const r = findElement(root);
  return 'found' in r && (r.found.children ?? []).some((c) => c.name === name);
}
