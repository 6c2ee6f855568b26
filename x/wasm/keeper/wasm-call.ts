import { fromBase64, toBase64, toHex } from '@cosmjs/encoding';
import { MsgExecuteContractResponse, MsgInstantiateContract2Response, MsgInstantiateContractResponse, MsgMigrateContractResponse } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { parseAddress, toBech32Address } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import { AppError, ErrUnauthorized } from '../../../core/types/errors.ts';
import type { AbciEvent } from '../../../core/types/events.ts';
import type { Coin } from '../../../core/types/coin.ts';
import { GasMeter } from '../../../core/types/gas.ts';
import { utf8 } from '../../../core/store/kv.ts';
import type { CompiledCodeCache } from '../cosmwasm/compile.ts';
import { WasmdGas, WasmGasSettler } from '../cosmwasm/gas.ts';
import { VmError, newInstance } from '../cosmwasm/instance.ts';
import { ErrInvalidMsg, ErrQueryFailed, ErrUnknownMsg, WasmExecutionError } from '../errors.ts';
import { contractEvents } from '../events.ts';
import { StoreKeys } from '../types/index.ts';
import { type LoadedCode, type MeteredSources, loadCode } from './code.ts';
import type { ActionTarget } from './msg-dispatcher.ts';
import type { LoadedContract } from './store.ts';
import type { CallFrame } from './types.ts';
import { type QuerierHost, queryChain } from './wasm-querier.ts';
import { contractStorage } from './wasm-storage.ts';

/**
 * A Wasm contract's call, as wasmd's keeper makes it: the instance cost, one fresh instance per call over
 * the node's store, the contract's Response applied — attributes and events (`wasm`, `wasm-<type>`), then
 * its sub-messages in order, each in its own branch, with `reply` on success / error / always — and its data.
 */

export interface WasmCallHost extends ActionTarget, QuerierHost {
  readonly compiled: CompiledCodeCache;
  readonly meteredSources: MeteredSources;
}

type WasmMethod = 'instantiate' | 'execute' | 'migrate' | 'sudo' | 'reply';

/** cosmwasm-std's Response, as the contract returns it. */
interface Response {
  messages?: SubMsg[];
  attributes?: Attribute[];
  events?: Array<{ type: string; attributes: Attribute[] }>;
  data?: string | null;
}
interface Attribute {
  key: string;
  value: string;
}
interface SubMsg {
  id: number | string;
  payload?: string;
  msg: Record<string, any>;
  gas_limit?: number | string | null;
  reply_on: 'always' | 'success' | 'error' | 'never';
}
/** What a dispatched message produced (SubMsgResponse). */
interface MsgResult {
  events: AbciEvent[];
  data: Uint8Array;
  msgResponses: Array<{ typeUrl: string; value: Uint8Array }>;
}

const MAX_RESULT = 4 * 1024 * 1024;

function blockEnv(ctx: Context, contract: string) {
  return {
    block: { height: ctx.block.height, time: (BigInt(ctx.block.timeMs) * 1_000_000n).toString(), chain_id: ctx.block.chainId },
    transaction: ctx.tx ? { index: ctx.tx.index } : null,
    contract: { address: contract },
  };
}

const json = (v: unknown): Uint8Array => utf8(JSON.stringify(v));

/** Runs one entry point; the contract's result JSON (ContractResult), gas charged to ctx's meter. */
function runEntry(k: WasmCallHost, ctx: Context, contract: LoadedContract, code: LoadedCode, method: WasmMethod | 'query', args: Uint8Array[], frame: CallFrame, queryDepth: number): Record<string, any> {
  ctx.gasMeter.consume(WasmdGas.instanceCost, `Loading CosmWasm module: ${method}`);
  const compiled = k.compiled.get(code.record.checksum, code.bytes);
  const gas = new WasmGasSettler((g, what) => ctx.gasMeter.consume(g, what), () => ctx.gasMeter.remaining);
  const inst = newInstance(compiled, {
    storage: contractStorage(ctx, contract.hex),
    canonicalize: canonicalize,
    humanize: humanize,
    queryChain: queryChain(k, ctx, queryDepth),
    gas,
    readOnly: method === 'query',
    debug: (m) => frame.logs.push(m),
  });
  let out: Uint8Array;
  try {
    out = inst.callEntry(method, args);
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof VmError || e instanceof WebAssembly.RuntimeError || e instanceof RangeError) throw new VmError(`Error executing Wasm: ${(e as Error).message}`);
    throw e;
  } finally {
    gas.finish();
    inst.release();
  }
  if (out.length > MAX_RESULT) throw new VmError(`result of ${out.length} bytes exceeds ${MAX_RESULT}`);
  return JSON.parse(new TextDecoder().decode(out)) as Record<string, any>;
}

