// GetBenefitsAccountFromFormerUnemploymentFundVersion3 (visitation-absence §3.1 rule 4, D-17): a former a-kasse
// reported the dagpengetæller of a member who is now in another a-kasse; DFDG passes the report to the current
// a-kasse as sent, with WSRM metadata about who sent it.
import { GetBenefitsAccountFromFormerUnemploymentFundTypeElement } from '../contract/generated/services.ts';
import type { CreateBenefitsAccountRequestType } from '../contract/generated/types.ts';
import type { AuthorityActor, RegisteringUser } from '../domain/types.ts';
import type { Receiver } from '../rules/index.ts';
import type { OutboxMessage } from './outbox.ts';
import { wsrmItem } from './wsrmMetadata.ts';

export const FORMER_FUND_MESSAGE = {
  type: 'GetBenefitsAccountFromFormerUnemploymentFundVersion3',
  version: 3,
} as const;

export function formerFundMessage(
  report: CreateBenefitsAccountRequestType,
  cpr: string,
  receiver: Receiver,
  sender: AuthorityActor,
  user: RegisteringUser | null,
): OutboxMessage {
  const element = GetBenefitsAccountFromFormerUnemploymentFundTypeElement;
  const content = { CreateBenefitsAccount: report };
  return wsrmItem(FORMER_FUND_MESSAGE, element, { cpr, entityKey: cpr }, content, receiver, { actor: sender, user });
}
