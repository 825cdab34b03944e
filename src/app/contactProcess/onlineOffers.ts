// Online booking offers (mødetilbud, booking-frist.md §3) a jobcentre or a-kasse sets up for its citizens'
// self-booking: the offer's codelist values, texts (R-MTG-10) and meeting times are checked, an offer for one
// citizen needs that citizen to be the caller's own, and an a-kasse offers only the interview types it may
// summon to (R-MTG-01). Afterwards only the texts, the place and the meeting link change.
import { DIGITAL_MEETING_CONTACT_TYPE, type OfferSlot, type OnlineOffer } from '../../domain/contactProcess.ts';
import { calendarDateOf } from '../../domain/dates.ts';
import { OrganisationType, type AuthorityActor, type IsoDate } from '../../domain/types.ts';
import { isOwnCitizen } from '../../access/model.ts';
import { fault } from '../../faults/catalogue.ts';
import { akasseInterviewTypes, akasseMaySummonTo, offerTextRules, violation } from '../../rules/index.ts';
import { loadCitizenState } from '../../store/citizenRepository.ts';
import { findOffer, insertOffer, takenSlotIds, updateOfferDetails } from '../../store/contactProcessRepository.ts';
import { requireCodeListValue } from '../codelistValue.ts';
import type { WriteContext } from '../context.ts';
import { asFault, enforceRules } from '../enforceRules.ts';

/** What a request says about a new offer, its ids as given; the owner and the time are DFDG's. */
export type OfferDraft = Omit<
  OnlineOffer,
  'organisationType' | 'organisationCode' | 'slots' | 'createdAt' | 'withdrawnAt'
> & {
  slots: Omit<OfferSlot, 'bookedSummonsId' | 'hold'>[];
};
/** What UpdateMoedetilbud changes. */
export type OfferDetails = Pick<OnlineOffer, 'title' | 'description' | 'location' | 'digitalMeetingLink'>;

function checkOfferText(title: string, description: string | null, businessDate: IsoDate): void {
  enforceRules(offerTextRules, { title, description }, businessDate);
}

function checkOffer(o: OfferDraft, date: IsoDate): void {
  requireCodeListValue('interview-types', o.interviewType, date, 'InterviewTypeIdentifier', 'InterviewTypeInvalid');
  for (const contactType of o.contactTypes)
    requireCodeListValue(
      'interview-contact-types',
      contactType,
      date,
      'InterviewContactTypeIdentifier',
      'InterviewContactTypeInvalid',
    );
  requireCodeListValue(
    'meeting-group-types',
    o.meetingGroupType,
    date,
    'InterviewFormTypeIdentifier',
    'InterviewFormTypeInvalid',
  );
  if (o.contactTypes.includes(DIGITAL_MEETING_CONTACT_TYPE) && o.digitalMeetingLink === null)
    throw fault('DigitalMeetingLinkRequired');
  checkOfferText(o.title, o.description, date);
  for (const t of o.slots) {
    if (calendarDateOf(t.startTime) < date) throw fault('BookingTimeBeforeToday', `Moedetid ${t.id}`);
    if (t.endTime < t.startTime) throw fault('BookingEndBeforeStart', `Moedetid ${t.id}`);
  }
}

/** An offer for one citizen: DFDG must know them (1010) and they must be `by`'s own (4857 / the jobcentre's fault). */
async function checkOfferedCitizen(w: WriteContext, by: AuthorityActor, cpr: string): Promise<void> {
  const state = await loadCitizenState(w.trx, cpr);
  if (!state) throw fault('UnknownCpr');
  const row = by.organisationType === OrganisationType.AKasse ? 'AKasse' : 'Jobcenter';
  if (!isOwnCitizen(row, by.organisationCode, state, w.businessDate))
    throw fault(row === 'AKasse' ? 'MemberOfOtherUnemploymentFund' : 'NotOwnJobcenterCitizen');
}

/** Registers `by`'s offer with its meeting times, none booked; returns its id. */
export async function createOffer(w: WriteContext, by: AuthorityActor, o: OfferDraft): Promise<string> {
  checkOffer(o, w.businessDate);
  const id = o.id.toLowerCase();
  if (await findOffer(w.trx, id)) throw fault('IdentifierInUse', `MoedetilbudId ${id}`);
  const slotIds = o.slots.map((t) => t.id.toLowerCase());
  const taken = [...(await takenSlotIds(w.trx, slotIds)), ...slotIds.filter((s, i) => slotIds.indexOf(s) !== i)];
  if (taken.length > 0) throw fault('IdentifierInUse', `MoedetidId ${taken[0]}`);
  if (o.cpr !== null) await checkOfferedCitizen(w, by, o.cpr);
  if (by.organisationType === OrganisationType.AKasse && !akasseMaySummonTo(o.interviewType)) {
    throw asFault(
      violation(
        akasseInterviewTypes,
        'AkasseInterviewTypeNotAllowed',
        `an a-kasse cannot offer interview type ${o.interviewType}`,
      ),
    );
  }
  await insertOffer(w.trx, {
    ...o,
    id,
    organisationType: by.organisationType,
    organisationCode: by.organisationCode,
    slots: o.slots.map((t) => ({ ...t, id: t.id.toLowerCase(), bookedSummonsId: null, hold: null })),
    createdAt: w.now,
    withdrawnAt: null,
  });
  return id;
}

/** Changes the texts, place and meeting link of `by`'s own offer. */
export async function changeOfferDetails(
  w: WriteContext,
  by: AuthorityActor,
  offerId: string,
  details: OfferDetails,
): Promise<void> {
  const offer = await findOffer(w.trx, offerId.toLowerCase());
  if (!offer) throw fault('UnknownOffer', `MoedetilbudId ${offerId}`);
  if (offer.organisationType !== by.organisationType || offer.organisationCode !== by.organisationCode)
    throw fault('NotAuthorized');
  checkOfferText(details.title, details.description, w.businessDate);
  if (offer.contactTypes.includes(DIGITAL_MEETING_CONTACT_TYPE) && details.digitalMeetingLink === null)
    throw fault('DigitalMeetingLinkRequired');
  await updateOfferDetails(w.trx, { ...offer, ...details });
}
