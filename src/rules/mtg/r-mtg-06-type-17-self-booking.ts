// R-MTG-06 — 000 §1.5: jobcentres may offer self-booking and rebooking of interview type 17, "dog ikke for
// borgere omfattet af overgangsreglerne".
import { InterviewType } from '../../domain/contactProcess.ts';
import { violation, type ValidationRule } from '../engine.ts';
import { isTransitionGroup } from '../kf/r-kf-04-transition-group.ts';
import type { BookingCommand } from './contact-command.ts';

export const type17SelfBooking: ValidationRule<BookingCommand> = {
  id: 'R-MTG-06',
  title: 'Type 17 may be self-booked and rebooked, except by citizens under the transition rules',
  source: '000 §1.5',
  validFrom: '2023-12-04',
  validTo: null,
  evaluate(c) {
    if (c.offer.interviewType !== InterviewType.FaellesJobsamtaleMedDagpengemodtager) return null;
    if (!isTransitionGroup(c.citizen, c.date)) return null;
    return violation(
      this,
      'Type17SelfBookingNotForTransitionGroup',
      `the citizen is under the transition rules on ${c.date}`,
    );
  },
};
