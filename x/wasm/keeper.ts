import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fromBech32, fromHex, toHex } from '@cosmjs/encoding';
import { BECH32_PREFIX, parseAddress, toBech32Address } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import { ErrInvalidAddress, ErrUnauthorized, AppError } from '../../core/types/errors.ts';
import type { AbciEvent } from '../../core/types/events.ts';
import type { AuthKeeper, BankKeeper, Coin } from '../../core/types/coin.ts';
import { GasMeter, infiniteGasMeter } from '../../core/types/gas.ts';
import type { MsgDef } from '../../core/types/module.ts';
import { fromUtf8, getJSON, setJSON, u64Key, utf8 } from '../../core/store/kv.ts';
import { classicContractAddress, predictableContractAddress } from './addresses.ts';
import {
  ErrAccountExists,
  ErrCreateFailed,
  ErrCrossVMUnavailable,
  ErrDuplicate,
  ErrExecuteFailed,
  ErrInstantiateFailed,
  ErrInvalid,
  ErrLimit,
  ErrMaxCallDepth,
  ErrMaxQueryDepth,
  ErrMigrationFailed,
  ErrNoSuchCode,
  ErrNoSuchContract,
  ErrQueryFailed,
  WasmExecutionError,
} from './errors.ts';
import { contractEvents, executeEvent, instantiateEvent, migrateEvent, storeCodeEvent, updateAdminEvent } from './events.ts';
import { COSMOS_GAS_PER_UNIT, STORE_CODE_GAS_FLAT, STORE_CODE_GAS_PER_BYTE, toContractUnits, toCosmosGas } from './gas-register.ts';
import { dispatchAction } from './msg-dispatcher.ts';
import {
  ContractResourceError,
  DeployValidationError,
  GasExhaustedError,
  XChainVM,
  validateDeploy,
  type Action,
  type ChainView,
  type EntryPoint,
  type ExecutionError,
  type StateBackend,
  type ValidatorEnv,
  type VMConfig,
} from './runtime/index.ts';
import { meterSource } from './runtime/metering.ts';
import { loadMath } from './runtime/math.ts';
import {
  AccessType,
  DEFAULT_PARAMS,
  MAX_CALL_DEPTH,
  MAX_QUERY_DEPTH,
  StoreKeys,
  type AccessConfigRecord,
  type CodeRecord,
  type ContractRecord,
  type HistoryEntry,
  type TxPosition,
  type WasmParams,
} from './types/index.ts';

/** The cross-VM call a contract emitted, handed to x/crossvm's dispatcher. */
export interface CrossVMCallRequest {
  /** The calling contract, bech32 and raw. */
  sender: string;
  senderBytes: Uint8Array;
  targetVm: string;
  targetContract: string;
  payload: string;
  funds: Coin[];
  gasLimit: bigint | null;
  callback: string | null;
}
export type CrossVMDispatcher = (ctx: Context, call: CrossVMCallRequest) => void | Promise<void>;
export type MsgRouter = (typeUrl: string) => MsgDef | undefined;

/** x/crossvm's view of this module as an executor. */
export interface ExecuteContractRequest {
  /** 20 raw bytes, or a bech32 / 0x address. */
  sender: Uint8Array | string;
  /** bech32 (or 0x) contract address. */
  contract: string;
  /** The execute message, JSON bytes. */
  msg: Uint8Array;
  funds: Coin[];
  /** Cosmos gas. */
  gasLimit: bigint;
}
export interface ContractCallResult {
  data: Uint8Array;
  /** Cosmos gas, already charged to ctx.gasMeter. */
  gasUsed: bigint;
  events: AbciEvent[];
  logs: string[];
}

/** One chain of contract calls within a message: how deep it is and where debug logs collect. */
export interface CallFrame {
  depth: number;
  logs: string[];
}

interface LoadedContract {
  address: string;
  bytes: Uint8Array;
  hex: string;
  record: ContractRecord;
}

interface LoadedCode {
  codeId: bigint;
  record: CodeRecord;
  meteredSource: () => string;
}

export interface InstantiateParams {
  sender: string;
  admin: string;
  codeId: bigint;
  label: string;
  msg: Uint8Array;
  funds: Coin[];
  /** MsgInstantiateContract2: the predictable address scheme. */
  salt?: Uint8Array;
  fixMsg?: boolean;
}

