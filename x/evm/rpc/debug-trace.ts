import type { Context } from '../../../core/types/context.ts';
import { HistoricalStateError } from '../../../core/store/commit-store.ts';
import type { NodeAPI } from '../../../core/types/node-api.ts';
import type { SimulateRequest } from '../executor/executor.ts';
import { setTracer } from '../executor/trace-hook.ts';
import type { EvmKeeper } from '../keeper.ts';
import { BlockTracer } from '../trace/block-tracer.ts';
import { CallTracer } from '../trace/call-tracer.ts';
import { PrestateTracer } from '../trace/prestate-tracer.ts';
import { StructLogger } from '../trace/struct-logger.ts';
import { IndexKeys, type TxLocation } from '../types/index.ts';
import type { ChainView, EthBlockView } from './chain-view.ts';
import { invalidParams, RpcCodes, RpcError } from './errors.ts';
import { parseHash } from './hex.ts';
import { applyStateOverrides } from './state-overrides.ts';

type Tracer = StructLogger | CallTracer | PrestateTracer;

export interface DebugTraceDeps {
  node: NodeAPI;
  keeper: EvmKeeper;
  view: ChainView;
  parseCall(obj: unknown): SimulateRequest;
  stateContext(tag: unknown): Context;
  /** A block tag or number as a height. */
  resolveHeight(tag: unknown, name?: string): number;
}

// What geth's TraceConfig / TraceCallConfig accept; timeout and reexec are taken and ignored (a replay needs neither).
const CONFIG_KEYS = new Set(['tracer', 'tracerConfig', 'timeout', 'reexec', 'disableStack', 'disableStorage', 'enableMemory', 'enableReturnData', 'limit', 'debug', 'stateOverrides']);
const BOOL_KEYS = ['disableStack', 'disableStorage', 'enableMemory', 'enableReturnData', 'debug'] as const;

function object(v: unknown, what: string): Record<string, unknown> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw invalidParams(`invalid ${what}: expected an object`);
  return v as Record<string, unknown>;
}

function bools(o: Record<string, unknown>, keys: readonly string[], what: string): void {
  for (const k of keys) if (o[k] !== undefined && typeof o[k] !== 'boolean') throw invalidParams(`invalid ${what}.${k}: expected a boolean`);
}

/** The tracer a trace config asks for; bad config → -32602 before anything runs. */
export function makeTracer(config: unknown, txHash: string | undefined, allowOverrides: boolean): Tracer {
  const c = object(config, 'trace config');
  for (const k of Object.keys(c)) {
    if (!CONFIG_KEYS.has(k) || (k === 'stateOverrides' && !allowOverrides)) throw invalidParams(`invalid trace config: unknown field ${JSON.stringify(k)}`);
  }
  bools(c, BOOL_KEYS, 'trace config');
  if (c.limit !== undefined && (typeof c.limit !== 'number' || !Number.isSafeInteger(c.limit) || c.limit < 0)) throw invalidParams('invalid trace config.limit: expected a non-negative integer');
  if (c.timeout !== undefined && typeof c.timeout !== 'string') throw invalidParams('invalid trace config.timeout: expected a duration string such as "5s"');
  const tc = object(c.tracerConfig, 'tracerConfig');
  switch (c.tracer) {
    case undefined:
    case null:
    case '':
      return new StructLogger(txHash, c as never);
    case 'callTracer':
      for (const k of Object.keys(tc)) if (k !== 'onlyTopCall' && k !== 'withLog') throw invalidParams(`invalid tracerConfig for callTracer: unknown field ${JSON.stringify(k)}`);
      bools(tc, ['onlyTopCall', 'withLog'], 'tracerConfig');
      return new CallTracer(txHash, tc as never);
    case 'prestateTracer':
      for (const k of Object.keys(tc)) if (k !== 'diffMode') throw invalidParams(`invalid tracerConfig for prestateTracer: unknown field ${JSON.stringify(k)}`);
      bools(tc, ['diffMode'], 'tracerConfig');
      return new PrestateTracer(txHash, tc as never);
    default:
      throw invalidParams(`unknown tracer ${JSON.stringify(c.tracer)}: this node has the struct logger (no tracer), "callTracer" and "prestateTracer"`);
  }
}

