import { RpcError } from '../../../core/jsonrpc/index.ts';
import { Context } from '../../../core/types/context.ts';
import { AppError } from '../../../core/types/errors.ts';
import type { AbciEvent } from '../../../core/types/events.ts';
import { infiniteGasMeter } from '../../../core/types/gas.ts';
import type { NodeAPI } from '../../../core/types/node-api.ts';
import { getJSON } from '../../../core/store/kv.ts';
import type { MsgCrossVMCall } from '../codec.ts';
import type { CrossVMKeeper } from '../keeper.ts';
import { crossvmMsgs } from '../msg-server.ts';
import { type CrossVMTrace, TraceBuilder } from '../trace/build.ts';
import { isFinal, StoreKeys } from '../types/index.ts';
import { parseSimulateInput } from './parse.ts';

/** The devnet's block time, for the simulated blocks' timestamps (only ordering matters to the EndBlocker). */
const SIM_BLOCK_MS = 1_000;

export interface SimulationResult {
  /** The chain's height, untouched: the simulated blocks come after it. */
  height: number;
  /** The simulated blocks: the call's (latest + 1) through the last one an EndBlocker ran. */
  blocks: { from: number; to: number };
  /** Every message the simulation queued (the call's, and what its executions and callbacks queued). */
  messages: Array<{ id: string; status: string; height: string; gas_used: string; error: string; callback_status: string }>;
  /** False if a message was still queued when the simulation stopped (past queue_timeout_blocks + 1 blocks). */
  complete: boolean;
  gas: CrossVMTrace['gas'];
  trace: CrossVMTrace;
}

/**
 * trivium_simulateCrossVM: the call admitted at latest + 1, then the x/crossvm EndBlocker of each following
 * block, until every message it led to is final — all in one throwaway branch of the latest state (a
 * CacheStore never written back). Only x/crossvm's EndBlocker runs in the simulated blocks; txs and other
 * modules' block hooks do not. Nothing is committed: the app hash, the queue and the height stay as they were.
 */
export async function simulateCrossVM(keeper: CrossVMKeeper, node: NodeAPI, arg: unknown): Promise<SimulationResult> {
  const calls = parseSimulateInput(arg);
  const height = node.latestHeight();
  const base = node.simulateContext(infiniteGasMeter().limit);
  const store = base.rawStore;
  const at = (h: number) => new Context(store, infiniteGasMeter(), { ...base.block, height: h, timeMs: base.block.timeMs + (h - base.block.height) * SIM_BLOCK_MS }, 'simulate');
  const firstId = BigInt(getJSON<string>(store, StoreKeys.nextId) ?? '1');

  // The tx: each MsgCrossVMCall through the message server (validation, admission, escrow), as delivery would.
  const [def] = crossvmMsgs(keeper);
  const txCtx = at(base.block.height);
  for (const m of calls) {
    try {
      def!.validateBasic?.(m as MsgCrossVMCall);
      const { ctx, commit } = txCtx.branch();
      await def!.handle(ctx, m as MsgCrossVMCall);
      commit();
    } catch (e) {
      if (e instanceof AppError || e instanceof Error) throw new RpcError(-32602, `trivium_simulateCrossVM: the call is not admitted: ${e.message}`);
      throw e;
    }
  }
  const blockEvents = new Map<number, AbciEvent[]>();
  const ours = () => {
    const out = [];
    const next = BigInt(getJSON<string>(store, StoreKeys.nextId) ?? '1');
    for (let id = firstId; id < next; id++) out.push(keeper.getMessage(at(last), id)!);
    return out;
  };
  const limit = keeper.params(txCtx).queue_timeout_blocks + 1;
  let last = base.block.height;
  for (let h = base.block.height; h <= base.block.height + limit; h++) {
    const ctx = at(h);
    await keeper.endBlock(ctx);
    blockEvents.set(h, ctx.events);
    last = h;
    if (ours().every((m) => isFinal(m.status))) break;
  }
  const final = at(last);
  const builder = new TraceBuilder({ getMessage: (id) => keeper.getMessage(final, id), endBlockEvents: (h) => blockEvents.get(h) ?? [] });
  const trace = builder.simulated({ kind: 'simulated_tx', height: base.block.height, calls: calls.length }, txCtx.events);
  const messages = ours().map((m) => ({ id: m.id, status: m.status, height: m.updated_height, gas_used: m.gas_used, error: m.error, callback_status: m.callback_status }));
  return { height, blocks: { from: base.block.height, to: last }, messages, complete: messages.every((m) => isFinal(m.status as never)), gas: trace.gas, trace };
}
