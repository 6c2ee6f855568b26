import { fromHex, toHex } from '@cosmjs/encoding';
import { parseAddress, toBech32Address } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import type { AppError } from '../../../core/types/errors.ts';
import type { AbciEvent } from '../../../core/types/events.ts';
import type { Coin } from '../../../core/types/coin.ts';
import { infiniteGasMeter } from '../../../core/types/gas.ts';
import { fromUtf8, utf8 } from '../../../core/store/kv.ts';
import { ErrMaxQueryDepth, ErrQueryFailed, WasmExecutionError } from '../errors.ts';
import { contractEvents } from '../events.ts';
import { COSMOS_GAS_PER_UNIT, toContractUnits, toCosmosGas } from '../gas-register.ts';
import {
  ContractResourceError,
  GasExhaustedError,
  type ChainView,
  type EntryPoint,
  type ExecutionError,
  type StateBackend,
  type ValidatorEnv,
  type XChainVM,
} from '../runtime/index.ts';
import { MAX_QUERY_DEPTH, StoreKeys, type WasmParams } from '../types/index.ts';
import { isAddress } from './addresses.ts';
import { type LoadedCode, type MeteredSources, loadCode } from './code.ts';
import { type ActionTarget, dispatchAction } from './msg-dispatcher.ts';
import { type LoadedContract, getContract, loadContract } from './store.ts';
import type { CallFrame } from './types.ts';
import { queryWasm, runWasmAndApply } from './wasm-call.ts';
import type { CompiledCodeCache } from '../cosmwasm/compile.ts';
import { GasMeter } from '../../../core/types/gas.ts';

/** Execution: one entry point through the XChain VM, its writes, events and actions; and smart queries. */

/** What a call needs of the keeper. */
export interface CallHost extends ActionTarget {
  readonly vm: XChainVM;
  readonly validatorEnv: ValidatorEnv;
  readonly meteredSources: MeteredSources;
  readonly compiled: CompiledCodeCache;
  params(ctx: Context): WasmParams;
  querySmart(ctx: Context, contractAddr: string, msg: Uint8Array, gasLimit?: bigint, queryDepth?: number): { data: Uint8Array; gasUsed: bigint };
}

/**
 * Runs one entry point in `ctx` (already a branch), and on success applies its storage writes, emits
 * `leadEvents()` then the contract's `wasm` / `wasm-*` events, and dispatches its actions in order.
 * Gas: the VM may use what ctx's meter has left; what it used is charged to that meter either way.
 */
export async function runAndApply(
  k: CallHost,
  ctx: Context,
  contract: LoadedContract,
  code: LoadedCode,
  method: EntryPoint,
  msg: Uint8Array,
  sender: string,
  funds: Coin[],
  frame: CallFrame,
  wrap: (m: string) => AppError,
  leadEvents: () => AbciEvent[],
): Promise<Uint8Array> {
  const msgJson = jsonText(msg, wrap);
  if (code.record.runtime === 'wasm') {
    if (method !== 'instantiate' && method !== 'execute' && method !== 'migrate') throw wrap(`no ${method} entry point for Wasm contracts`);
    return runWasmAndApply(k, ctx, contract, code, method, msg, sender, funds, frame, wrap, leadEvents);
  }
  const outcome = k.vm.call({
    codeId: Number(code.codeId),
    codeHash: code.record.checksum,
    meteredSource: code.meteredSource,
    method,
    msg: msgJson,
    env: env(ctx, contract, method, sender, funds),
    gasCeiling: toContractUnits(ctx.gasMeter.remaining),
    backend: backend(ctx, contract.hex),
    chain: chainView(k, ctx, 0),
    validatorEnv: k.validatorEnv,
    readOnly: false,
  });
  frame.logs.push(...outcome.collector.logs);
  recordLogs(ctx, contract.address, outcome.collector.logs);
  // Out of gas (and the resource guards) take everything the meter had left, as the SDK does.
  const gasUsed = !outcome.ok && consumesAll(outcome.error) ? ctx.gasMeter.remaining : toCosmosGas(outcome.gasUsed);
  ctx.gasMeter.consume(gasUsed, `wasm ${method}`);
  if (!outcome.ok) throw WasmExecutionError.from(outcome.error, wrap, gasUsed, outcome.collector.logs);

  const prefix = StoreKeys.state(contract.hex);
  for (const [key, v] of outcome.state.entries) {
    if (v === null) ctx.rawStore.delete(prefix + key);
    else ctx.rawStore.set(prefix + key, utf8(v));
  }
  ctx.emit(...leadEvents(), ...contractEvents(contract.address, outcome.collector.attributes, outcome.collector.events));
  const next: CallFrame = { depth: frame.depth + 1, logs: frame.logs };
  for (const action of outcome.collector.actions) {
    await dispatchAction(k, ctx, { address: contract.address, bytes: contract.bytes }, action, next);
  }
  return outcome.result === '' ? new Uint8Array() : utf8(outcome.result);
}