function canonicalize(human: string): Uint8Array {
  let b: Uint8Array;
  try {
    b = parseAddress(human);
  } catch (e) {
    throw new Error(`invalid address: ${(e as Error).message}`);
  }
  if (!human.startsWith('trivium1')) throw new Error('address must be bech32 with the trivium prefix');
  return b;
}
function humanize(canonical: Uint8Array): string {
  if (canonical.length !== 20 && canonical.length !== 32) throw new Error(`canonical address must be 20 or 32 bytes, not ${canonical.length}`);
  return toBech32Address(canonical);
}

/** A failed contract call as the chain reports it (the kinds x/crossvm tells apart). */
function failure(e: unknown, wrap: (m: string) => AppError, gasUsed: bigint, logs: string[]): never {
  if (e instanceof WasmExecutionError) throw e;
  if (e instanceof AppError && e.codespace === 'sdk' && e.code === 11) {
    throw new WasmExecutionError('out_of_gas', e.message, gasUsed, logs, 'sdk', 11, e.message);
  }
  if (e instanceof VmError) {
    const w = wrap(`Error calling the VM: ${e.message}`);
    throw new WasmExecutionError('error', e.message, gasUsed, logs, w.codespace, w.code, w.message);
  }
  throw e;
}

/**
 * instantiate / execute / migrate / sudo / reply of a Wasm contract in ctx (a branch), its Response applied.
 * Returns the call's data (the Response's, or a reply's that set one).
 */
export async function runWasmAndApply(
  k: WasmCallHost,
  ctx: Context,
  contract: LoadedContract,
  code: LoadedCode,
  method: WasmMethod,
  msg: Uint8Array,
  sender: string,
  funds: Coin[],
  frame: CallFrame,
  wrap: (m: string) => AppError,
  leadEvents: () => AbciEvent[],
): Promise<Uint8Array> {
  const env = json(blockEnv(ctx, contract.address));
  const info = json({ sender, funds: funds.map((f) => ({ denom: f.denom, amount: f.amount })) });
  const args = method === 'instantiate' || method === 'execute' ? [env, info, msg] : method === 'migrate' && migrateTakesInfo(k, code) ? [env, msg, json({ sender, old_migrate_version: null })] : [env, msg];
  const start = ctx.gasMeter.consumed;
  let result: Record<string, any>;
  try {
    result = runEntry(k, ctx, contract, code, method, args, frame, 0);
  } catch (e) {
    failure(e, wrap, ctx.gasMeter.consumed - start, frame.logs);
  }
  if (typeof result.error === 'string') {
    const w = wrap(result.error);
    throw new WasmExecutionError('revert', result.error, ctx.gasMeter.consumed - start, frame.logs, w.codespace, w.code, w.message);
  }
  const res = result.ok as Response | undefined;
  if (!res || typeof res !== 'object') throw wrap('contract result has neither ok nor error');
  return applyResponse(k, ctx, contract, res, frame, wrap, leadEvents);
}

function migrateTakesInfo(k: WasmCallHost, code: LoadedCode): boolean {
  const c = k.compiled.get(code.record.checksum, code.bytes);
  return c.migrateArity === 3;
}

/** A smart query of a Wasm contract: the answer's bytes. Gas on `meter`'s context. */
export function queryWasm(k: WasmCallHost, ctx: Context, contract: LoadedContract, code: LoadedCode, msg: Uint8Array, frame: CallFrame, queryDepth: number): Uint8Array {
  const start = ctx.gasMeter.consumed;
  let result: Record<string, any>;
  try {
    result = runEntry(k, ctx, contract, code, 'query', [json(blockEnv(ctx, contract.address)), msg], frame, queryDepth);
  } catch (e) {
    failure(e, ErrQueryFailed, ctx.gasMeter.consumed - start, frame.logs);
  }
  if (typeof result.error === 'string') {
    const w = ErrQueryFailed(result.error);
    throw new WasmExecutionError('revert', result.error, ctx.gasMeter.consumed - start, frame.logs, w.codespace, w.code, w.message);
  }
  if (typeof result.ok !== 'string') throw ErrQueryFailed('query result has neither ok nor error');
  return fromBase64(result.ok);
}

async function applyResponse(k: WasmCallHost, ctx: Context, contract: LoadedContract, res: Response, frame: CallFrame, wrap: (m: string) => AppError, leadEvents: () => AbciEvent[]): Promise<Uint8Array> {
  const attributes = (res.attributes ?? []).map(checkAttribute(wrap));
  const custom = (res.events ?? []).map((e) => {
    if (typeof e.type !== 'string' || e.type.trim().length < 2) throw wrap(`Event type too short: ${JSON.stringify(e.type)}`);
    return { type: e.type.trim(), attributes: (e.attributes ?? []).map(checkAttribute(wrap)) };
  });
  chargeEvents(ctx, attributes, custom);
  ctx.emit(...leadEvents(), ...contractEvents(contract.address, attributes, custom));
  let data: Uint8Array = res.data ? fromBase64(res.data) : new Uint8Array();
  const next: CallFrame = { depth: frame.depth + 1, logs: frame.logs };
  for (const sm of res.messages ?? []) {
    const replied = await dispatchSubMsg(k, ctx, contract, sm, next);
    if (replied !== undefined) data = replied;
  }
  return data;
}

