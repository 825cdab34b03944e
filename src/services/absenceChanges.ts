// Every change to an absence, whoever makes it (an authority through AbsenceRegistrationService, or
// DFDG itself on enrollment and in its jobs), goes through here: the absence rules, then the row,
// then its GetAbsenceVersion7 outbox rows, then what the change does to the contact process, all in the
// caller's transaction.
import type { Knex } from 'knex';
import type { RequestUserMetadataType } from '../contract/generated/types.ts';
import type { Absence, Actor, CitizenState, IsoDate } from '../domain/types.ts';
import { absenceMessages } from '../outbox/absenceMessage.ts';
import { enqueue } from '../outbox/outbox.ts';
import { absenceChangeRules, absenceNotificationReceivers, type AbsenceChange } from '../rules/index.ts';
import { insertAbsence, updateAbsence } from '../store/citizenRepository.ts';
import { contactProcessEffects } from './contactProcess/absenceEffects.ts';
import { enforceRules } from './enforceRules.ts';

export interface AbsenceChangeContext {
  db: Knex;
  state: CitizenState;
  actor: Actor;
  businessDate: IsoDate;
  now: string;
  registeringUser: RequestUserMetadataType | null;
}

export async function applyAbsenceChange(c: AbsenceChangeContext, kind: AbsenceChange['kind'], before: Absence | null, after: Absence | null): Promise<void> {
  enforceRules(absenceChangeRules, { kind, state: c.state, before, after, actor: c.actor }, c.businessDate);

  const stored = kind === 'delete' ? { ...before!, deletedOn: c.businessDate } : after!;
  if (kind === 'create') await insertAbsence(c.db, stored);
  else await updateAbsence(c.db, stored);

  const receivers = absenceNotificationReceivers(c.state, kind, stored, c.businessDate);
  await enqueue(c.db as Knex.Transaction, absenceMessages(stored, kind === 'delete', receivers, c.registeringUser), c.now);

  await contactProcessEffects(c, kind, before, stored);
}