/** A smart query: read-only, discarded writes, at most `gasLimit` Cosmos gas (the ABCI default if omitted). */
export function querySmart(k: CallHost, ctx: Context, contractAddr: string, msg: Uint8Array, gasLimit?: bigint, queryDepth = 0): { data: Uint8Array; gasUsed: bigint } {
  if (queryDepth > MAX_QUERY_DEPTH) throw ErrMaxQueryDepth(`depth ${queryDepth}`);
  const qctx = ctx.branch(infiniteGasMeter()).ctx;
  const contract = loadContract(qctx, contractAddr);
  const code = loadCode(qctx, k.meteredSources, BigInt(contract.record.code_id));
  const limit = gasLimit ?? BigInt(k.params(ctx).smart_query_gas_limit);
  const msgJson = jsonText(msg, ErrQueryFailed);
  if (code.record.runtime === 'wasm') {
    const meter = new GasMeter(limit);
    const data = queryWasm(k, qctx.withGasMeter(meter), contract, code, msg, { depth: 0, logs: [] }, queryDepth);
    return { data, gasUsed: meter.consumed };
  }
  const outcome = k.vm.call({
    codeId: Number(code.codeId),
    codeHash: code.record.checksum,
    meteredSource: code.meteredSource,
    method: 'query',
    msg: msgJson,
    env: env(qctx, contract, 'query', '', []),
    gasCeiling: toContractUnits(limit),
    backend: backend(qctx, contract.hex),
    chain: chainView(k, qctx, queryDepth),
    validatorEnv: k.validatorEnv,
    readOnly: true,
  });
  const gasUsed = !outcome.ok && consumesAll(outcome.error) ? limit : toCosmosGas(outcome.gasUsed);
  if (!outcome.ok) throw WasmExecutionError.from(outcome.error, ErrQueryFailed, gasUsed, outcome.collector.logs);
  return { data: utf8(outcome.result === '' ? 'null' : outcome.result), gasUsed };
}

const consumesAll = (e: ExecutionError): boolean => e instanceof GasExhaustedError || e instanceof ContractResourceError;

function env(ctx: Context, c: LoadedContract, method: EntryPoint, sender: string, funds: Coin[]) {
  return {
    sender,
    funds: funds.map((f) => ({ denom: f.denom, amount: f.amount })),
    contractAddress: c.address,
    codeId: Number(c.record.code_id),
    creator: c.record.creator,
    admin: c.record.admin || null,
    blockHeight: ctx.block.height,
    blockTime: ctx.block.timeMs,
    chainId: ctx.block.chainId,
    method,
    txHash: ctx.tx?.hash ?? '',
  };
}

/** Contract storage over ctx's raw store: the XChain gas schedule prices it, not the SDK's KV gas. */
function backend(ctx: Context, hex: string): StateBackend {
  const prefix = StoreKeys.state(hex);
  const store = ctx.rawStore;
  // A contract reads a few keys many times (a counter in a loop): each full key is built once per call, so its
  // hash is computed once and the store's Map lookups do not flatten a fresh concatenation per read (issue 17).
  const full = new Map<string, string>();
  const fullKey = (k: string): string => {
    let f = full.get(k);
    if (f === undefined) {
      f = prefix + k;
      if (full.size < 256) full.set(k, f);
    }
    return f;
  };
  return {
    get: (k) => {
      const v = store.get(fullKey(k));
      return v === undefined ? undefined : fromUtf8(v);
    },
    range: (p, o) => {
      const out: Array<[string, string]> = [];
      const it = store.iterate(prefix + p, {
        start: o.start === undefined ? undefined : prefix + o.start,
        end: o.end === undefined ? undefined : prefix + o.end,
        reverse: o.reverse,
      });
      for (const [k, v] of it) {
        out.push([k.slice(prefix.length), fromUtf8(v)]);
        if (out.length >= o.limit) break;
      }
      return out;
    },
  };
}

/** What contracts may read of the chain. Reads go through an unmetered view: the query gas prices them. */
function chainView(k: CallHost, ctx: Context, queryDepth: number): ChainView {
  const free = ctx.withGasMeter(infiniteGasMeter());
  return {
    balance: (a, d) => k.bank.getBalance(free, parseAddress(a), d).toString(),
    allBalances: (a) => k.bank.getAllBalances(free, parseAddress(a)),
    contractInfo: (a) => {
      const r = getContract(free, parseAddress(a));
      return r ? { code_id: Number(r.code_id), creator: r.creator, admin: r.admin || null, label: r.label } : null;
    },
    queryContract: (a, msg, gasLeft) => {
      try {
        const r = querySmart(k, free, a, utf8(JSON.stringify(msg ?? null)), toCosmosGas(gasLeft), queryDepth + 1);
        return { result: JSON.parse(fromUtf8(r.data)), gasUsed: Number(r.gasUsed / COSMOS_GAS_PER_UNIT) };
      } catch (e) {
        const used = e instanceof WasmExecutionError ? Number(e.gasUsed / COSMOS_GAS_PER_UNIT) : 0;
        return { error: (e as Error).message, gasUsed: used };
      }
    },
    isAddress,
    canonicalize: (s) => toHex(parseAddress(s)),
    humanize: (h) => toBech32Address(fromHex(h)),
  };
}

/** Debug logs are not consensus data: they go to the node's index, by tx hash. */
function recordLogs(ctx: Context, contract: string, logs: string[]): void {
  if (!logs.length || !ctx.tx || ctx.mode !== 'deliver') return;
  const key = `wasm/logs/${ctx.tx.hash}`;
  const prev = ctx.index.get(key);
  const all = prev ? (JSON.parse(fromUtf8(prev)) as Array<{ contract: string; line: string }>) : [];
  for (const line of logs) all.push({ contract, line });
  ctx.index.set(key, utf8(JSON.stringify(all)));
}

/** A message's bytes as JSON text; anything but valid JSON is rejected before a contract sees it. */
export function jsonText(msg: Uint8Array, wrap: (m: string) => AppError): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(msg);
    JSON.parse(text);
  } catch {
    throw wrap('message is not valid JSON');
  }
  return text;
}