const METERED_CACHE_SIZE = 256;
const VALOPER_PREFIX = BECH32_PREFIX + 'valoper';

/**
 * The only code that touches `wasm/…` keys: code, contracts, their storage and indexes; and the
 * orchestration of a contract call — funds through x/bank, the XChainVM run, state applied, events
 * emitted, emitted actions dispatched in order — all in a branch of the caller's context, so a failure
 * anywhere discards everything the call did (gas stays charged).
 */
export class WasmKeeper {
  readonly vm: XChainVM;
  private crossvm?: CrossVMDispatcher;
  private router?: MsgRouter;
  /** checksum → metered source: metering is a pure function of the source, so this is only a cache. */
  private readonly metered = new Map<string, string>();
  readonly validatorEnv: ValidatorEnv;

  constructor(
    readonly bank: BankKeeper,
    readonly auth: AuthKeeper,
    vmConfig: Partial<VMConfig> = {},
  ) {
    this.vm = new XChainVM(vmConfig);
    this.validatorEnv = {
      isAddress: isAddress,
      isValidatorAddress: (s) => {
        try {
          return fromBech32(s, 100).prefix === VALOPER_PREFIX;
        } catch {
          return false;
        }
      },
      crossVMAvailable: () => this.crossvm !== undefined,
    };
  }

  /** Loads what the first contract call would otherwise load mid-block (mathjs). */
  warmUp(): void {
    loadMath();
  }

  /** x/crossvm registers how `crossvm_call` actions are delivered. Until then they fail validation. */
  setCrossVMDispatcher(fn: CrossVMDispatcher | undefined): void {
    this.crossvm = fn;
  }
  get crossVMDispatcher(): CrossVMDispatcher | undefined {
    return this.crossvm;
  }
  /** How `stargate` (and staking/distribution/gov) actions find the module that handles a message. */
  setMsgRouter(router: MsgRouter): void {
    this.router = router;
  }
  get msgRouter(): MsgRouter | undefined {
    return this.router;
  }

  params(_ctx: Context): WasmParams {
    return DEFAULT_PARAMS;
  }

  // ---- code ----------------------------------------------------------------------------------------------

  storeCode(ctx: Context, sender: string, wasmByteCode: Uint8Array, permission?: AccessConfigRecord): { codeId: bigint; checksum: Uint8Array } {
    const params = this.params(ctx);
    const source = decodeSource(wasmByteCode, params.max_code_size);
    ctx.gasMeter.consume(STORE_CODE_GAS_FLAT + STORE_CODE_GAS_PER_BYTE * BigInt(source.bytes.length), 'wasm store code');
    let check;
    try {
      check = validateDeploy(source.text);
    } catch (e) {
      if (e instanceof DeployValidationError) throw ErrCreateFailed(e.message);
      throw e;
    }
    const checksum = sha256(source.bytes);
    const checksumHex = toHex(checksum);
    const codeId = this.nextSeq(ctx, 'code');
    const record: CodeRecord = {
      code_id: codeId.toString(),
      creator: sender,
      checksum: checksumHex,
      instantiate_permission: normalizePermission(permission),
    };
    setJSON(ctx.store, StoreKeys.code(codeId), record);
    ctx.rawStore.set(StoreKeys.codeBytes(codeId), source.bytes);
    this.cacheMetered(checksumHex, check.meteredSource);
    ctx.emit(storeCodeEvent(codeId, checksumHex, check.warnings));
    return { codeId, checksum };
  }

  getCode(ctx: Context, codeId: bigint): CodeRecord | undefined {
    return getJSON<CodeRecord>(ctx.rawStore, StoreKeys.code(codeId));
  }

  getCodeBytes(ctx: Context, codeId: bigint): Uint8Array | undefined {
    return ctx.rawStore.get(StoreKeys.codeBytes(codeId));
  }

  *codes(ctx: Context, startAfter?: bigint): IterableIterator<CodeRecord> {
    const start = startAfter === undefined ? undefined : StoreKeys.code(startAfter + 1n);
    for (const [, v] of ctx.rawStore.iterate(StoreKeys.codePrefix, { start })) yield JSON.parse(fromUtf8(v)) as CodeRecord;
  }

