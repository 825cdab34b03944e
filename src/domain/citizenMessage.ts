// The dialog module (dialogmodul) of CitizenMessageService: messages of codelist C-04 about one citizen, between
// a-kasse, jobcentre and citizen, in threads ("trådbaseret kommunikationsform, hvor to myndigheder … kan
// kommunikere med borgeren i midten"); every message is shown in the citizen's Jobnet message box.
import type { IsoDate } from './types.ts';

/** C-04 (codelists/dialog-message-types.json): the types the rules name. */
export const CitizenMessageType = {
  UdkastTilMinPlan: 2,
  IndstillingOmTilbud: 11,
  AntruffetIKontrolaktion: 12,
} as const;

/** OfferDecisionTypeIdentifier [I]: the jobcentre's decision on a type-11 recommendation (R-DLG-02). */
export const OfferDecision = { Approved: 1, Rejected: 2 } as const;
export type OfferDecisionId = (typeof OfferDecision)[keyof typeof OfferDecision];

export interface Organisation {
  organisationType: number;
  organisationCode: string;
}

/** What is stored of an attachment beside its message; the content lives in its own row, read only on demand. */
export interface CitizenMessageDocumentInfo {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export interface OfferDecisionRecord {
  decision: OfferDecisionId;
  decidedAt: string;
  decidedBy: Organisation;
  /** The rejection copy sent back to the a-kasse (type 11 in the same thread); null on approval. */
  copyMessageId: string | null;
}

export interface CitizenMessage {
  id: string;
  cpr: string;
  /** The first message's id; a reply carries its thread's. */
  threadId: string;
  messageType: number;
  sender: Organisation;
  senderUser: { userType: number; userIdentifier: string; fullName: string };
  /** The authority the message is for; null for a message to the citizen only. */
  receiver: Organisation | null;
  headline: string;
  text: string;
  createdAt: string;
  businessDate: IsoDate;
  document: CitizenMessageDocumentInfo | null;
  /** Set on a type-11 recommendation once the jobcentre has decided. */
  offerDecision: OfferDecisionRecord | null;
}

/** An attachment as received: the decoded bytes. */
export interface CitizenMessageAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}