const checkAttribute =
  (wrap: (m: string) => AppError) =>
  (a: Attribute): [string, string] => {
    const key = String(a?.key ?? '').trim();
    if (key === '') throw wrap('Empty attribute key');
    if (key.startsWith('_')) throw wrap(`Attribute key starts with reserved prefix _: ${JSON.stringify(key)}`);
    return [key, String(a.value ?? '')];
  };

/** wasmd's event costs: per attribute, per custom event, per byte past the free tier. */
function chargeEvents(ctx: Context, attrs: Array<[string, string]>, custom: Array<{ attributes: Array<[string, string]> }>): void {
  const all = [attrs, ...custom.map((e) => e.attributes)];
  let gas = BigInt(custom.length) * WasmdGas.perCustomEvent;
  for (const list of all) {
    for (const [key, value] of list) {
      gas += WasmdGas.perAttribute;
      const bytes = BigInt(Buffer.byteLength(key) + Buffer.byteLength(value));
      if (bytes > WasmdGas.attributeDataFreeTier) gas += (bytes - WasmdGas.attributeDataFreeTier) * WasmdGas.attributeDataPerByte;
    }
  }
  ctx.gasMeter.consume(gas, 'wasm events');
}

/**
 * One sub-message (wasmd's DispatchSubmessages): in its own branch (and, with gas_limit, its own meter),
 * committed on success; on failure discarded, and either the caller fails too or — reply_on error/always —
 * the contract's `reply` gets the (redacted) error. Returns the reply's data when it set one.
 */
async function dispatchSubMsg(k: WasmCallHost, ctx: Context, origin: LoadedContract, sm: SubMsg, frame: CallFrame): Promise<Uint8Array | undefined> {
  const replyOn = sm.reply_on ?? 'never';
  if (!['always', 'success', 'error', 'never'].includes(replyOn)) throw ErrInvalidMsg(`unknown reply_on ${JSON.stringify(replyOn)}`);
  const limit = sm.gas_limit === null || sm.gas_limit === undefined ? undefined : BigInt(sm.gas_limit);
  const meter = limit === undefined ? ctx.gasMeter : new GasMeter(limit < ctx.gasMeter.remaining ? limit : ctx.gasMeter.remaining);
  const { ctx: sub, commit } = ctx.branch(meter);
  let result: MsgResult | undefined;
  let error: AppError | undefined;
  try {
    result = await dispatchMsg(k, sub, origin, sm.msg, frame);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    error = e;
  }
  if (limit !== undefined) ctx.gasMeter.consume(meter.consumed < meter.limit ? meter.consumed : meter.limit, 'submessage');
  // Out of gas without a limit of its own is the caller's out of gas: nothing may catch it.
  if (error && limit === undefined && error.codespace === 'sdk' && error.code === 11) throw error;
  if (result) commit();
  if (error && (replyOn === 'never' || replyOn === 'success')) throw error;
  if (result && (replyOn === 'never' || replyOn === 'error')) return undefined;

  const reply = {
    id: Number(sm.id),
    payload: sm.payload ?? '',
    gas_used: Number(meter.consumed),
    result: result
      ? {
          ok: {
            events: result.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) })),
            data: result.data.length ? toBase64(result.data) : null,
            msg_responses: result.msgResponses.map((r) => ({ type_url: r.typeUrl, value: toBase64(r.value) })),
          },
        }
      : { error: `codespace: ${error!.codespace}, code: ${error!.code}` },
  };
  const code = loadCode(ctx, k.meteredSources, BigInt(origin.record.code_id));
  const data = await runWasmAndApply(k, ctx, origin, code, 'reply', json(reply), '', [], frame, ErrReplyFailed, () => [replyEvent(origin.address)]);
  return data.length ? data : undefined;
}

const ErrReplyFailed = (m: string) => new AppError('wasm', 5, `${m}: reply wasm contract failed`);
const replyEvent = (contract: string): AbciEvent => ({ type: 'reply', attributes: [{ key: '_contract_address', value: contract, index: true }] });

const b64msg = (m: unknown): Uint8Array => {
  if (typeof m !== 'string') throw ErrInvalidMsg('msg must be base64');
  return fromBase64(m);
};
const coins = (c: unknown): Coin[] => (Array.isArray(c) ? c.map((x) => ({ denom: String(x.denom), amount: String(x.amount) })) : []);

