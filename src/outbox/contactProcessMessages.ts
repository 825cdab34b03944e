// Notifications of the contact process, written in the registration's transaction: the legacy WSRM
// messages and the newer webservice messages that replace them (notifications-wsrm-wsb.md §6, §5):
//   a summons (Indkaldelse, 90000) → GetIndkaldelseVersion1 to the citizen's jobcentre (Nr 2) and
//     municipality (Nr 4), GetAkasseIndkaldelseVersion1 to the a-kasse of the member (Nr 5), Indkaldelse.WSB
//     to all three; an event on a summons (participation choice, authority participants) →
//     GetIndkaldelseshaendelseVersion1 to the same three, and Indkaldelse.WSB (update);
//   a deadline (Frist, 90001) → GetInterviewDeadlineVersion1, GetInterviewDeadlineVersion2 (the same item: a
//     receiver fetches the version it was built for) and Frist.WSB to the jobcentre.
import {
  GetAkasseIndkaldelseTypeElement,
  GetIndkaldelseTypeElement,
  GetIndkaldelseshaendelseTypeElement,
  GetInterviewDeadlineTypeElement,
} from '../contract/generated/services.ts';
import type { ElementDescriptor } from '../contract/schemaModel.ts';
import { toIndkaldelseInfo, toInterviewDeadline } from '../contract/mapping/contactProcess.ts';
import { SharedValue } from '../contract/xmlWriter.ts';
import type { AuthorityParticipant, Deadline, ParticipationChoice, Summons } from '../domain/contactProcess.ts';
import type { CitizenState, IsoDate } from '../domain/types.ts';
import { deadlineReceiver, summonsReceivers, type Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { wsrmItems, type Registration } from './wsrmMetadata.ts';
import { IdentificationType, WSB, webserviceMessages, type ChangeTypeId } from './webserviceMessage.ts';

export const CONTACT_PROCESS_MESSAGES = {
  indkaldelse: { type: 'GetIndkaldelseVersion1', version: 1, element: GetIndkaldelseTypeElement },
  akasseIndkaldelse: { type: 'GetAkasseIndkaldelseVersion1', version: 1, element: GetAkasseIndkaldelseTypeElement },
  indkaldelseshaendelse: {
    type: 'GetIndkaldelseshaendelseVersion1',
    version: 1,
    element: GetIndkaldelseshaendelseTypeElement,
  },
  interviewDeadlineV1: { type: 'GetInterviewDeadlineVersion1', version: 1, element: GetInterviewDeadlineTypeElement },
  interviewDeadline: { type: 'GetInterviewDeadlineVersion2', version: 2, element: GetInterviewDeadlineTypeElement },
} as const satisfies Record<string, { type: string; version: number; element: ElementDescriptor }>;

type MessageKind = keyof typeof CONTACT_PROCESS_MESSAGES;

/** A summons as its notifications carry it: with its authority participants and the participation choice in force. */
export interface SummonsView {
  summons: Summons;
  participants: readonly AuthorityParticipant[];
  choice: ParticipationChoice | null;
}

function wsrm(
  kind: MessageKind,
  receivers: readonly Receiver[],
  cpr: string,
  entityKey: string,
  r: Registration,
  body: Record<string, unknown>,
): OutboxMessage[] {
  const m = CONTACT_PROCESS_MESSAGES[kind];
  return wsrmItems(m, m.element, { cpr, entityKey }, { PersonCivilRegistrationIdentifier: cpr, ...body }, receivers, r);
}

/** The summons as every receiver's message carries it: serialised once for all of them. */
const info = (v: SummonsView) => new SharedValue(toIndkaldelseInfo(v.summons, v.participants, v.choice));

/** A summons was created (1), changed (2) or cancelled (3). */
export function summonsMessages(
  state: CitizenState,
  date: IsoDate,
  v: SummonsView,
  change: ChangeTypeId,
  r: Registration,
): OutboxMessage[] {
  const to = summonsReceivers(state, date);
  const { summons } = v;
  // No registration type on a WSRM item (notifications §2.2): the change is in VersionIdentifier and Aflyst.
  const body = { IndkaldelseInfo: info(v) };
  return [
    ...wsrm('indkaldelse', to.jobcentreAndMunicipality, summons.cpr, summons.id, r, body),
    ...wsrm('akasseIndkaldelse', to.akasse ? [to.akasse] : [], summons.cpr, summons.id, r, body),
    ...summonsWsb(state, date, summons, change, r),
  ];
}

/** Something happened on a summons: a participation choice, an authority participant added, changed or removed. */
export function summonsEventMessages(
  state: CitizenState,
  date: IsoDate,
  v: SummonsView,
  event: 'Deltagelsesvalg' | 'Myndighedsdeltager',
  r: Registration,
): OutboxMessage[] {
  const to = summonsReceivers(state, date);
  const { summons } = v;
  const all = [...to.jobcentreAndMunicipality, ...(to.akasse ? [to.akasse] : [])];
  const body = { Haendelsestype: event, IndkaldelseInfo: info(v) };
  return [
    ...wsrm('indkaldelseshaendelse', all, summons.cpr, summons.id, r, body),
    ...summonsWsb(state, date, summons, 2, r),
  ];
}

function summonsWsb(
  state: CitizenState,
  date: IsoDate,
  summons: Summons,
  change: ChangeTypeId,
  r: Registration,
): OutboxMessage[] {
  const to = summonsReceivers(state, date);
  return webserviceMessages(
    {
      type: WSB.Indkaldelse,
      externalIdentifier: summons.id,
      versionIdentifier: summons.id,
      identificationType: IdentificationType.Cpr,
      identification: summons.cpr,
      changeType: change,
      occurredAt: r.now,
    },
    [...to.jobcentreAndMunicipality, ...(to.akasse ? [to.akasse] : [])],
    summons.cpr,
  );
}

/** A deadline was created (1) or changed (2): to the citizen's jobcentre. */
export function deadlineMessages(
  state: CitizenState,
  deadline: Deadline,
  change: ChangeTypeId,
  r: Registration,
): OutboxMessage[] {
  const jobcentre = deadlineReceiver(state);
  const body = { InterviewDeadline: new SharedValue(toInterviewDeadline(deadline)) };
  return [
    ...wsrm('interviewDeadlineV1', [jobcentre], deadline.cpr, deadline.id, r, body),
    ...wsrm('interviewDeadline', [jobcentre], deadline.cpr, deadline.id, r, body),
    ...webserviceMessages(
      {
        type: WSB.Frist,
        externalIdentifier: deadline.id,
        versionIdentifier: deadline.id,
        identificationType: IdentificationType.Cpr,
        identification: deadline.cpr,
        changeType: change,
        occurredAt: r.now,
      },
      [jobcentre],
      deadline.cpr,
    ),
  ];
}