  private loadCode(ctx: Context, codeId: bigint): LoadedCode {
    const record = getJSON<CodeRecord>(ctx.store, StoreKeys.code(codeId));
    if (!record) throw ErrNoSuchCode(`code ${codeId}`);
    return {
      codeId,
      record,
      meteredSource: () => {
        const hit = this.metered.get(record.checksum);
        if (hit !== undefined) return hit;
        const bytes = ctx.rawStore.get(StoreKeys.codeBytes(codeId));
        if (!bytes) throw ErrNoSuchCode(`code ${codeId} has no bytes`);
        const m = meterSource(fromUtf8(bytes));
        this.cacheMetered(record.checksum, m);
        return m;
      },
    };
  }

  private cacheMetered(checksum: string, metered: string): void {
    if (this.metered.size >= METERED_CACHE_SIZE) this.metered.delete(this.metered.keys().next().value!);
    this.metered.set(checksum, metered);
  }

  // ---- contracts: lookups ----------------------------------------------------------------------------------

  getContract(ctx: Context, addr: Uint8Array): ContractRecord | undefined {
    return getJSON<ContractRecord>(ctx.rawStore, StoreKeys.contract(toHex(addr)));
  }

  private loadContract(ctx: Context, address: string): LoadedContract {
    let bytes: Uint8Array;
    try {
      bytes = parseAddress(address);
    } catch {
      throw ErrInvalidAddress(`invalid contract address ${JSON.stringify(address)}`);
    }
    const hex = toHex(bytes);
    const record = getJSON<ContractRecord>(ctx.store, StoreKeys.contract(hex));
    if (!record) throw ErrNoSuchContract(`address ${address}`);
    // The canonical spelling is lower-case bech32; reuse the caller's when it already is.
    return { address: address.startsWith(BECH32_PREFIX + '1') && address === address.toLowerCase() ? address : toBech32Address(bytes), bytes, hex, record };
  }

  /** Contract storage as the chain holds it (RawContractState / AllContractState). */
  rawState(ctx: Context, addr: Uint8Array, key: string): string | undefined {
    const v = ctx.rawStore.get(StoreKeys.state(toHex(addr)) + key);
    return v === undefined ? undefined : fromUtf8(v);
  }

  *allState(ctx: Context, addr: Uint8Array, startKey?: string): IterableIterator<[string, string]> {
    const prefix = StoreKeys.state(toHex(addr));
    for (const [k, v] of ctx.rawStore.iterate(prefix, { start: startKey === undefined ? undefined : prefix + startKey })) {
      yield [k.slice(prefix.length), fromUtf8(v)];
    }
  }

  *contractsByCode(ctx: Context, codeId: bigint, startPos?: string): IterableIterator<[string, string]> {
    const prefix = StoreKeys.byCode(codeId);
    for (const [k, v] of ctx.rawStore.iterate(prefix, { start: startPos === undefined ? undefined : prefix + startPos })) {
      yield [k.slice(prefix.length), toBech32Address(fromHex(fromUtf8(v)))];
    }
  }

  *contractsByCreator(ctx: Context, creator: Uint8Array, startPos?: string): IterableIterator<[string, string]> {
    const prefix = StoreKeys.byCreator(toHex(creator));
    for (const [k, v] of ctx.rawStore.iterate(prefix, { start: startPos === undefined ? undefined : prefix + startPos })) {
      yield [k.slice(prefix.length), toBech32Address(fromHex(fromUtf8(v)))];
    }
  }

  *history(ctx: Context, addr: Uint8Array): IterableIterator<HistoryEntry> {
    for (const [, v] of ctx.rawStore.iterate(StoreKeys.history(toHex(addr)))) yield JSON.parse(fromUtf8(v)) as HistoryEntry;
  }

  // ---- contracts: lifecycle --------------------------------------------------------------------------------

