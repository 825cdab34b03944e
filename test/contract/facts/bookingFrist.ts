// Facts of ../shared/contracts/booking-frist.md: self-booking (BorgerBookingService), deadlines (FristService),
// their faults and the deadline statuses.
import {
  access,
  accessOf,
  simpleType,
  cpr,
  el,
  fault,
  guid,
  op,
  codelistHas,
  custom,
  equal,
  type Fact,
} from './model.ts';
import { faults } from '../../../src/faults/catalogue.ts';
import { WSB } from '../../../src/outbox/webserviceMessage.ts';

const D = 'booking-frist.md';
const BBS = 'BorgerBookingService';
const FS = 'Kontaktforloeb.FristService';
const FEJL = 'CreateFejlmeldingRequest';
const MT = 'GetSelfbookInterviewOptionsResponse/InterviewOptionCollection/InterviewOption';
const FRIST = 'GetFristerResponse/InterviewDeadlineCollection';
const JCSS = 'JobnetCitizenStatusService';
const EBS = 'ExternalBookingService';
const STATUS = 'GetBorgerstatusResponse';
const JMT = `${JCSS}:GetSelfbookInterviewOptionsResponse/JobnetInterviewOptionCollection`;
const SLOTS = 'GetSelfbookTimeslotsRequest';
const TS = `${JCSS}:GetSelfbookTimeslotsResponse/BookingTimeslotCollection/BookingTimeslot`;
const EBQ = `${EBS}:GetSelfbookInterviewOptionsRequest`;
const EBR = `${EBS}:GetSelfbookInterviewOptionsResponse/InterviewOptionCollection`;
/** The fault an operation answers for a CPR DFDG does not know. */
const unknownCprFault = (service: string, operation: string) =>
  custom(() => {
    const name = accessOf(service, operation)?.unknownCitizen ?? 'UnknownCpr';
    return equal(faults[name].code, service === JCSS && operation !== 'GetBorgerstatus' ? 8111 : 1010);
  });

