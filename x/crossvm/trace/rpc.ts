import { RpcError } from '../../../core/jsonrpc/index.ts';
import type { NodeAPI } from '../../../core/types/node-api.ts';
import type { CrossVMKeeper } from '../keeper.ts';
import { type CrossVMTrace, nodeSource, TraceBuilder } from './build.ts';

/** `id`: an Ethereum tx hash, a Cosmos tx hash (hex, 0x optional) or a message id; anything else is -32602. */
export function parseTraceId(v: unknown): string {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return String(v);
  if (typeof v === 'string') {
    if (/^0x[0-9a-fA-F]{64}$/.test(v) || /^[0-9a-fA-F]{64}$/.test(v)) return v;
    if (/^[1-9]\d{0,19}$/.test(v) && BigInt(v) < 2n ** 64n) return v;
  }
  throw new RpcError(-32602, `trivium_traceCrossVM: expected a tx hash (0x… Ethereum or 64-hex Cosmos) or a message id, got ${JSON.stringify(v)}`);
}

/** The trace, or null when no tx or message has that id. */
export function traceCrossVM(keeper: CrossVMKeeper, node: NodeAPI, id: unknown): CrossVMTrace | null {
  return new TraceBuilder(nodeSource(keeper, node), node).build(parseTraceId(id)) ?? null;
}