  async instantiate(ctx: Context, p: InstantiateParams, frame: CallFrame = newFrame()): Promise<{ address: string; data: Uint8Array }> {
    checkDepth(frame);
    const code = this.loadCode(ctx, p.codeId);
    const senderBytes = parseAddress(p.sender);
    if (!mayInstantiate(code.record.instantiate_permission, p.sender, senderBytes)) {
      throw ErrUnauthorized(`instantiation of code ${p.codeId} is not permitted for ${p.sender}`);
    }
    const { ctx: sub, commit } = ctx.branch();
    let addrBytes: Uint8Array;
    if (p.salt) {
      addrBytes = predictableContractAddress(fromHex(code.record.checksum), senderBytes, p.salt, p.fixMsg ? p.msg : new Uint8Array());
    } else {
      addrBytes = classicContractAddress(p.codeId, this.nextSeq(sub, 'instance'));
    }
    const hex = toHex(addrBytes);
    const address = toBech32Address(addrBytes);
    if (getJSON(sub.rawStore, StoreKeys.contract(hex))) throw ErrDuplicate(`contract ${address} already exists`);
    const existing = this.auth.getAccount(sub, addrBytes);
    if (existing && (existing.pubKey || existing.sequence > 0n)) throw ErrAccountExists(`account ${address} is a key account`);
    this.auth.getOrCreateAccount(sub, addrBytes);

    const created = position(sub);
    const pos = u64Key(this.nextSeq(sub, 'position'));
    const record: ContractRecord = { code_id: p.codeId.toString(), creator: p.sender, admin: p.admin, label: p.label, created, by_code_pos: pos, creator_pos: pos };
    setJSON(sub.store, StoreKeys.contract(hex), record);
    sub.rawStore.set(StoreKeys.byCode(p.codeId) + pos, utf8(hex));
    sub.rawStore.set(StoreKeys.byCreator(toHex(senderBytes)) + pos, utf8(hex));
    this.appendHistory(sub, hex, { operation: 1, code_id: p.codeId.toString(), updated: created, msg: fromUtf8(p.msg) });

    if (p.funds.length) this.bank.sendCoins(sub, senderBytes, addrBytes, p.funds);
    const contract: LoadedContract = { address, bytes: addrBytes, hex, record };
    const data = await this.runAndApply(sub, contract, code, 'instantiate', p.msg, p.sender, p.funds, frame, ErrInstantiateFailed, () => [
      instantiateEvent(address, p.codeId),
    ]);
    commit();
    return { address, data };
  }

  async execute(ctx: Context, p: { sender: string; contract: string; msg: Uint8Array; funds: Coin[] }, frame: CallFrame = newFrame()): Promise<Uint8Array> {
    checkDepth(frame);
    const { ctx: sub, commit } = ctx.branch();
    const contract = this.loadContract(sub, p.contract);
    const code = this.loadCode(sub, BigInt(contract.record.code_id));
    if (p.funds.length) this.bank.sendCoins(sub, parseAddress(p.sender), contract.bytes, p.funds);
    const data = await this.runAndApply(sub, contract, code, 'execute', p.msg, p.sender, p.funds, frame, ErrExecuteFailed, () => [executeEvent(contract.address)]);
    commit();
    return data;
  }

  async migrate(ctx: Context, p: { sender: string; contract: string; codeId: bigint; msg: Uint8Array }, frame: CallFrame = newFrame()): Promise<Uint8Array> {
    checkDepth(frame);
    const { ctx: sub, commit } = ctx.branch();
    const contract = this.loadContract(sub, p.contract);
    if (!contract.record.admin) throw ErrUnauthorized(`contract ${contract.address} has no admin: it cannot be migrated`);
    if (!sameAddress(contract.record.admin, p.sender)) throw ErrUnauthorized(`only the admin ${contract.record.admin} may migrate ${contract.address}`);
    const code = this.loadCode(sub, p.codeId);
    const oldCode = BigInt(contract.record.code_id);
    const pos = u64Key(this.nextSeq(sub, 'position'));
    sub.rawStore.delete(StoreKeys.byCode(oldCode) + contract.record.by_code_pos);
    sub.rawStore.set(StoreKeys.byCode(p.codeId) + pos, utf8(contract.hex));
    const record: ContractRecord = { ...contract.record, code_id: p.codeId.toString(), by_code_pos: pos };
    setJSON(sub.store, StoreKeys.contract(contract.hex), record);
    this.appendHistory(sub, contract.hex, { operation: 2, code_id: p.codeId.toString(), updated: position(sub), msg: fromUtf8(p.msg) });
    const migrated = { ...contract, record };
    const data = await this.runAndApply(sub, migrated, code, 'migrate', p.msg, p.sender, [], frame, ErrMigrationFailed, () => [migrateEvent(contract.address, p.codeId)]);
    commit();
    return data;
  }

