import { Interface } from 'ethers';
import { moduleAddress, parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import { breathe } from '../../core/types/breathe.ts';
import type { Coin } from '../../core/types/coin.ts';
import { fromUtf8, getJSON, setJSON, utf8 } from '../../core/store/kv.ts';
import { FeeCollectorName } from '../auth/types/index.ts';
import { parseCoins } from '../bank/types/index.ts';
import { callbackEvent, requestEvent, responseEvent, timeoutEvent } from './events.ts';
import { headBytesOf, recordBytes, recordHead, recordJSON, type TailField, utf8Bytes } from './record-json.ts';
import type { Executor } from './executors.ts';
import { attachNextFault, clearInjection, getInjection, hasInjections } from './faults.ts';
import type { AuthKeeper, BankKeeper, EvmKeeper, WasmKeeper } from './expected-keepers.ts';
import {
  type AccountMeta,
  CROSSVM_MODULE_ADDRESS,
  type CrossVMMessage,
  defaultParams,
  type Injection,
  ErrDisabled,
  ErrInvalidParams,
  ErrInvalidRequest,
  ErrPayloadTooLarge,
  ErrQueueFull,
  ErrUnknownVm,
  isFinal,
  type Params,
  STATUS_CODES,
  type Status,
  StoreKeys,
  type VmName,
} from './types/index.ts';

export interface SubmitRequest {
  /** 20-byte address of the sender (an account, or the contract that originates the call). */
  sender: Uint8Array;
  sourceVm: VmName;
  targetVm: VmName;
  targetContract: string;
  payload: Uint8Array;
  accounts: AccountMeta[];
  funds: Coin[];
  gasLimit: bigint;
  callback: boolean;
}

/** Where used gas is paid: x/auth's fee collector (the ante handler pays tx fees there too). */
const feeCollector = moduleAddress(FeeCollectorName);

let callbackIface: Interface | undefined;
/** Parsed with the first callback, not at every node start. */
const callbackAbi = () => (callbackIface ??= new Interface(['function crossVMCallback(uint64 messageId, uint8 status, bytes result)']));

/** The only code that touches `crossvm/…` keys: params, the FIFO queue, messages and their outcomes. */
export class CrossVMKeeper {
  private readonly executors = new Map<VmName, Executor>();
  /**
   * Records by the identity of their stored bytes. Every store layer hands back the Uint8Array it was given
   * (CacheStore, SortedStore, CommitStore's value cache) and stored bytes are never changed in place, so the same
   * object is the same record: the drain reads what submit wrote a block earlier without parsing it again. A
   * value read from disk is a new object and is parsed, to the same record: the cache changes no result.
   * Only records the drain will read again are kept (queued, or final with the callback still to come), so it
   * holds at most a queue's worth however many final records the store's own value cache keeps.
   */
  private readonly parsed = new WeakMap<Uint8Array, StoredRecord>();
  /** The queue count's stored bytes as last written or parsed, and their number: the drain writes it per message. */
  private count?: { bytes: Uint8Array; n: number };
  evm?: EvmKeeper;
  wasm?: WasmKeeper;

  constructor(
    readonly bank: BankKeeper,
    readonly auth: AuthKeeper,
  ) {}

  registerExecutor(e: Executor): void {
    this.executors.set(e.vm, e);
  }
  executor(vm: VmName): Executor {
    const e = this.executors.get(vm);
    if (!e) throw ErrUnknownVm(`no executor for vm ${vm}`);
    return e;
  }

  // ---- params ----
  params(ctx: Context): Params {
    return { ...defaultParams(), ...(getJSON<Params>(ctx.rawStore, StoreKeys.params) ?? {}) };
  }
  setParams(ctx: Context, p: Params): void {
    validateParams(p);
    setJSON(ctx.rawStore, StoreKeys.params, p);
  }
  authority(ctx: Context): string {
    return getJSON<string>(ctx.rawStore, StoreKeys.authority) ?? '';
  }
  setAuthority(ctx: Context, a: string): void {
    setJSON(ctx.rawStore, StoreKeys.authority, a);
  }

  // ---- messages ----
  /** A fresh copy for callers outside the keeper (they may keep or change it). */
  getMessage(ctx: Context, id: bigint): CrossVMMessage | undefined {
    const m = getJSON<CrossVMMessage>(ctx.rawStore, StoreKeys.message(id));
    return m && asOf(ctx, m);
  }
  /**
   * The stored record, parsed once per stored value: the keeper's own reads (the drain) get the object that
   * was written or last parsed for these very bytes. Shared: never changed, only spread into new records.
   */
  private stored(ctx: Context, key: string): StoredRecord | undefined {
    const bytes = ctx.rawStore.get(key);
    if (bytes === undefined) return undefined;
    let r = this.parsed.get(bytes);
    if (r === undefined) {
      const json = fromUtf8(bytes);
      const m = JSON.parse(json) as CrossVMMessage;
      // Its rewrites may reuse the head only if the stored text is what JSON.stringify makes of it.
      const head = JSON.stringify(m) === json ? recordHead(m, json) : undefined;
      r = { m, head, headBytes: head === undefined ? undefined : headBytesOf(head, json, bytes) };
      if (stillRead(m)) this.parsed.set(bytes, r);
    }
    return r;
  }
  /**
   * Writes m; `from`: the record m was spread from, its tail fields the only ones changed — its head's bytes are
   * copied, only the tail encoded.
   */
  private putMessage(ctx: Context, m: CrossVMMessage, from: StoredRecord | undefined, key = StoreKeys.message(BigInt(m.id)), store = ctx.store): StoredRecord {
    let r: StoredRecord;
    let bytes: Uint8Array;
    if (from?.headBytes !== undefined) {
      bytes = recordBytes(m, from.headBytes);
      r = { m, head: from.head, headBytes: from.headBytes };
    } else {
      const json = recordJSON(m, from?.head);
      bytes = utf8Bytes(json);
      const head = from?.head ?? recordHead(m, json);
      r = { m, head, headBytes: head === undefined ? undefined : headBytesOf(head, json, bytes) };
    }
    store.set(key, bytes);
    if (stillRead(m)) this.parsed.set(bytes, r);
    return r;
  }
  queueCount(ctx: Context): number {
    const v = ctx.rawStore.get(StoreKeys.queueCount);
    if (v === undefined) return 0;
    const c = this.count;
    if (c !== undefined && c.bytes === v) return c.n;
    const n = JSON.parse(fromUtf8(v)) as number;
    this.count = { bytes: v, n };
    return n;
  }
  /** The count as setJSON writes it (JSON of a safe integer is its decimal). */
  private setQueueCount(ctx: Context, n: number, store = ctx.store): void {
    const bytes = utf8Bytes(String(n));
    store.set(StoreKeys.queueCount, bytes);
    this.count = { bytes, n };
  }
  /** Not-yet-final messages in id (FIFO) order. */
  *queued(ctx: Context): IterableIterator<CrossVMMessage> {
    for (const [k] of ctx.rawStore.iterate(StoreKeys.queuePrefix)) {
      const m = this.getMessage(ctx, BigInt(k.slice(StoreKeys.queuePrefix.length)));
      if (m) yield m;
    }
  }
  *bySender(ctx: Context, sender: string): IterableIterator<CrossVMMessage> {
    const prefix = StoreKeys.bySenderPrefix(sender);
    for (const [k] of ctx.rawStore.iterate(prefix)) {
      const m = this.getMessage(ctx, BigInt(k.slice(prefix.length)));
      if (m) yield m;
    }
  }

  /**
   * Admission, in the submitting tx: a rejection throws a typed error and changes nothing (the tx's branch
   * is discarded). The sender pays up front: funds plus gas_limit × the minimum gas price, into escrow.
   */
  submit(ctx: Context, req: SubmitRequest): CrossVMMessage {
    const p = this.params(ctx);
    if (!p.enabled) throw ErrDisabled('x/crossvm is disabled (circuit breaker): no messages are admitted');
    const exec = this.executor(req.targetVm);
    if (req.payload.length > p.max_message_size) {
      throw ErrPayloadTooLarge(`payload is ${req.payload.length} bytes; max_message_size is ${p.max_message_size}`);
    }
    const queued = this.queueCount(ctx);
    if (queued >= p.max_queue_size) throw ErrQueueFull(`queue is full: ${queued} pending messages (max_queue_size ${p.max_queue_size})`);
    if (req.gasLimit <= 0n) throw ErrInvalidRequest('gas_limit must be positive');
    const maxGas = ctx.maxBlockGas;
    if (req.gasLimit > maxGas) throw ErrInvalidRequest(`gas_limit ${req.gasLimit} exceeds the block gas limit ${maxGas}`);
    if (req.callback && req.sourceVm === 'svm') throw ErrInvalidRequest('callbacks go to EVM or CosmWasm contracts; an svm source cannot take one');
    const funds = parseCoins(req.funds).map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
    exec.validate(req.targetContract, req.payload, req.accounts, funds);
    exec.checkTarget(ctx, req.targetContract, req.payload);

    const escrow = this.auth.minFee(ctx, req.gasLimit);
    const total = mergeCoins(funds, escrow);
    if (total.length) this.bank.sendCoins(ctx, req.sender, CROSSVM_MODULE_ADDRESS, total);

    const id = BigInt(getJSON<string>(ctx.rawStore, StoreKeys.nextId) ?? '1');
    setJSON(ctx.store, StoreKeys.nextId, (id + 1n).toString());
    const sender = toBech32Address(req.sender);
    const m: CrossVMMessage = {
      id: id.toString(),
      sender,
      source_vm: req.sourceVm,
      target_vm: req.targetVm,
      target_contract: req.targetContract,
      payload: Buffer.from(req.payload).toString('hex'),
      accounts: req.accounts.map((a) => ({ ...a })),
      funds,
      gas_limit: req.gasLimit.toString(),
      callback: req.callback,
      status: 'SUBMITTED',
      submitted_height: String(ctx.height),
      updated_height: String(ctx.height),
      result: '',
      error: '',
      gas_used: '0',
      escrow: escrow.toString(),
      callback_status: '',
    };
    this.putMessage(ctx, m, undefined);
    ctx.store.set(StoreKeys.queue(id), new Uint8Array());
    ctx.store.set(StoreKeys.bySender(sender, id), new Uint8Array());
    this.setQueueCount(ctx, queued + 1);
    attachNextFault(ctx, id);
    ctx.emit(requestEvent(m));
    return { ...m }; // the stored record stays the keeper's (the drain reads it back unparsed)
  }


  /**
   * The EndBlocker: walk the queue in id order; time out what waited `queue_timeout_blocks`; execute what is
   * PENDING while `enabled` and the per-block budget allow. Each execution runs in its own branch: a failure
   * discards the target's writes and the rest of the block stands.
   */
  async endBlock(ctx: Context): Promise<void> {
    const p = this.params(ctx);
    let budget = p.max_executions_per_block;
    const settlement = new Settlement();
    // The ids first (the loop changes the queue), each record read when its turn comes: 1,000 parsed
    // records held at once cost the executors' caches and the collector more than reading them one by one.
    // A queue key's id part is the message key's too (u64Key): the keys are joined, not formatted again.
    const qkeys: string[] = [];
    for (const [k] of ctx.rawStore.iterate(StoreKeys.queuePrefix)) qkeys.push(k);
    const qlen = StoreKeys.queuePrefix.length;
    // Injected faults (devnet) are rare: look them up per message only when there is one at all.
    const faults = hasInjections(ctx);
    const faultOf = (id: bigint) => (faults ? getInjection(ctx, id) : undefined);
    const height = BigInt(ctx.height);
    const timeout = BigInt(p.queue_timeout_blocks);
    for (const qkey of qkeys) {
      const suffix = qkey.slice(qlen);
      const keys: Keys = { message: StoreKeys.messagePrefix + suffix, queue: qkey };
      const entry = this.stored(ctx, keys.message);
      // The id as a number only for the fault lookups (u64Key's digits, leading zeros and all).
      const id = faults ? BigInt(suffix) : 0n;
      if (!entry) continue;
      const stored = entry.m;
      const submitted = BigInt(stored.submitted_height);
      if (height - submitted >= timeout) {
        await this.timeOut(ctx, entry, p, faultOf(id), keys);
        continue;
      }
      // PENDING as asOf derives it: stored SUBMITTED (or PENDING, from a genesis) and submitted before this block.
      if (!(stored.status === 'PENDING' || (stored.status === 'SUBMITTED' && submitted < height))) continue;
      // An injected fault takes effect when the message would have run (a timeout, like a real one, whatever
      // the circuit breaker and the budget say); a delay only holds it back.
      const fault = faultOf(id);
      if (fault?.outcome === 'timeout') {
        await this.timeOut(ctx, entry, p, fault, keys);
        continue;
      }
      if (fault?.outcome === 'delay' && height < BigInt(fault.not_before)) continue;
      if (!p.enabled || budget <= 0) continue;
      budget--;
      await this.execute(ctx, entry, settlement, fault, keys);
      await breathe(); // a long queue must not freeze the RPC for the whole drain
    }
    this.payOut(ctx, settlement);
  }

  private finish(ctx: Context, from: StoredRecord, status: Status, fields: Partial<Pick<CrossVMMessage, TailField>>, keys?: Keys): CrossVMMessage {
    const done: CrossVMMessage = { ...from.m, ...fields, status, updated_height: String(ctx.height) };
    // Only the EndBlocker finishes messages, and its meter is baseapp's infinite one that nothing reads (the SDK
    // charges no KV gas there either): the unmetered store saves five meter charges per message.
    const store = ctx.rawStore;
    this.putMessage(ctx, done, from, keys?.message ?? StoreKeys.message(BigInt(done.id)), store);
    store.delete(keys?.queue ?? StoreKeys.queue(BigInt(done.id)));
    this.setQueueCount(ctx, Math.max(0, this.queueCount(ctx) - 1), store);
    return done;
  }

  /** `fault` (devnet): an injected failure replaces the call — the target is never touched; a delay is marked. */
  private async execute(ctx: Context, entry: StoredRecord, settlement?: Settlement, fault?: Injection, keys?: Keys): Promise<void> {
    const m = entry.m;
    const caller = senderBytes(m.sender);
    const gasLimit = BigInt(m.gas_limit);
    // The executor commits only on success, so a call without funds needs no branch of its own.
    const { ctx: b, commit } = m.funds.length ? ctx.branch() : { ctx, commit: () => {} };
    // Funds travel with the call: back to the caller, who pays them to the target inside the same branch.
    let res;
    try {
      if (fault?.outcome === 'fail') throw new Error(fault.reason || 'injected failure (dev_crossvmInject)');
      if (m.funds.length) this.bank.sendCoins(b, CROSSVM_MODULE_ADDRESS, caller, m.funds);
      res = await this.executor(m.target_vm).call(b, {
        caller,
        target: m.target_contract,
        payload: Buffer.from(m.payload, 'hex'),
        accounts: m.accounts,
        funds: m.funds,
        gasLimit,
        messageId: m.id,
      });
    } catch (e) {
      res = { success: false, result: new Uint8Array(), gasUsed: 0n, error: (e as Error).message };
    }
    let done: CrossVMMessage;
    if (res.success) {
      commit();
      done = this.finish(ctx, entry, 'EXECUTED', { result: toHex(res.result), gas_used: res.gasUsed.toString() }, keys);
    } else {
      if (m.funds.length) this.bank.sendCoins(ctx, CROSSVM_MODULE_ADDRESS, caller, m.funds);
      done = this.finish(ctx, entry, 'FAILED', { error: res.error || 'execution failed', gas_used: res.gasUsed.toString() }, keys);
    }
    const injected = fault !== undefined;
    if (injected) clearInjection(ctx, BigInt(m.id));
    ctx.emit(responseEvent(done, injected));
    let gasUsed = res.gasUsed;
    if (done.callback) {
      const left = gasLimit - gasUsed;
      gasUsed += await this.callBack(ctx, done, left > 0n ? left : 0n, injected);
    }
    const s = settlement ?? new Settlement();
    const escrow = BigInt(done.escrow);
    const charge = minBig(s.minFee(ctx, this.auth, gasUsed), escrow);
    s.add(done.sender, charge, escrow - charge);
    if (!settlement) this.payOut(ctx, s);
  }

  /**
   * Unused gas comes back to each sender; what was used goes to the fee collector. One EndBlocker's
   * messages settle together at its end: one transfer per recipient, not two per message.
   */
  private payOut(ctx: Context, s: Settlement): void {
    if (s.fees > 0n) this.bank.sendCoins(ctx, CROSSVM_MODULE_ADDRESS, feeCollector, [{ denom: 'utrv', amount: s.fees.toString() }]);
    for (const [sender, refund] of s.refunds) {
      if (refund > 0n) this.bank.sendCoins(ctx, CROSSVM_MODULE_ADDRESS, parseAddress(sender), [{ denom: 'utrv', amount: refund.toString() }]);
    }
  }

  private async timeOut(ctx: Context, entry: StoredRecord, p: Params, fault?: Injection, keys?: Keys): Promise<void> {
    const m = entry.m;
    const sender = parseAddress(m.sender);
    const refund = mergeCoins(m.funds, BigInt(m.escrow));
    if (refund.length) this.bank.sendCoins(ctx, CROSSVM_MODULE_ADDRESS, sender, refund);
    const injected = fault !== undefined;
    const error = (fault?.outcome === 'timeout' && fault.reason) || `not executed within ${p.queue_timeout_blocks} blocks`;
    const done = this.finish(ctx, entry, 'TIMED_OUT', { error }, keys);
    if (injected) clearInjection(ctx, BigInt(m.id));
    ctx.emit(timeoutEvent(done, injected));
    // The escrow is back in full; the module pays for the callback, up to max_callback_gas.
    if (done.callback) await this.callBack(ctx, done, minBig(BigInt(done.gas_limit), BigInt(p.max_callback_gas)), injected);
  }

  /**
   * Exactly one callback per message, from the module's address: EVM `crossVMCallback(uint64,uint8,bytes)`,
   * JS contracts `{"crossvm_callback":{…}}`. Its failure is recorded and changes nothing else.
   */
  private async callBack(ctx: Context, m: CrossVMMessage, gasLimit: bigint, injected: boolean): Promise<bigint> {
    if (m.callback_status !== '') return 0n; // already delivered: never twice
    const result = m.status === 'EXECUTED' ? Buffer.from(m.result, 'hex') : Buffer.from(m.error, 'utf8');
    const code = STATUS_CODES[m.status];
    const { ctx: b, commit } = ctx.branch();
    let ok = false;
    let error = '';
    let gasUsed = 0n;
    try {
      if (gasLimit <= 0n) throw new Error('no gas left for the callback');
      if (m.source_vm === 'evm') {
        if (!this.evm) throw new Error('x/evm is not available');
        const data = callbackAbi().encodeFunctionData('crossVMCallback', [BigInt(m.id), code, result]);
        const r = await this.evm.callContract(b, { caller: CROSSVM_MODULE_ADDRESS, to: parseAddress(m.sender), data: Buffer.from(data.slice(2), 'hex'), value: 0n, gasLimit, crossvm: { messageId: m.id, phase: 'callback' } });
        gasUsed = r.gasUsed;
        ok = r.success;
        error = r.error ?? '';
      } else if (m.source_vm === 'wasm') {
        if (!this.wasm) throw new Error('x/wasm is not available');
        const msg = { crossvm_callback: { message_id: m.id, status: m.status, status_code: code, result: '0x' + result.toString('hex'), result_text: m.status === 'EXECUTED' ? result.toString('utf8') : m.error } };
        const r = await this.wasm.executeContract(b, { sender: CROSSVM_MODULE_ADDRESS, contract: m.sender, msg: utf8(JSON.stringify(msg)), funds: [], gasLimit });
        gasUsed = r.gasUsed;
        ok = true;
      } else {
        throw new Error(`no callbacks into ${m.source_vm}`);
      }
    } catch (e) {
      ok = false;
      error = (e as Error).message;
      gasUsed = (e as { gasUsed?: bigint }).gasUsed ?? gasUsed;
    }
    if (ok) commit();
    const latest = this.stored(ctx, StoreKeys.message(BigInt(m.id))) ?? { m, head: undefined, headBytes: undefined };
    this.putMessage(ctx, { ...latest.m, callback_status: ok ? 'OK' : `FAILED: ${error}` }, latest);
    const charged = gasUsed > gasLimit ? gasLimit : gasUsed;
    ctx.emit(callbackEvent(m, ok, error, charged, injected));
    return charged;
  }
}

/**
 * A message as of ctx's block: SUBMITTED in block h, PENDING from h+1 on (updated then). The stored record
 * keeps SUBMITTED until it is final, so no BeginBlocker rewrites every queued record (≈ 15 µs a message).
 */
export function asOf(ctx: Context, m: CrossVMMessage): CrossVMMessage {
  if (m.status !== 'SUBMITTED') return m;
  const h = BigInt(m.submitted_height);
  return h < BigInt(ctx.height) ? { ...m, status: 'PENDING', updated_height: String(h + 1n) } : m;
}

export function validateParams(p: Params): void {
  const ints: Array<keyof Params> = ['max_message_size', 'max_queue_size', 'queue_timeout_blocks', 'max_executions_per_block', 'max_callback_gas'];
  for (const k of ints) {
    const v = p[k];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw ErrInvalidParams(`${k} must be a non-negative integer, got ${JSON.stringify(v)}`);
  }
  if (p.max_message_size === 0) throw ErrInvalidParams('max_message_size must be positive');
  if (p.queue_timeout_blocks === 0) throw ErrInvalidParams('queue_timeout_blocks must be positive');
  if (typeof p.enabled !== 'boolean') throw ErrInvalidParams('enabled must be a boolean');
}

function mergeCoins(funds: Coin[], utrv: bigint): Coin[] {
  const out = funds.map((c) => ({ ...c }));
  if (utrv > 0n) {
    const u = out.find((c) => c.denom === 'utrv');
    if (u) u.amount = (BigInt(u.amount) + utrv).toString();
    else out.push({ denom: 'utrv', amount: utrv.toString() });
  }
  return out;
}

const minBig = (a: bigint, b: bigint) => (a < b ? a : b);
/** Hex of the bytes without copying them first (Buffer.from(Uint8Array) copies). */
const toHex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

/** Whether the drain reads this record again: while queued, and once more for its callback. */
const stillRead = (m: CrossVMMessage) => !isFinal(m.status) || (m.callback && m.callback_status === '');

/** A stored record as parsed (shared: never changed, only spread into new records) and its JSON head (record-json.ts). */
interface StoredRecord {
  m: CrossVMMessage;
  head: string | undefined;
  /** The head's UTF-8 (a view of the stored bytes, which are never changed). */
  headBytes: Uint8Array | undefined;
}

/** A queued message's keys, from its queue key (the drain walks those). */
interface Keys {
  message: string;
  queue: string;
}

/** Bech32 senders decoded once (a queue holds a few senders many times); the bytes are never mutated. */
const senders = new Map<string, Uint8Array>();
function senderBytes(s: string): Uint8Array {
  let b = senders.get(s);
  if (!b) {
    b = parseAddress(s);
    if (senders.size >= 10_000) senders.clear();
    senders.set(s, b);
  }
  return b;
}

/** What an EndBlocker owes: gas fees in total, refunds per sender (in first-message id order: deterministic). */
class Settlement {
  fees = 0n;
  readonly refunds = new Map<string, bigint>();
  /** Fees by gas used: a queue of alike messages uses the same gas, and the price is fixed within a block. */
  private readonly feeByGas = new Map<bigint, bigint>();
  minFee(ctx: Context, auth: AuthKeeper, gas: bigint): bigint {
    let f = this.feeByGas.get(gas);
    if (f === undefined) {
      f = auth.minFee(ctx, gas);
      this.feeByGas.set(gas, f);
    }
    return f;
  }
  add(sender: string, fee: bigint, refund: bigint): void {
    this.fees += fee;
    this.refunds.set(sender, (this.refunds.get(sender) ?? 0n) + refund);
  }
}

export { isFinal };
