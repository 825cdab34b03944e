// Every change to an absence, whoever makes it (an authority through AbsenceRegistrationService, or
// DFDG itself on enrollment and in its jobs), goes through here: the absence rules, then the row,
// then its GetAbsenceVersion7 outbox rows, then what the change does to the contact process, all in the
// caller's transaction.
import type { Absence, CitizenState } from '../../domain/types.ts';
import { absenceMessages } from '../../outbox/absenceMessage.ts';
import { absenceChangeRules, absenceNotificationReceivers, type AbsenceChange } from '../../rules/index.ts';
import { insertAbsence, updateAbsence } from '../../store/citizenRepository.ts';
import { contactProcessEffects } from '../contactProcess/absenceEffects.ts';
import type { WriteContext } from '../context.ts';
import { enforceRules } from '../enforceRules.ts';

/** `citizen` is the state before the change. */
export async function applyAbsenceChange(
  w: WriteContext,
  citizen: CitizenState,
  kind: AbsenceChange['kind'],
  before: Absence | null,
  after: Absence | null,
): Promise<void> {
  enforceRules(absenceChangeRules, { kind, state: citizen, before, after, actor: w.actor }, w.businessDate);

  const stored = kind === 'delete' ? { ...before!, deletedOn: w.businessDate } : after!;
  if (kind === 'create') await insertAbsence(w.trx, stored);
  else await updateAbsence(w.trx, stored);

  const receivers = absenceNotificationReceivers(citizen, kind, stored, w.businessDate);
  await w.outbox.enqueue(absenceMessages(stored, kind === 'delete', receivers, w.user));

  await contactProcessEffects(w, citizen, kind, before, stored);
}
