// A WSRM puller's calls with node-soap clients: CreateSequence (inventory), GetAbsenceVersion7 (items with
// their MessageIdentifier), Close/TerminateSequence. `clientOf` gives the client of a service as one
// receiver, on whichever facade process the test talks to.
import type soap from 'soap';

export type ClientOf = (service: string) => Promise<soap.Client>;

export const asArray = <T>(v: T | T[] | undefined | null): T[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];

export interface Inventory {
  id: string;
  items: { name: string; endpoint: string; count: number }[];
}

export async function createSequence(clientOf: ClientOf, subQueue?: string): Promise<Inventory> {
  const client = await clientOf('WsrmService');
  const [res] = await client.CreateSequenceAsync(subQueue ? { SubQueueIdentifier: subQueue } : {});
  return {
    id: res.Identifier,
    items: asArray(res.ServiceInventoryCollection?.ServiceItem).map(
      (i: { ServiceName: string; ServiceEndpoint: string; MessageCount: string }) => ({
        name: i.ServiceName,
        endpoint: i.ServiceEndpoint,
        count: Number(i.MessageCount),
      }),
    ),
  };
}

export async function fetchAbsences(clientOf: ClientOf, sequence: string) {
  const client = await clientOf('WsrmMessageService');
  const [res] = await client.GetAbsenceVersion7Async({ Identifier: sequence });
  return asArray(res?.GetAbsenceType).map(
    (item: {
      WSRMMetadata: { MessageIdentifier: string };
      Absence: { AbsenceIdentifier: string };
      Deleted: unknown;
    }) => ({
      messageId: item.WSRMMetadata.MessageIdentifier,
      absenceId: item.Absence.AbsenceIdentifier,
      deleted: String(item.Deleted) === 'true',
    }),
  );
}

export const endSequence = async (clientOf: ClientOf, op: 'CloseSequence' | 'TerminateSequence', id: string) =>
  (await clientOf('WsrmService'))[`${op}Async`]({ Identifier: id });

/** One whole sequence of the receiver: every message type of the inventory fetched (each count checked
 *  against the inventory), then terminated. Items by message type, in queue order. */
export async function drainQueue(clientOf: ClientOf): Promise<Record<string, any[]>> {
  const wsrm = await clientOf('WsrmService');
  const messages = await clientOf('WsrmMessageService');
  const [seq] = await wsrm.CreateSequenceAsync({});
  const got: Record<string, any[]> = {};
  for (const item of asArray<{ ServiceName: string; MessageCount: string }>(
    seq.ServiceInventoryCollection?.ServiceItem,
  )) {
    const [res] = await messages[`${item.ServiceName}Async`]({ Identifier: seq.Identifier });
    got[item.ServiceName] = Object.values(res ?? {}).flatMap((v) => asArray<any>(v as any));
    if (got[item.ServiceName]!.length !== Number(item.MessageCount))
      throw new Error(`${item.ServiceName}: inventory ${item.MessageCount}, fetched ${got[item.ServiceName]!.length}`);
  }
  await wsrm.TerminateSequenceAsync({ Identifier: seq.Identifier });
  return got;
}