/** One CosmosMsg as the contract (wasmd's message handler): bank, wasm (either runtime), staking, stargate/any. */
async function dispatchMsg(k: WasmCallHost, ctx: Context, origin: LoadedContract, msg: Record<string, any>, frame: CallFrame): Promise<MsgResult> {
  const [kind] = Object.keys(msg ?? {});
  const body = msg[kind!];
  const before = ctx.events.length;
  const done = (typeUrl: string, value: Uint8Array, data: Uint8Array = new Uint8Array()): MsgResult => ({ events: ctx.events.slice(before), data, msgResponses: [{ typeUrl, value }] });
  const [sub] = Object.keys(body ?? {});
  const m = body?.[sub!];
  switch (kind) {
    case 'bank':
      if (sub === 'send') {
        k.bank.sendCoins(ctx, origin.bytes, parseAddress(m.to_address), coins(m.amount));
        return done('/cosmos.bank.v1beta1.MsgSendResponse', new Uint8Array());
      }
      if (sub === 'burn') {
        k.bank.burnCoins(ctx, origin.bytes, coins(m.amount));
        return done('/cosmos.bank.v1beta1.MsgBurnResponse', new Uint8Array());
      }
      break;
    case 'wasm':
      switch (sub) {
        case 'execute': {
          const data = await k.execute(ctx, { sender: origin.address, contract: m.contract_addr, msg: b64msg(m.msg), funds: coins(m.funds) }, frame);
          const value = MsgExecuteContractResponse.encode({ data }).finish();
          return done('/cosmwasm.wasm.v1.MsgExecuteContractResponse', value, value);
        }
        case 'instantiate':
        case 'instantiate2': {
          const r = await k.instantiate(
            ctx,
            {
              sender: origin.address,
              admin: m.admin ?? '',
              codeId: BigInt(m.code_id),
              label: String(m.label ?? ''),
              msg: b64msg(m.msg),
              funds: coins(m.funds),
              salt: sub === 'instantiate2' ? b64msg(m.salt) : undefined,
            },
            frame,
          );
          const value = (sub === 'instantiate' ? MsgInstantiateContractResponse : MsgInstantiateContract2Response).encode(r).finish();
          return done(`/cosmwasm.wasm.v1.${sub === 'instantiate' ? 'MsgInstantiateContractResponse' : 'MsgInstantiateContract2Response'}`, value, value);
        }
        case 'migrate': {
          const data = await k.migrate(ctx, { sender: origin.address, contract: m.contract_addr, codeId: BigInt(m.new_code_id), msg: b64msg(m.msg) }, frame);
          const value = MsgMigrateContractResponse.encode({ data }).finish();
          return done('/cosmwasm.wasm.v1.MsgMigrateContractResponse', value, value);
        }
        case 'update_admin':
          k.updateAdmin(ctx, origin.address, m.contract_addr, m.admin);
          return done('/cosmwasm.wasm.v1.MsgUpdateAdminResponse', new Uint8Array());
        case 'clear_admin':
          k.updateAdmin(ctx, origin.address, m.contract_addr, '');
          return done('/cosmwasm.wasm.v1.MsgClearAdminResponse', new Uint8Array());
      }
      break;
    case 'stargate':
    case 'any':
      return route(k, ctx, origin, String(body.type_url), fromBase64(String(body.value ?? '')), before);
  }
  throw ErrUnknownMsg(`a Wasm contract's ${kind ?? 'empty'}${sub ? '.' + sub : ''} message is not supported here`);
}

/** An SDK message (protobuf) through the app's router, with the contract as its only signer. */
async function route(k: WasmCallHost, ctx: Context, origin: LoadedContract, typeUrl: string, value: Uint8Array, before: number): Promise<MsgResult> {
  const def = k.msgRouter?.(typeUrl);
  if (!def) throw ErrUnknownMsg(`no module on this chain handles ${typeUrl}`);
  let msg: unknown;
  try {
    msg = def.codec.decode(value);
  } catch (e) {
    throw ErrInvalidMsg(`${typeUrl}: ${(e as Error).message}`);
  }
  const signers = def.signers(msg);
  const mine = toHex(origin.bytes);
  if (signers.length === 0 || signers.some((s) => !sameHex(s, mine))) {
    throw ErrUnauthorized(`a contract may only send messages it signs itself; ${typeUrl} would need ${signers.join(', ')}`);
  }
  def.validateBasic?.(msg);
  const r = await def.handle(ctx, msg);
  return { events: ctx.events.slice(before), data: r.value, msgResponses: [{ typeUrl: r.typeUrl, value: r.value }] };
}

function sameHex(addr: string, hex: string): boolean {
  try {
    return toHex(parseAddress(addr)) === hex;
  } catch {
    return false;
  }
}

export { StoreKeys };