export const bookingFristFacts: Fact[] = [
  // §2 FristService
  {
    id: 'BF-01',
    source: `${D} §2.5`,
    confidence: 'F',
    fact: "GetFristhistorik (history of the citizen's deadlines)",
    check: op(FS, 'GetFristhistorik'),
  },
  {
    id: 'BF-02',
    source: `${D} §2.5`,
    confidence: 'F',
    fact: 'Frist WSB: EntitetNavn Frist, EntitetId 90001',
    check: custom(() => equal(WSB.Frist.entityId, 90001)),
  },
  {
    id: 'BF-03',
    source: `${D} §2.5`,
    confidence: 'F',
    fact: 'Frist replaces WSRM GetInterviewDeadlineVersion1/Version2',
    check: op('WsrmMessageService', 'GetInterviewDeadlineVersion2'),
  },
  {
    id: 'BF-04',
    source: `${D} §2.2`,
    confidence: 'F',
    fact: 'deadline interview types 4, 7, 17 exist in the samtaletype list',
    check: codelistHas('interview-types.json', [4, 7, 17]),
  },
  {
    id: 'BF-05',
    source: `${D} §2.8`,
    confidence: 'F',
    fact: 'FriststatusType element InterviewDeadlineStatusTypeIdentifier, 1',
    check: el(`${FRIST}/InterviewDeadline/InterviewDeadlineStatusTypeIdentifier`, { occurs: '1' }),
  },
  {
    id: 'BF-06',
    source: `${D} §2.8`,
    confidence: 'F',
    fact: 'InterviewDeadlineStatusTypeIdentifier typed InterviewDeadlineStatusTypeIdentifierType',
    check: el(`${FRIST}/InterviewDeadline/InterviewDeadlineStatusTypeIdentifier`, {
      type: 'InterviewDeadlineStatusTypeIdentifierType',
    }),
    decision: 'D-11',
  },
  {
    id: 'BF-07',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'InterviewTypeIdentifier of a deadline, 1',
    check: el(`${FRIST}/InterviewDeadline/InterviewTypeIdentifier`, { occurs: '1' }),
  },
  {
    id: 'BF-08',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'InterviewDeadlineDate (Fristdato): date, 1',
    check: el(`${FRIST}/InterviewDeadline/InterviewDeadlineDate`, { base: 'date', occurs: '1' }),
  },
  {
    id: 'BF-09',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'InterviewDateLimit (SidsteAfholdelsesdato): date, 1',
    check: el(`${FRIST}/InterviewDeadline/InterviewDateLimit`, { base: 'date', occurs: '1' }),
  },
  {
    id: 'BF-10',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'ImmediateBookingRequired (StraksbookingPaakraevet): boolean, 1 (top level)',
    check: el('GetFristerResponse/ImmediateBookingRequired', { base: 'boolean', occurs: '1' }),
  },
  {
    id: 'BF-11',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'InterviewDeadlineCollection (Frister) 0–1 of InterviewDeadline 0–*',
    check: el('GetFristerResponse/InterviewDeadlineCollection', { occurs: '0-1' }),
  },
  {
    id: 'BF-12',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'SelfBookingPossible (KanSelvbooke): boolean, 1',
    check: el('GetFristerResponse/SelfBookingPossible', { base: 'boolean', occurs: '1' }),
  },
  // §3.2 GetSelvbookingMoedetilbud
  {
    id: 'BF-13',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'GetSelvbookingMoedetilbud (GetSelfbookInterviewOptions): the legacy English name',
    check: op(BBS, 'GetSelfbookInterviewOptions'),
  },
  {
    id: 'BF-14',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'offer collection 0–1',
    check: el('GetSelfbookInterviewOptionsResponse/InterviewOptionCollection', { occurs: '0-1' }),
  },
  {
    id: 'BF-15',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'Moedetilbud (InterviewOption) 0–*',
    check: el(MT, { occurs: '0-*' }),
  },
  {
    id: 'BF-16',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'MoedetilbudId (InterviewOptionIdentifier): guid, 1',
    check: guid(`${MT}/InterviewOptionIdentifier`),
  },
  {
    id: 'BF-17',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'InterviewTypeIdentifier (SamtaleType), 1',
    check: el(`${MT}/InterviewTypeIdentifier`, { occurs: '1' }),
  },
  {
    id: 'BF-18',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'InterviewFormTypeIdentifier (MoedeGruppeType), 1',
    check: el(`${MT}/InterviewFormTypeIdentifier`, { occurs: '1' }),
  },
  {
    id: 'BF-19',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'InterviewLocationDetail (InterviewLocationDetailType), 0–1',
    check: el(`${MT}/InterviewLocationDetail`, { occurs: '0-1' }),
  },
  {
    id: 'BF-20',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'list of contact forms, 1 (1–* items)',
    check: el(`${MT}/InterviewContactTypeIdentifierCollection`, { occurs: '1' }),
  },
  // §3.2–3.4, §5 faults
  {
    id: 'BF-21',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: '4769 Der er ikke kontakt med jobcentrets bookingsystem',
    check: fault(4769),
  },
  {
    id: 'BF-22',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: '9303 planner response violated the wsdl contract',
    check: fault(9303),
  },
  {
    id: 'BF-23',
    source: `${D} §5.3`,
    confidence: 'F',
    fact: '4770 There are no available booking options',
    check: fault(4770, 'There are no available booking options'),
  },
  {
    id: 'BF-24',
    source: `${D} §5.3`,
    confidence: 'F',
    fact: '8107 The BookingIdentifier does not correspond to the person civil registration identifier',
    check: fault(8107, 'The BookingIdentifier does not correspond to the person civil registration identifier'),
  },
  {
    id: 'BF-25',
    source: `${D} §3.4`,
    confidence: 'F',
    fact: '4400 CV Customer Number is unknown',
    check: fault(4400, 'CV Customer Number is unknown'),
  },
  // §3.3 GetSelfbookTimeslots
  {
    id: 'BF-26',
    source: `${D} §3.3`,
    confidence: 'F',
    fact: 'GetSelfbookTimeslots (timeslots of an offer), in JobnetCitizenStatusService v10',
    check: op(JCSS, 'GetSelfbookTimeslots'),
  },
  {
    id: 'BF-27',
    source: `${D} §3.3`,
    confidence: 'I',
    fact: 'early-draft RescheduleBooking (replaced, per the digest) request: BookingIdentifier guid 1, BookingStartTime dateTime 1',
    check: el('RescheduleBookingRequest/BookingStartTime', { base: 'dateTime', occurs: '1' }),
  },
  // §5.2 CreateFejlmelding
  { id: 'BF-28', source: `${D} §5.2`, confidence: 'F', fact: 'CreateFejlmelding', check: op(BBS, 'CreateFejlmelding') },
  {
    id: 'BF-29',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'MoedetilbudId: GUID, 0–1',
    check: guid(`${FEJL}/MoedetilbudId`, '0-1'),
    decision: 'D-91',
  },
  {
    id: 'BF-30',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'IndkaldelseId: GUID, 0–1 (BookingIdentifier in the legacy vocabulary)',
    check: guid(`${FEJL}/BookingIdentifier`, '0-1'),
    decision: 'D-48',
  },
  {
    id: 'BF-31',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'Fejlkode: int, 1',
    check: el(`${FEJL}/Fejlkode`, { base: 'int', occurs: '1' }),
  },
  {
    id: 'BF-32',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'Fejltekst: string(500), 0–1',
    check: el(`${FEJL}/Fejltekst`, { base: 'string', occurs: '0-1', facets: { maxLength: 500 } }),
  },
  {
    id: 'BF-33',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'FejlOphav: ClientSystemTypeIdentifier, 1',
    check: el(`${FEJL}/FejlOphav`, { base: 'int', occurs: '1' }),
  },
  {
    id: 'BF-34',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'FejlTidspunkt: dateTime, 1',
    check: el(`${FEJL}/FejlTidspunkt`, { base: 'dateTime', occurs: '1' }),
  },
  {
    id: 'BF-35',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'text "Ulovligt system angivet som ophav" (only 30 DFDG, 32 Jobnet)',
    check: fault(4941, 'Ulovligt system angivet som ophav'),
    decision: 'D-08',
  },
  {
    id: 'BF-36',
    source: `${D} §5.2`,
    confidence: 'F',
    fact: 'CreateFejlmelding CPR in header → legacy body CPR',
    check: cpr(`${FEJL}/PersonCivilRegistrationIdentifier`),
    decision: 'D-48',
  },
  // §10 shared types
  {
    id: 'BF-37',
    source: `${D} §10`,
    confidence: 'F',
    fact: 'CvCustomerIdentifierType [0-9]{8}',
    check: simpleType('CvCustomerIdentifierType', { pattern: '[0-9]{8}' }),
  },
  {
    id: 'BF-38',
    source: `${D} §8`,
    confidence: 'F',
    fact: 'a self-booking deadline must be at least 8 days (text of 4942)',
    check: fault(4942, 'A self-booking deadline must be at least 8 days'),
    decision: 'D-08',
  },
  {
    id: 'BF-39',
    source: `${D} §2.8`,
    confidence: 'F',
    fact: 'deadline statuses include Indfriet and Administrativt lukket',
    check: codelistHas('deadline-statuses.json', [2, 4]),
    decision: 'D-55',
  },
  {
    id: 'BF-40',
    source: `${D} §6`,
    confidence: 'F',
    fact: 'JobnetBookingDetails read: SelfBooked boolean (legacy element)',
    check: el('GetIndkaldelseResponse/IndkaldelseInfo/Indkaldelse/SelfBooked', { base: 'boolean' }),
  },
  {
    id: 'BF-41',
    source: `${D} §2.6`,
    confidence: 'I',
    fact: 'FristService access: JobCenter egne; STAR alle; no a-kasse',
    check: access(FS, 'CreateFrist', { Jobcenter: ['egne'], STAR: ['alle'] }),
  },
  {
    id: 'BF-42',
    source: `${D} §5.1`,
    confidence: 'F',
    fact: 'BorgerBookingService CreateBooking',
    check: op(BBS, 'CreateBooking'),
  },
  {
    id: 'BF-43',
    source: `${D} §6`,
    confidence: 'F',
    fact: 'BookingIdentifier guid (the \\d variant accepted)',
    check: guid('CreateBookingRequest/BookingIdentifier'),
  },
  // §3.1 JobnetCitizenStatusService v10 GetBorgerstatus
  {
    id: 'BF-44',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'JCSS v10 GetBorgerstatus',
    check: op(JCSS, 'GetBorgerstatus'),
  },
  {
    id: 'BF-45',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'KanSelvbooke (SelfBookingPossible): boolean, 1',
    check: el(`${STATUS}/SelfBookingPossible`, { base: 'boolean', occurs: '1' }),
  },
  {
    id: 'BF-46',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'Frister (InterviewDeadlineCollection) 0–1 → Frist 0–*',
    check: el(`${STATUS}/InterviewDeadlineCollection/InterviewDeadline`, { occurs: '0-*' }),
  },
  {
    id: 'BF-47',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'FriststatusType (InterviewDeadlineStatusTypeIdentifier), 1',
    check: el(`${STATUS}/InterviewDeadlineCollection/InterviewDeadline/InterviewDeadlineStatusTypeIdentifier`, {
      occurs: '1',
    }),
  },
  {
    id: 'BF-48',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'Fristdato (InterviewDeadlineDate): date, 1',
    check: el(`${STATUS}/InterviewDeadlineCollection/InterviewDeadline/InterviewDeadlineDate`, {
      base: 'date',
      occurs: '1',
    }),
  },
  {
    id: 'BF-49',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'SidsteAfholdelsesdato (InterviewDateLimit): date, 1',
    check: el(`${STATUS}/InterviewDeadlineCollection/InterviewDeadline/InterviewDateLimit`, {
      base: 'date',
      occurs: '1',
    }),
  },
  {
    id: 'BF-50',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'StraksbookingPaakraevet (ImmediateBookingRequired): boolean, 1, top level',
    check: el(`${STATUS}/ImmediateBookingRequired`, { base: 'boolean', occurs: '1' }),
  },
  {
    id: 'BF-51',
    source: `${D} §3.1`,
    confidence: 'F',
    fact: 'GetBorgerstatus: unknown CPR 1010',
    check: unknownCprFault(JCSS, 'GetBorgerstatus'),
  },
  // §3.2 JCSS v10 GetSelvbookingMoedetilbud, passed through to the planner
  {
    id: 'BF-52',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'JCSS v10 GetSelfbookInterviewOptions',
    check: op(JCSS, 'GetSelfbookInterviewOptions'),
  },
  {
    id: 'BF-53',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'MoedetilbudSamling (JobnetInterviewOptionCollection) 0–1',
    check: el(JMT, { occurs: '0-1' }),
  },
  {
    id: 'BF-54',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'Moedetilbud (InterviewOption) 0–*, MoedetilbudId guid 1',
    check: guid(`${JMT}/InterviewOption/InterviewOptionIdentifier`),
  },
  {
    id: 'BF-55',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'the list of contact forms, 1',
    check: el(`${JMT}/InterviewOption/InterviewContactTypeIdentifierCollection`, { occurs: '1' }),
  },
  {
    id: 'BF-56',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: 'JCSS v10: unknown CPR 8111',
    check: unknownCprFault(JCSS, 'GetSelfbookInterviewOptions'),
  },
  {
    id: 'BF-57',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: '4769 + 9018 The connection to an external bookingsystem could not be established',
    check: custom(() =>
      equal(faults.PlannerUnreachable.detailCode, {
        code: 9018,
        text: 'The connection to an external bookingsystem could not be established',
      }),
    ),
  },
  {
    id: 'BF-58',
    source: `${D} §3.2`,
    confidence: 'F',
    fact: '9303 + 9329 Systemfejl i kontakten med jobcentrets bookingsystem / Response from external planner system violated the wsdl contract',
    check: custom(() =>
      equal(
        [faults.PlannerBrokeContract.text, faults.PlannerBrokeContract.detailCode],
        [
          'Systemfejl i kontakten med jobcentrets bookingsystem',
          { code: 9329, text: 'Response from external planner system violated the wsdl contract' },
        ],
      ),
    ),
  },
  // §3.3 GetSelfbookTimeslotsRequest
  {
    id: 'BF-59',
    source: `${D} §3.3`,
    confidence: 'F',
    fact: 'CvCustomerIdentifier: [0-9]{8}, 1',
    check: el(`${SLOTS}/CvCustomerIdentifier`, {
      type: 'CvCustomerIdentifierType',
      occurs: '1',
      facets: { pattern: ['[0-9]{8}'] },
    }),
  },
  {
    id: 'BF-60',
    source: `${D} §3.3`,
    confidence: 'F',
    fact: 'InterviewOptionID: guid, 1',
    check: guid(`${SLOTS}/InterviewOptionID`),
  },
  {
    id: 'BF-61',
    source: `${D} §3.3`,
    confidence: 'F',
    fact: 'BookingOptionIntervalStartTime / EndTime: dateTime, 1',
    check: el(`${SLOTS}/BookingOptionIntervalEndTime`, { base: 'dateTime', occurs: '1' }),
  },
  {
    id: 'BF-62',
    source: `${D} §3.3`,
    confidence: 'F',
    fact: 'CaseWorkerIdentifier: Length 1-255, 0–1',
    check: el(`${SLOTS}/CaseWorkerIdentifier`, { occurs: '0-1', facets: { minLength: 1, maxLength: 255 } }),
  },
  // §3.4 the timeslots
  {
    id: 'BF-63',
    source: `${D} §3.4`,
    confidence: 'F',
    fact: 'BookingTimeslot 0–* with StartTime dateTime 1',
    check: el(`${TS}/StartTime`, { base: 'dateTime', occurs: '1' }),
  },
  {
    id: 'BF-64',
    source: `${D} §3.4`,
    confidence: 'F',
    fact: 'RebookingPossible / CancellationPossible: boolean, 1',
    check: el(`${TS}/RebookingPossible`, { base: 'boolean', occurs: '1' }),
  },
  {
    id: 'BF-65',
    source: `${D} §3.4`,
    confidence: 'F',
    fact: 'AvailableNoOfSeats: int, 0–1',
    check: el(`${TS}/AvailableNoOfSeats`, { base: 'int', occurs: '0-1' }),
  },
  {
    id: 'BF-66',
    source: `${D} §3.4`,
    confidence: 'F',
    fact: 'CaseWorkerIDCollection 1 → CaseWorkerID int 1–*',
    check: el(`${TS}/CaseWorkerIDCollection`, { occurs: '1' }),
    decision: 'D-134',
  },
  // §4.1 ExternalBookingService v3 GetSelfbookInterviewOptionsRequest (the planner side, DFDG as client)
  {
    id: 'BF-67',
    source: `${D} §4`,
    confidence: 'F',
    fact: 'ExternalBookingService v3 GetSelfbookInterviewOptions',
    check: op(EBS, 'GetSelfbookInterviewOptions'),
  },
  {
    id: 'BF-68',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'CPR, 1',
    check: cpr(`${EBQ}/PersonCivilRegistrationIdentifier`),
  },
  {
    id: 'BF-69',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'JobCenterCode: [0-9]{5}, 1',
    check: el(`${EBQ}/JobCenterCode`, { type: 'JobCenterCodeType', occurs: '1', facets: { pattern: ['[0-9]{5}'] } }),
  },
  {
    id: 'BF-70',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'ContactGroupTypeIdentifier, 1',
    check: el(`${EBQ}/ContactGroupTypeIdentifier`, { occurs: '1' }),
  },
  {
    id: 'BF-71',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'PersonCategory 0–1 {PersonCategoryTypeIdentifier 0–1, IncidentDate dateTime 1}',
    check: el(`${EBQ}/PersonCategory/IncidentDate`, { base: 'dateTime', occurs: '1' }),
  },
  {
    id: 'BF-72',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'PersonGroupProjectIdentifierCollection 0–1 → PersonGroupProjectIdentifier guid 0–*',
    check: guid(`${EBQ}/PersonGroupProjectIdentifierCollection/PersonGroupProjectIdentifier`, '0-*'),
  },
  {
    id: 'BF-73',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'deprecated HasExternalOperatorReferral: boolean, 1',
    check: el(`${EBQ}/HasExternalOperatorReferral`, { base: 'boolean', occurs: '1' }),
  },
  {
    id: 'BF-74',
    source: `${D} §4.1`,
    confidence: 'F',
    fact: 'deprecated AbsenceCollection 0–1 → Absence 0–* → AbsenceIdentifier guid',
    check: guid(`${EBQ}/AbsenceCollection/Absence/AbsenceIdentifier`),
  },
  // §4.2 the planner's answer (the drafts' shape)
  {
    id: 'BF-75',
    source: `${D} §4.2`,
    confidence: 'F',
    fact: 'InterviewOptionCollection 0–1 → InterviewOption 0–* → InterviewOptionIdentifier guid 1',
    check: guid(`${EBR}/InterviewOption/InterviewOptionIdentifier`),
  },
  {
    id: 'BF-90',
    source: `${D} §5.1`,
    confidence: 'F',
    fact: 'BorgerBookingService GetBookingdetaljer (get booking details and reserve a timeslot)',
    check: op(BBS, 'GetBookingdetaljer'),
  },
  {
    id: 'BF-91',
    source: `${D} §5.1`,
    confidence: 'F',
    fact: 'BorgerBookingService CreateMoedetidReservation (reserve a timeslot, POST …/Booking/{IndkaldelseId}/action/reserver)',
    check: op(BBS, 'CreateMoedetidReservation'),
  },
  {
    id: 'BF-92',
    source: `${D} §5.1`,
    confidence: 'I',
    fact: 'CreateMoedetidReservation names the booking of the path: IndkaldelseId (legacy BookingIdentifier) guid 1',
    check: guid('CreateMoedetidReservationRequest/BookingIdentifier', '1'),
  },
];
