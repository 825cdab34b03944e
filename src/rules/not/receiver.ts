// A receiver of a WSRM notification: an organisation, optionally one of its sub-queues (e.g. a municipality's
// benefit system).
export interface Receiver {
  organisationType: number;
  organisationCode: string;
  subQueue: string | null;
}