  updateAdmin(ctx: Context, sender: string, contractAddr: string, newAdmin: string): void {
    const contract = this.loadContract(ctx, contractAddr);
    if (!contract.record.admin || !sameAddress(contract.record.admin, sender)) {
      throw ErrUnauthorized(`only the admin of ${contract.address} may change its admin`);
    }
    if (newAdmin !== '' && !isAddress(newAdmin)) throw ErrInvalidAddress(`invalid admin ${JSON.stringify(newAdmin)}`);
    setJSON(ctx.store, StoreKeys.contract(contract.hex), { ...contract.record, admin: newAdmin });
    ctx.emit(updateAdminEvent(contract.address, newAdmin));
  }

  // ---- queries --------------------------------------------------------------------------------------------

  /** A smart query: read-only, discarded writes, at most `gasLimit` Cosmos gas (the ABCI default if omitted). */
  querySmart(ctx: Context, contractAddr: string, msg: Uint8Array, gasLimit?: bigint, queryDepth = 0): { data: Uint8Array; gasUsed: bigint } {
    if (queryDepth > MAX_QUERY_DEPTH) throw ErrMaxQueryDepth(`depth ${queryDepth}`);
    const qctx = ctx.branch(infiniteGasMeter()).ctx;
    const contract = this.loadContract(qctx, contractAddr);
    const code = this.loadCode(qctx, BigInt(contract.record.code_id));
    const limit = gasLimit ?? BigInt(this.params(ctx).smart_query_gas_limit);
    const msgJson = jsonText(msg, ErrQueryFailed);
    const outcome = this.vm.call({
      codeId: Number(code.codeId),
      codeHash: code.record.checksum,
      meteredSource: code.meteredSource,
      method: 'query',
      msg: msgJson,
      env: this.env(qctx, contract, 'query', '', []),
      gasCeiling: toContractUnits(limit),
      backend: this.backend(qctx, contract.hex),
      chain: this.chainView(qctx, queryDepth),
      validatorEnv: this.validatorEnv,
      readOnly: true,
    });
    const gasUsed = !outcome.ok && consumesAll(outcome.error) ? limit : toCosmosGas(outcome.gasUsed);
    if (!outcome.ok) throw WasmExecutionError.from(outcome.error, ErrQueryFailed, gasUsed, outcome.collector.logs);
    return { data: utf8(outcome.result === '' ? 'null' : outcome.result), gasUsed };
  }

  // ---- the executor API (x/crossvm) -------------------------------------------------------------------------

  /**
   * Executes a contract for another module. Runs in a branch with its own gas limit (at most what ctx has
   * left); charges the gas used to ctx.gasMeter (do not charge it again); commits only on success.
   * Throws WasmExecutionError (kind revert | out_of_gas | error | resource, with gasUsed) or an AppError.
   */
  async executeContract(ctx: Context, req: ExecuteContractRequest): Promise<ContractCallResult> {
    const limit = req.gasLimit < ctx.gasMeter.remaining ? req.gasLimit : ctx.gasMeter.remaining;
    const meter = new GasMeter(limit);
    const { ctx: sub, commit } = ctx.branch(meter);
    const sender = typeof req.sender === 'string' ? toBech32Address(parseAddress(req.sender)) : toBech32Address(req.sender);
    const frame = newFrame();
    try {
      const data = await this.execute(sub, { sender, contract: req.contract, msg: req.msg, funds: req.funds }, frame);
      const gasUsed = meter.consumed;
      ctx.gasMeter.consume(gasUsed, 'wasm executeContract');
      const events = [...sub.events];
      commit();
      return { data, gasUsed, events, logs: frame.logs };
    } catch (e) {
      const used = meter.consumed > limit ? limit : meter.consumed;
      ctx.gasMeter.consume(used, 'wasm executeContract');
      if (e instanceof WasmExecutionError) {
        throw new WasmExecutionError(e.kind, e.reason, used, frame.logs, e.codespace, e.code, e.message);
      }
      if (e instanceof AppError && e.codespace === 'sdk' && e.code === 11) {
        throw new WasmExecutionError('out_of_gas', e.message, used, frame.logs, e.codespace, e.code, e.message);
      }
      throw e;
    }
  }

