import type { Context } from '../../core/types/context.ts';
import type { QueryHandler } from '../../core/types/module.ts';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import { messageToProto, paramsToProto, QueryTypes } from './codec.ts';
import type { CrossVMKeeper } from './keeper.ts';
import type { CrossVMMessage } from './types/index.ts';

const MAX_PAGE = 1000;

function page<T>(items: Iterable<T>, offset: number, limit: number): { page: T[]; count: number } {
  const out: T[] = [];
  let count = 0;
  const lim = Math.min(limit || 100, MAX_PAGE);
  for (const it of items) {
    if (count >= offset && out.length < lim) out.push(it);
    count++;
  }
  return { page: out, count };
}

/** JSON views shared by the ABCI queries' callers, the Ethereum-port JSON-RPC and the CLI. */
export const views = {
  pending: (k: CrossVMKeeper, ctx: Context, offset = 0, limit = 100) => {
    const { page: messages, count } = page(k.queued(ctx), offset, limit);
    return { messages, count };
  },
  bySender: (k: CrossVMKeeper, ctx: Context, sender: string, offset = 0, limit = 100) => {
    const { page: messages, count } = page(k.bySender(ctx, toBech32Address(parseAddress(sender))), offset, limit);
    return { messages, count };
  },
};

export function crossvmQueries(keeper: CrossVMKeeper): Record<string, QueryHandler> {
  const enc = (m: CrossVMMessage[]) => m.map(messageToProto);
  return {
    [QueryTypes.Params.path]: (ctx) => QueryTypes.Params.res.encode({ params: paramsToProto(keeper.params(ctx)), authority: keeper.authority(ctx) }).finish(),
    [QueryTypes.Message.path]: (ctx, data) => {
      const req = QueryTypes.Message.req.decode(data);
      const m = keeper.getMessage(ctx, req.id);
      return QueryTypes.Message.res.encode({ message: m ? messageToProto(m) : undefined, found: Boolean(m) }).finish();
    },
    [QueryTypes.PendingMessages.path]: (ctx, data) => {
      const req = QueryTypes.PendingMessages.req.decode(data);
      const r = views.pending(keeper, ctx, Number(req.pagination?.offset ?? 0), Number(req.pagination?.limit ?? 0));
      return QueryTypes.PendingMessages.res.encode({ messages: enc(r.messages), count: BigInt(r.count) }).finish();
    },
    [QueryTypes.MessagesBySender.path]: (ctx, data) => {
      const req = QueryTypes.MessagesBySender.req.decode(data);
      const r = views.bySender(keeper, ctx, req.sender, Number(req.pagination?.offset ?? 0), Number(req.pagination?.limit ?? 0));
      return QueryTypes.MessagesBySender.res.encode({ messages: enc(r.messages), count: BigInt(r.count) }).finish();
    },
  };
}
