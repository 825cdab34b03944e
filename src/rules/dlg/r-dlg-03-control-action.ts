// R-DLG-03 — 000 §5.1, §3.5: the a-kasse uses type 12 'Antruffet i kontrolaktion – anmodning om iværksættelse af
// tilbud' to ask the jobcentre to start an offer for a dagpenge recipient caught in a control action; the text
// says within 2 weeks, which no system enforces. Here: a type-12 message goes to the citizen's jobcentre
// (addressed there by DFDG when no receiver is given); sender and period are R-DLG-04's.
import { CitizenMessageType } from '../../domain/citizenMessage.ts';
import { toJobcentreOnly } from './r-dlg-01-offer-recommendation.ts';

export const controlActionRequest = toJobcentreOnly(
  {
    id: 'R-DLG-03',
    title: "Message type 12 'Antruffet i kontrolaktion' goes from the a-kasse to the citizen's jobcentre",
    source: '000 §5.1, §3.5',
    validFrom: '2024-01-01',
    validTo: null,
  },
  CitizenMessageType.AntruffetIKontrolaktion,
);