const textDecoder = new TextDecoder();

async function replay(d: DebugTraceDeps, height: number, lastTx: number, tracer: Parameters<typeof setTracer>[1]): Promise<void> {
  try {
    await d.node.replayBlock(height, lastTx, (info) => setTracer(info, tracer));
  } catch (e) {
    if (e instanceof HistoricalStateError) throw new RpcError(RpcCodes.Server, `historical state not available to replay block ${height}: ${e.message}`);
    throw e;
  }
}

/** Every Ethereum tx of a committed block traced in one replay: geth's [{txHash, result}], in block order. */
async function traceBlock(d: DebugTraceDeps, block: EthBlockView | undefined, config: unknown, what: string): Promise<unknown> {
  makeTracer(config, undefined, false); // the config's errors before the block's
  if (!block) throw new RpcError(RpcCodes.Server, `block ${what} not found`);
  if (block.number === 0 || block.txs.length === 0) return [];
  const bt = new BlockTracer((hash) => makeTracer(config, hash, false));
  await replay(d, block.number, Number.MAX_SAFE_INTEGER, bt);
  // A tx the replay ran but the block did not keep (its Cosmos tx failed after it) is not the block's.
  const byHash = new Map(bt.traced.map((t) => [t.txHash, t.tracer]));
  return block.txs.map((t) => {
    const tracer = byHash.get(t.hash);
    return tracer ? { txHash: t.hash, result: tracer.result() } : { txHash: t.hash, error: 'the replay did not run this tx' };
  });
}

/** debug_traceTransaction and debug_traceCall, as geth answers them (see docs/evm.md). */
export function debugTraceMethods(d: DebugTraceDeps): Record<string, (p: unknown[]) => Promise<unknown>> {
  return {
    /** Re-executes the tx's block up to it on the state before the block, tracing only it. */
    debug_traceTransaction: async (p) => {
      if (p.length < 1 || p.length > 2) throw invalidParams(`expected [txHash, config?], got ${p.length} params`);
      const hash = parseHash(p[0], 'transaction hash');
      const tracer = makeTracer(p[1], hash, false);
      const found = d.view.tx(hash);
      const raw = found ? d.node.getIndex(IndexKeys.txByHash(hash)) : undefined;
      if (!found || !raw) throw new RpcError(RpcCodes.Server, `transaction ${hash} not found (not mined on this node, or unknown)`);
      const loc = JSON.parse(textDecoder.decode(raw)) as TxLocation;
      await replay(d, loc.height, loc.txIndex, tracer);
      return tracer.result();
    },
    debug_traceBlockByNumber: async (p) => {
      if (p.length < 1 || p.length > 2) throw invalidParams(`expected [block, config?], got ${p.length} params`);
      const h = d.resolveHeight(p[0], 'block');
      return traceBlock(d, d.view.block(h), p[1], String(h));
    },
    debug_traceBlockByHash: async (p) => {
      if (p.length < 1 || p.length > 2) throw invalidParams(`expected [blockHash, config?], got ${p.length} params`);
      const hash = parseHash(p[0], 'block hash');
      return traceBlock(d, d.view.blockByHash(hash), p[1], hash);
    },
    /** Runs a call as eth_call does (block tag, state overrides) under a tracer. */
    debug_traceCall: async (p) => {
      if (p.length < 1 || p.length > 3) throw invalidParams(`expected [call, block?, config?], got ${p.length} params`);
      const req = d.parseCall(p[0]);
      const tracer = makeTracer(p[2], undefined, true);
      const ctx = d.stateContext(p[1] ?? 'latest');
      const overrides = object(p[2], 'trace config').stateOverrides;
      if (overrides !== undefined && overrides !== null) applyStateOverrides(d.keeper, ctx, overrides);
      setTracer(ctx.block, tracer);
      const r = await d.keeper.executor.simulate(ctx, req);
      // Refused before the EVM ran (intrinsic gas): nothing to trace.
      if (r.vmError?.startsWith('intrinsic gas too low')) throw new RpcError(RpcCodes.Server, r.vmError);
      return tracer.result();
    },
  };
}
