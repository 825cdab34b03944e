// WsrmService (Version 3): the receiver's session over its WSRM queue (notifications-wsrm-wsb.md §3.1):
// CreateSequence → inventory (ServiceName, ServiceEndpoint, MessageCount per message type, ≤ 500
// messages); CloseSequence aborts (the messages come again); TerminateSequence acknowledges them.
import { endSequence, openSequence } from '../../app/notifications/wsrmQueue.ts';
import { WsrmMessageServiceDescriptor } from '../../contract/generated/services.ts';
import type { WsrmServiceOperations } from '../generated/operations.ts';
import type { WriteCall } from '../operation.ts';
import { queueAccess, servedMessageTypes } from '../WsrmMessageService/index.ts';

async function end(id: string, call: WriteCall, state: 'closed' | 'terminated') {
  await endSequence(call.write, call.actor, id, state);
  return { Identifier: id };
}

export const operations: WsrmServiceOperations = {
  CreateSequence: {
    kind: 'write',
    access: queueAccess,
    async handle(req, call) {
      const receiver = {
        organisationType: call.actor.organisationType,
        organisationCode: call.actor.organisationCode,
        subQueue: req.SubQueueIdentifier ?? null,
      };
      const inventory = await openSequence(call.write, receiver, servedMessageTypes);
      const endpoint = call.baseUrl + WsrmMessageServiceDescriptor.endpointPath;
      return {
        Identifier: inventory.id,
        ServiceInventoryCollection: {
          ServiceItem: [...inventory.counts].map(([ServiceName, MessageCount]) => ({
            ServiceName,
            ServiceEndpoint: endpoint,
            MessageCount,
          })),
        },
      };
    },
  },
  CloseSequence: { kind: 'write', access: queueAccess, handle: (req, call) => end(req.Identifier, call, 'closed') },
  TerminateSequence: {
    kind: 'write',
    access: queueAccess,
    handle: (req, call) => end(req.Identifier, call, 'terminated'),
  },
};
