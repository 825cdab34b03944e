// What the JO rules look at: the job order (as it would be after the command), who acts, and for a placement
// the candidate's state. Pure data; the handlers build it.
import type { Candidate, JobOrder } from '../../domain/jobOrder.ts';
import type { Actor, CitizenState } from '../../domain/types.ts';

export type AuthorityActor = Extract<Actor, { kind: 'authority' }>;

export interface JobOrderCommand {
  order: JobOrder;
  actor: AuthorityActor;
  /** Whether the a-kasse responsible for the order (if any) is ready for job orders (R-JO-14). */
  responsibleReady: boolean;
}

export interface PlacementCommand {
  order: JobOrder;
  actor: AuthorityActor;
  candidate: Candidate;
  citizen: CitizenState;
}

export interface HandOverCommand {
  order: JobOrder;
  actor: AuthorityActor;
  receiver: { organisationType: number; organisationCode: string };
  reason: number;
}
