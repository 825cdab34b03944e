// The newer DFDG notifications, "webservicebeskeder" (WSB): a small metadata message per changed entity
// that tells a subscriber to fetch the data from the service named on the type's page
// (notifications-wsrm-wsb.md §5). The fields are the documented metadata of a WSB type (§5.2 [F]);
// the wire envelope was not found, so the payload is this metadata as JSON with a stable message id a
// receiver can deduplicate on (docs/contract-decisions.md). Rows go through the same transactional
// outbox as the legacy WSRM messages; delivery (push over HTTPS) is issue 5's.
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { newMessageId } from './outbox.ts';

/** Aendringstype: Oprettelse/Create 1, Opdatering/Update 2, Sletning/Delete 3. */
export const ChangeType = { Create: 1, Update: 2, Delete: 3 } as const;
export type ChangeTypeId = (typeof ChangeType)[keyof typeof ChangeType];

/** IdentifikationstypeId: what the message concerns: a CPR number (1) or an entity identifier (2). */
export const IdentificationType = { Cpr: 1, Identifier: 2 } as const;

/** A WSB type as its page specifies it (EntitetNavn, EntitetId). */
export interface WebserviceMessageType {
  entityName: string;
  entityId: number;
}

export const WSB = {
  Indkaldelse: { entityName: 'Indkaldelse', entityId: 90000 },
  Frist: { entityName: 'Frist', entityId: 90001 },
  Kontaktgruppe: { entityName: 'Kontaktgruppe', entityId: 100008 },
  Jobordre: { entityName: 'Jobordre', entityId: 120001 },
  // EntitetId not found (joborder.md §6.2): the next id after Jobordre (docs/contract-decisions.md).
  Jobordreformidling: { entityName: 'Jobordreformidling', entityId: 120002 },
  // A published jobplan (issue 14): EntitetNavn and EntitetId not found; ours (docs/contract-decisions.md).
  Plan: { entityName: 'Plan', entityId: 130001 },
  // The dialog module's messages (CitizenMessageService): no WSB type found; name and id of our choosing (D-188).
  Dialogbesked: { entityName: 'Dialogbesked', entityId: 140001 },
  // Activities (ActivityService): no WSB type for activities was found; name and EntitetId are the facade's (D-194).
  Aktivitet: { entityName: 'Aktivitet', entityId: 130002 },
  // NUPHs and their answers (Underretning.NuphService, issue 15): no WSB type found; names and ids are the facade's
  // (docs/contract-decisions.md), a block apart from the issue-14 types.
  Nuph: { entityName: 'Nuph', entityId: 150001 },
  NuphSvar: { entityName: 'NuphSvar', entityId: 150002 },
  // Tidlig pension (PensionService, R-NOT-07): the WSB page was not found (notifications §4.2: "not found"); name
  // and EntitetId are the facade's (D-215).
  TidligPension: { entityName: 'TidligPension', entityId: 160001 },
  // The NUPH dialog (Underretning.NuphDialogService): no WSB type found; name and id of our choosing (D-224),
  // 150101 to stay clear of the ids the NUPH part may take from 150001.
  NuphDialog: { entityName: 'NuphDialog', entityId: 150101 },
  // UDB's report of a completed vocational education (R-NOT-14): no WSB type found; name and id ours (D-293).
  Uddannelseshaendelse: { entityName: 'Uddannelseshaendelse', entityId: 170001 },
  // A document uploaded to a rehabilitation process (Borgerindsats.RehabiliteringsforloebService): the type's page
  // gives the name and EntitetId [F] (110004, formerly 40004; notifications-wsrm-wsb.md §5.4).
  Rehabiliteringsdokument: { entityName: 'Rehabiliteringsdokument', entityId: 110004 },
} as const satisfies Record<string, WebserviceMessageType>;

export interface WebserviceMessageEvent {
  type: WebserviceMessageType;
  /** EksternIdentifier: the id of the entity the message concerns. */
  externalIdentifier: string;
  /** VersionIdentifier: the id to pass to the type's history method. */
  versionIdentifier: string;
  identificationType: (typeof IdentificationType)[keyof typeof IdentificationType];
  /** The CPR number or entity identifier the IdentifikationstypeId names. */
  identification: string;
  changeType: ChangeTypeId;
  /** Bodyindhold, for the types that carry one. */
  body?: Record<string, unknown>;
  /** When the registration happened (xs:dateTime). */
  occurredAt: string;
}

/** One outbox row per receiver; each row's id is the message id its JSON carries. */
export function webserviceMessages(
  event: WebserviceMessageEvent,
  receivers: readonly Receiver[],
  citizenCpr: string | null,
): OutboxMessage[] {
  return receivers.map((receiver) => {
    const id = newMessageId();
    const payload = JSON.stringify({
      BeskedId: id,
      EntitetNavn: event.type.entityName,
      EntitetId: event.type.entityId,
      EksternIdentifier: event.externalIdentifier,
      VersionIdentifier: event.versionIdentifier,
      IdentifikationstypeId: event.identificationType,
      Identifikation: event.identification,
      Aendringstype: event.changeType,
      Tidspunkt: event.occurredAt,
      ...(event.body ? { Body: event.body } : {}),
    });
    return {
      id,
      // Named like DFDG's pages ("Indkaldelse.WSB"); a WSB type has no version of its own.
      messageType: `${event.type.entityName}.WSB`,
      messageVersion: 1,
      receiver,
      citizenCpr,
      entityKey: event.externalIdentifier,
      payload,
    };
  });
}
