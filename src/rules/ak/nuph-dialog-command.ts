// What the NUPH dialog rules (R-AK-06, R-AK-07) look at: who writes in the dialog of which NUPH, the text, and a
// document's declared type and size. Pure data; src/app/nuphDialog builds it.
import type { Party } from '../../domain/nuphDialog.ts';

export interface NuphDialogTextCommand {
  /** The NUPH's jobcentre and a-kasse. */
  parties: { jobcentre: Party; akasse: Party };
  /** The organisation asking or replying. */
  writer: Party;
  /** For a reply: the party that asked the question (the replier must be the other one); null for a question. */
  askedBy: Party | null;
  text: string;
}

export interface NuphDocumentCommand {
  contentType: string;
  sizeBytes: number;
}