  /** A smart query for another module: the answer's JSON bytes. */
  queryContract(ctx: Context, contract: string, msgJson: Uint8Array | string, gasLimit: bigint): Uint8Array {
    return this.querySmart(ctx, contract, typeof msgJson === 'string' ? utf8(msgJson) : msgJson, gasLimit).data;
  }

  // ---- the call itself -----------------------------------------------------------------------------------

  /**
   * Runs one entry point in `ctx` (already a branch), and on success applies its storage writes, emits
   * `leadEvents()` then the contract's `wasm` / `wasm-*` events, and dispatches its actions in order.
   * Gas: the VM may use what ctx's meter has left; what it used is charged to that meter either way.
   */
  private async runAndApply(
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
    const outcome = this.vm.call({
      codeId: Number(code.codeId),
      codeHash: code.record.checksum,
      meteredSource: code.meteredSource,
      method,
      msg: msgJson,
      env: this.env(ctx, contract, method, sender, funds),
      gasCeiling: toContractUnits(ctx.gasMeter.remaining),
      backend: this.backend(ctx, contract.hex),
      chain: this.chainView(ctx, 0),
      validatorEnv: this.validatorEnv,
      readOnly: false,
    });
    frame.logs.push(...outcome.collector.logs);
    this.recordLogs(ctx, contract.address, outcome.collector.logs);
    // Out of gas (and the resource guards) take everything the meter had left, as the SDK does.
    const gasUsed = !outcome.ok && consumesAll(outcome.error) ? ctx.gasMeter.remaining : toCosmosGas(outcome.gasUsed);
    ctx.gasMeter.consume(gasUsed, `wasm ${method}`);
    if (!outcome.ok) throw WasmExecutionError.from(outcome.error, wrap, gasUsed, outcome.collector.logs);

    const prefix = StoreKeys.state(contract.hex);
    for (const [k, v] of outcome.state.entries) {
      if (v === null) ctx.rawStore.delete(prefix + k);
      else ctx.rawStore.set(prefix + k, utf8(v));
    }
    ctx.emit(...leadEvents(), ...contractEvents(contract.address, outcome.collector.attributes, outcome.collector.events));
    const next: CallFrame = { depth: frame.depth + 1, logs: frame.logs };
    for (const action of outcome.collector.actions) {
      await dispatchAction(this, ctx, { address: contract.address, bytes: contract.bytes }, action, next);
    }
    return outcome.result === '' ? new Uint8Array() : utf8(outcome.result);
  }

  /** Sub-calls from dispatched actions. */
  async dispatchCrossVM(ctx: Context, sender: { address: string; bytes: Uint8Array }, a: Extract<Action, { type: 'crossvm_call' }>): Promise<void> {
    if (!this.crossvm) throw ErrCrossVMUnavailable('crossvm_call');
    await this.crossvm(ctx, {
      sender: sender.address,
      senderBytes: sender.bytes,
      targetVm: a.target_vm === 'cosmwasm' ? 'wasm' : a.target_vm,
      targetContract: a.target_contract,
      payload: a.payload,
      funds: a.funds,
      gasLimit: a.gas_limit === null ? null : BigInt(a.gas_limit),
      callback: a.callback,
    });
  }

