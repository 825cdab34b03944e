// A receiver of a WSRM notification: an organisation, optionally one of its sub-queues (e.g. a municipality's
// benefit system).
export interface Receiver {
  organisationType: number;
  organisationCode: string;
  subQueue: string | null;
}

/** The receivers without repeats (same organisation and sub-queue), in first-seen order. */
export function uniqueReceivers(receivers: readonly Receiver[]): Receiver[] {
  const seen = new Set<string>();
  return receivers.filter((r) => {
    const key = `${r.organisationType}|${r.organisationCode}|${r.subQueue ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
