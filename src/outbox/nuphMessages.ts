// The notifications of a NUPH and its answer, written in the transaction that creates, withdraws or answers it
// (R-AK-02, R-AK-04, R-AK-05, R-AK-12; docs/contract-decisions.md): the WSRM messages GetNuphVersion1 (the NUPH
// created or withdrawn, to its a-kasse) and GetNuphAnswerVersion1 (an answer, to the NUPH's jobcentre, and for
// DFDG's automatic answer also to the a-kasse), thin, and the webservice messages Nuph.WSB (Create 1, Delete 3 on
// withdrawal) and NuphSvar.WSB (Create 1) to the subscribed among the same receivers. The receiver reads the NUPH
// and its answer with Underretning.NuphService.GetNuphList.
import { GetNuphAnswerTypeElement, GetNuphTypeElement } from '../contract/generated/services.ts';
import type { Nuph, NuphAnswer } from '../domain/nuph.ts';
import { OrganisationType } from '../domain/types.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { ChangeType, IdentificationType, WSB, webserviceMessages } from './webserviceMessage.ts';
import { wsrmItem, wsrmItems, type Registration } from './wsrmMetadata.ts';

export const NUPH_MESSAGES = {
  nuph: { type: 'GetNuphVersion1', version: 1 },
  answer: { type: 'GetNuphAnswerVersion1', version: 1 },
} as const;

export const akasseOf = (n: Nuph): Receiver => ({
  organisationType: OrganisationType.AKasse,
  organisationCode: n.akasse,
  subQueue: null,
});

export const jobcentreOf = (n: Nuph): Receiver => ({
  organisationType: OrganisationType.Jobcenter,
  organisationCode: n.jobcentre,
  subQueue: null,
});

/** The NUPH as created or withdrawn, to its a-kasse. */
export function nuphMessages(n: Nuph, r: Registration): OutboxMessage[] {
  const receiver = akasseOf(n);
  const withdrawn = n.state === 'withdrawn';
  const content = {
    PersonCivilRegistrationIdentifier: n.cpr,
    NuphIdentifier: n.id,
    NuphEventTypeIdentifier: n.eventCode,
    EventDate: n.eventDate,
    Withdrawn: withdrawn,
    SendingAuthority: { OrganisationTypeIdentifier: OrganisationType.Jobcenter, OrganisationCode: n.jobcentre },
  };
  const about = { cpr: n.cpr, entityKey: n.id };
  const wsrm = wsrmItem(NUPH_MESSAGES.nuph, GetNuphTypeElement, about, content, receiver, r);
  const wsb = webserviceMessages(
    {
      type: WSB.Nuph,
      externalIdentifier: n.id,
      versionIdentifier: withdrawn ? `${n.id}:withdrawn` : n.id,
      identificationType: IdentificationType.Cpr,
      identification: n.cpr,
      changeType: withdrawn ? ChangeType.Delete : ChangeType.Create,
      body: { HaendelseId: n.eventCode },
      occurredAt: r.now,
    },
    [receiver],
    n.cpr,
  );
  return [wsrm, ...wsb];
}

/** An answer, to the NUPH's jobcentre; DFDG's automatic answer to the a-kasse too (both parties, R-AK-05). */
export function nuphAnswerMessages(n: Nuph, a: NuphAnswer, r: Registration): OutboxMessage[] {
  const receivers = a.automatic ? [jobcentreOf(n), akasseOf(n)] : [jobcentreOf(n)];
  const content = {
    PersonCivilRegistrationIdentifier: n.cpr,
    NuphIdentifier: n.id,
    NuphAnswerIdentifier: a.id,
    NuphAnswerTypeIdentifier: a.answerCode,
    SanctionGiven: a.sanctionGiven,
    AnsweredByDfdg: a.automatic,
  };
  const about = { cpr: n.cpr, entityKey: a.id };
  const wsrm = wsrmItems(NUPH_MESSAGES.answer, GetNuphAnswerTypeElement, about, content, receivers, r);
  const wsb = webserviceMessages(
    {
      type: WSB.NuphSvar,
      externalIdentifier: a.id,
      versionIdentifier: a.id,
      identificationType: IdentificationType.Cpr,
      identification: n.cpr,
      changeType: ChangeType.Create,
      body: { NuphId: n.id, SvarId: a.answerCode, SanktionGivet: a.sanctionGiven },
      occurredAt: r.now,
    },
    receivers,
    n.cpr,
  );
  return [...wsrm, ...wsb];
}