  private env(ctx: Context, c: LoadedContract, method: EntryPoint, sender: string, funds: Coin[]) {
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
  private backend(ctx: Context, hex: string): StateBackend {
    const prefix = StoreKeys.state(hex);
    const store = ctx.rawStore;
    return {
      get: (k) => {
        const v = store.get(prefix + k);
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
  private chainView(ctx: Context, queryDepth: number): ChainView {
    const free = ctx.withGasMeter(infiniteGasMeter());
    return {
      balance: (a, d) => this.bank.getBalance(free, parseAddress(a), d).toString(),
      allBalances: (a) => this.bank.getAllBalances(free, parseAddress(a)),
      contractInfo: (a) => {
        const r = this.getContract(free, parseAddress(a));
        return r ? { code_id: Number(r.code_id), creator: r.creator, admin: r.admin || null, label: r.label } : null;
      },
      queryContract: (a, msg, gasLeft) => {
        try {
          const r = this.querySmart(free, a, utf8(JSON.stringify(msg ?? null)), toCosmosGas(gasLeft), queryDepth + 1);
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
  private recordLogs(ctx: Context, contract: string, logs: string[]): void {
    if (!logs.length || !ctx.tx || ctx.mode !== 'deliver') return;
    const key = `wasm/logs/${ctx.tx.hash}`;
    const prev = ctx.index.get(key);
    const all = prev ? (JSON.parse(fromUtf8(prev)) as Array<{ contract: string; line: string }>) : [];
    for (const line of logs) all.push({ contract, line });
    ctx.index.set(key, utf8(JSON.stringify(all)));
  }

  private appendHistory(ctx: Context, hex: string, e: HistoryEntry): void {
    const prefix = StoreKeys.history(hex);
    let n = 0n;
    for (const [k] of ctx.rawStore.iterate(prefix, { reverse: true })) {
      n = BigInt(k.slice(prefix.length)) + 1n;
      break;
    }
    setJSON(ctx.rawStore, prefix + u64Key(n), e);
  }

  nextSeq(ctx: Context, name: 'code' | 'instance' | 'position'): bigint {
    const next = BigInt(getJSON<string>(ctx.store, StoreKeys.seq(name)) ?? '0') + 1n;
    setJSON(ctx.store, StoreKeys.seq(name), next.toString());
    return next;
  }
}

const consumesAll = (e: ExecutionError): boolean => e instanceof GasExhaustedError || e instanceof ContractResourceError;

export const newFrame = (): CallFrame => ({ depth: 0, logs: [] });

function checkDepth(frame: CallFrame): void {
  if (frame.depth > MAX_CALL_DEPTH) throw ErrMaxCallDepth(`contract call depth ${frame.depth} exceeds ${MAX_CALL_DEPTH}`);
}

function position(ctx: Context): TxPosition {
  return { block_height: String(ctx.block.height), tx_index: String(ctx.tx?.index ?? 0) };
}

export function isAddress(s: string): boolean {
  try {
    parseAddress(s);
    return true;
  } catch {
    return false;
  }
}

function sameAddress(a: string, b: string): boolean {
  try {
    return toHex(parseAddress(a)) === toHex(parseAddress(b));
  } catch {
    return false;
  }
}

const sha256 = (b: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(b).digest());

/** Contract source from MsgStoreCode bytes: gunzipped if gzip (as CosmJS uploads), strict UTF-8. */
export function decodeSource(bytes: Uint8Array, maxSize: number): { bytes: Uint8Array; text: string } {
  if (bytes.length === 0) throw ErrCreateFailed('empty code');
  let raw = bytes;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      raw = new Uint8Array(gunzipSync(bytes, { maxOutputLength: maxSize + 1 }));
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw ErrLimit(`code exceeds ${maxSize} bytes uncompressed`);
      throw ErrCreateFailed(`invalid gzip: ${(e as Error).message}`);
    }
  }
  if (raw.length > maxSize) throw ErrLimit(`code is ${raw.length} bytes; the limit is ${maxSize}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw ErrCreateFailed('code is not UTF-8 JavaScript (x/wasm runs JS contracts; upload the .js source)');
  }
  return { bytes: raw, text };
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

function normalizePermission(p?: { permission: number; addresses: string[] }): AccessConfigRecord {
  if (!p || p.permission === AccessType.Unspecified) return { permission: AccessType.Everybody, addresses: [] };
  if (p.permission === AccessType.Nobody || p.permission === AccessType.Everybody) return { permission: p.permission, addresses: [] };
  if (p.permission === AccessType.AnyOfAddresses) {
    if (!p.addresses.length) throw ErrInvalid('AnyOfAddresses needs at least one address');
    for (const a of p.addresses) if (!isAddress(a)) throw ErrInvalidAddress(`invalid address ${a} in instantiate permission`);
    return { permission: p.permission, addresses: [...p.addresses] };
  }
  throw ErrInvalid(`unsupported instantiate permission ${p.permission}`);
}

function mayInstantiate(p: AccessConfigRecord, sender: string, senderBytes: Uint8Array): boolean {
  if (p.permission === AccessType.Everybody) return true;
  if (p.permission === AccessType.AnyOfAddresses) return p.addresses.some((a) => sameAddress(a, sender) || toHex(parseAddress(a)) === toHex(senderBytes));
  return false;
}
