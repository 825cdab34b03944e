// WsrmService (Version 3): the receiver's session over its WSRM queue (notifications-wsrm-wsb.md §3.1):
// CreateSequence → inventory (ServiceName, ServiceEndpoint, MessageCount per message type, ≤ 500
// messages); CloseSequence aborts (the messages come again); TerminateSequence acknowledges them.
import { WsrmMessageServiceDescriptor, type WsrmServiceOperations } from '../../contract/generated/services.ts';
import { fault } from '../../faults/catalogue.ts';
import { createSequence, endOpenSequence } from '../../outbox/wsrmQueue.ts';
import type { CallContext } from '../../soap/operation.ts';
import { queueAccess, servedMessageTypes } from '../WsrmMessageService/index.ts';

async function end(id: string, ctx: CallContext, state: 'closed' | 'terminated') {
  if (!(await endOpenSequence(ctx.db, id, ctx.actor, state, ctx.now))) throw fault('UnknownWsrmSequence', `sequence ${id}`);
  return { Identifier: id };
}

export const operations: WsrmServiceOperations = {
  CreateSequence: {
    access: { ...queueAccess, writes: true },
    async handle(req, ctx) {
      const receiver = { organisationType: ctx.actor.organisationType, organisationCode: ctx.actor.organisationCode, subQueue: req.SubQueueIdentifier ?? null };
      const inventory = await createSequence(ctx.db, receiver, servedMessageTypes, ctx.now);
      const endpoint = ctx.baseUrl + WsrmMessageServiceDescriptor.endpointPath;
      return {
        Identifier: inventory.id,
        ServiceInventoryCollection: {
          ServiceItem: [...inventory.counts].map(([ServiceName, MessageCount]) => ({ ServiceName, ServiceEndpoint: endpoint, MessageCount })),
        },
      };
    },
  },
  CloseSequence: {
    access: { ...queueAccess, writes: true },
    handle: (req, ctx) => end(req.Identifier, ctx, 'closed'),
  },
  TerminateSequence: {
    access: { ...queueAccess, writes: true },
    handle: (req, ctx) => end(req.Identifier, ctx, 'terminated'),
  },
};
