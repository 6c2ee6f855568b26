import type { TypedTransaction } from '@ethereumjs/tx';
import { Capability, type AccessList2930Tx, accessListBytesToJSON } from '@ethereumjs/tx';
import { Account, type Address, KECCAK256_NULL, KECCAK256_RLP, generateAddress, hexToBytes } from '@ethereumjs/util';
import { fromHex } from '@cosmjs/encoding';
import { type BlockInfo, Context } from '../../../../core/types/context.ts';
import { DEFAULT_CONSENSUS_PARAMS } from '../../../../core/types/consensus.ts';
import { ErrInternal, EvmError } from '../../errors.ts';
import { EvmGasRegister, intrinsicGas } from '../../gas-register.ts';
import { PrecompileRegistry } from '../../precompiles/index.ts';
import { EvmStateManager } from '../../state/state-manager.ts';
import { EVM_CHAIN_ID, type EvmParams, StoreKeys, WEI_PER_UTRV } from '../../types/index.ts';
import { infiniteGasMeter } from '../../../../core/types/gas.ts';
import { txCommon } from '../common.ts';
import {
  type CallRequest,
  type CallResult,
  EvmExecutor,
  type ExecutorOptions,
  FEE_COLLECTOR,
  type SimulateRequest,
  type SimulateResult,
  type TxExecution,
  ZERO_ADDRESS,
  describeFailure,
  nonceBytes,
  noteCrossVmRun,
} from '../executor.ts';
import { decodeRevertReason } from '../revert.ts';
import { precheckTx } from '../validate.ts';
import { type RevmAddon, loadRevm, revmAddonPath } from './native.ts';
import { tracerFor } from '../trace-hook.ts';
import { CONSOLE_ADDRESS } from '../../trace/console-log.ts';
import { type NativeAccount, type NativeMessage, type NativeOutcome, HEADER_LEN, decodeOutcome, encodeAccess, encodeChain, encodeHeader } from './wire.ts';

type AccessList = Array<{ address: string; storageKeys: string[] }>;
const ZERO32 = new Uint8Array(32);
const EMPTY = new Uint8Array(0);
const NO_DATA = new Uint8Array(0);
/**
 * EIP-4844's point evaluation (0x0a): ethereumjs has no KZG setup in this node and throws "kzg not initialized",
 * the revm build has no KZG library either. Handing its calls to ethereumjs keeps the engines' answers equal.
 */
const KZG_POINT_EVALUATION = fromHex('000000000000000000000000000000000000000a');

export class RevmExecutor {
  readonly registry: PrecompileRegistry;
  private readonly js: EvmExecutor;
  private readonly state: EvmStateManager;
  private readonly addon: () => RevmAddon = loadRevm;
  /**
   * The chain bytes (block env and hosted precompiles) of the last block env seen, by what they are made of:
   * every eth_call's query context carries a fresh BlockInfo of the same latest block.
   */
  private lastChain?: { height: number; timeMs: number; proposer: string; maxGas: bigint | undefined; baseFee: string; version: number; bytes: Uint8Array };
  /** The message header's bytes, rewritten per message (a run is never re-entered). */
  private readonly header = new Uint8Array(HEADER_LEN);
  /** Where the read callbacks find their key and leave their answer (see native/evm-revm/src/lib.rs). */
  private readonly scratch = new Uint8Array(128);
  /** Messages handed to the JavaScript engine because they reached a hosted precompile (for tests and benches). */
  fallbacks = 0;
  private busy = false;

  constructor(private readonly opts: ExecutorOptions) {
    this.registry = opts.registry ?? new PrecompileRegistry();
    this.js = new EvmExecutor({ ...opts, registry: this.registry });
    revmAddonPath(); // a node without the addon fails at start, as before; the addon itself loads with the first message
    this.state = new EvmStateManager(opts.bank);
  }

  private chain(ctx: Context): Uint8Array {
    const params = this.opts.params(ctx);
    const version = this.registry.version;
    const info = ctx.block;
    const hit = this.lastChain;
    if (hit && hit.height === info.height && hit.timeMs === info.timeMs && hit.proposer === info.proposer && hit.maxGas === info.maxGas && hit.baseFee === params.base_fee_wei && hit.version === version) return hit.bytes;
    // As block-env.ts gives ethereumjs: NUMBER = height, TIMESTAMP = block seconds, COINBASE = proposer.
    const bytes = encodeChain({
      number: info.height,
      timestamp: Math.floor(info.timeMs / 1000),
      coinbase: /^[0-9a-fA-F]{40}$/.test(info.proposer) ? fromHex(info.proposer) : new Uint8Array(20),
      basefee: BigInt(params.base_fee_wei),
      gasLimit: info.maxGas ?? DEFAULT_CONSENSUS_PARAMS.maxGas,
      chainId: EVM_CHAIN_ID,
      hosted: [KZG_POINT_EVALUATION, ...this.registry.entries().map(([hex]) => fromHex(hex))],
      // Hardhat's console: its calls are printed by the JavaScript engine (a plain call of a codeless address).
      observed: [CONSOLE_ADDRESS],
    });
    this.lastChain = { height: info.height, timeMs: info.timeMs, proposer: info.proposer, maxGas: info.maxGas, baseFee: params.base_fee_wei, version, bytes };
    return bytes;
  }

  /**
   * Run one message on revm over ctx's state; undefined when it reached a hosted precompile. revm's run is
   * synchronous from bind to unbind, so one state manager serves every call (no JavaScript runs in between
   * but the read callbacks).
   */
  private run(ctx: Context, msg: NativeMessage, data: Uint8Array, access: Uint8Array, write: (out: NativeOutcome) => boolean): NativeOutcome | undefined {
    // A message sent straight to a standard precompile: ethereumjs words each precompile's failures its own way
    // ("invalid input length", "value out of range", …) where revm says "precompile error"; let it answer.
    if (msg.to && isStandardPrecompile(msg.to)) {
      this.fallbacks++;
      return undefined;
    }
    if (this.busy) throw ErrInternal('revm executor re-entered');
    this.busy = true;
    const state = this.state;
    state.bind(ctx);
    try {
      const raw = this.addon().execute(encodeHeader(msg, WEI_PER_UTRV, this.header), data, access, this.chain(ctx), this.scratch, this.basic, this.code, this.storage, this.blockHash);
      const out = decodeOutcome(raw);
      if (out.fallback) {
        this.fallbacks++;
        return undefined;
      }
      if (write(out)) {
        // The JavaScript engine credits through x/bank as it goes, and a credit creates the receiver's x/auth
        // account: create them in that order, so account numbers come out the same.
        // All or nothing: a write that fails half-way (it should not) leaves ctx's store as it was.
        state.checkpointSync();
        try {
          const unmetered = new Context(state.store, infiniteGasMeter(), ctx.block, ctx.mode, ctx.index, ctx.tx);
          for (const addr of out.minted) this.opts.auth?.getOrCreateAccount(unmetered, addr);
          applyAccounts(state, out.accounts);
          state.commitSync();
        } catch (e) {
          state.revertSync();
          throw e;
        }
      }
      return out;
    } finally {
      state.unbind();
      this.busy = false;
    }
  }

  // The read callbacks (bound once: the addon gets the same functions every call). Keys arrive in scratch and
  // are copied out before use: the state manager may keep what it is handed.
  private readonly basic = (): boolean => {
    const s = this.scratch;
    const a = this.state.peekAccount(s.slice(0, 20));
    if (!a) return false;
    new DataView(s.buffer).setBigUint64(0, a.nonce);
    s.fill(0, 8, 40);
    let v = a.balance;
    for (let i = 39; i >= 8 && v > 0n; i--) {
      s[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    s.set(a.codeHash ?? KECCAK256_NULL, 40);
    return true;
  };
  private readonly code = (): Uint8Array => this.state.store.get(StoreKeys.code(Buffer.from(this.scratch.buffer, 0, 32).toString('hex'))) ?? EMPTY;
  private readonly storage = (): number => {
    const s = this.scratch;
    const v = this.state.getStorageSync(s.slice(0, 20), s.slice(20, 52));
    s.set(v, 0);
    return v.length;
  };
  private readonly blockHash = (n: number): void => {
    this.scratch.set(this.state.getBlockHash(n) ?? ZERO32, 0);
  };

  /** As EvmExecutor.applyTransaction: precheck (throws before any write), buy gas, run, refund, pay the fee collector. */
  /** console.log lines come from the JavaScript engine, which runs every message that calls the console address. */
  get consoleSink(): ((line: string) => void) | undefined {
    return this.js.consoleSink;
  }
  set consoleSink(sink: ((line: string) => void) | undefined) {
    this.js.consoleSink = sink;
  }

  async applyTransaction(ctx: Context, tx: TypedTransaction, sender: Address): Promise<TxExecution> {
    // A traced replay (debug_trace*) runs on the engine that has the tracer hooks; the results are the same.
    if (tracerFor(ctx)) return this.js.applyTransaction(ctx, tx, sender);
    const params = this.opts.params(ctx);
    this.state.bind(ctx);
    let pre;
    try {
      pre = precheckTx(tx, sender, this.state.getAccountSync(sender.bytes), BigInt(params.base_fee_wei), ctx.maxBlockGas);
    } finally {
      this.state.unbind();
    }
    const accessList = tx.supports(Capability.EIP2930AccessLists) ? accessListBytesToJSON((tx as AccessList2930Tx).accessList) : undefined;
    const msg: NativeMessage = {
      caller: sender.bytes,
      to: tx.to?.bytes,
      value: tx.value,
      gasLimit: tx.gasLimit,
      intrinsicGas: pre.intrinsicGas,
      gasPrice: pre.effectiveGasPrice,
      gasCost: pre.gasCost,
      bumpNonce: true,
      isStatic: false,
      wantState: true,
    };
    let gasUsed = 0n;
    let out: NativeOutcome | undefined;
    try {
      out = this.run(ctx, msg, tx.data, accessBytes(accessList), (o) => {
        gasUsed = o.gasSpent - o.gasRefund;
        // The fee as the JavaScript engine pays it: after the message's own writes, to the fee collector.
        const fee = gasUsed * pre.effectiveGasPrice;
        if (fee > 0n) o.accounts.push(feeCredit(this.state, o.accounts, fee));
        return true;
      });
    } catch (e) {
      throw e instanceof EvmError ? e : ErrInternal(`EVM execution failed: ${(e as Error).message}`);
    }
    if (!out) return this.js.applyTransaction(ctx, tx, sender);
    return {
      status: out.success ? 1 : 0,
      gasUsed,
      effectiveGasPrice: pre.effectiveGasPrice,
      returnData: out.output,
      logs: out.logs,
      contractAddress: tx.to === undefined ? generateAddress(sender.bytes, nonceBytes(tx.nonce)) : undefined,
      vmError: out.error,
      revertReason: out.error === 'revert' ? decodeRevertReason(out.output) : undefined,
      events: [],
    };
  }

  /** As EvmExecutor.callContract: no nonce, no gas purchase, no refund; writes kept only on success. */
  async callContract(ctx: Context, req: CallRequest): Promise<CallResult> {
    if (tracerFor(ctx)) return this.js.callContract(ctx, req);
    const msg: NativeMessage = {
      caller: req.caller,
      to: req.to,
      value: req.value,
      gasLimit: req.gasLimit,
      intrinsicGas: 0n,
      gasPrice: 0n,
      gasCost: 0n,
      bumpNonce: false,
      isStatic: req.static ?? false,
      wantState: true,
    };
    const out = this.run(ctx, msg, req.data, NO_DATA, (o) => o.success);
    if (!out) return this.js.callContract(ctx, req);
    const result: CallResult = {
      success: out.success,
      returnData: out.output,
      gasUsed: out.gasSpent,
      error: out.error ? describeFailure(out.error, out.output) : undefined,
      logs: out.logs,
    };
    if (result.success) noteCrossVmRun(ctx, req, result);
    return result;
  }

  /** As EvmExecutor.simulate (eth_call, eth_estimateGas): nothing is written. */
  async simulate(ctx: Context, req: SimulateRequest): Promise<SimulateResult> {
    if (tracerFor(ctx)) return this.js.simulate(ctx, req);
    const caller = req.from ?? ZERO_ADDRESS.bytes;
    const blockGas = ctx.maxBlockGas;
    const gasLimit = req.gasLimit !== undefined && req.gasLimit < blockGas ? req.gasLimit : blockGas;
    const intrinsic = intrinsicGas(txCommon, { data: req.data, isCreate: req.to === undefined, accessList: req.accessList });
    if (gasLimit < intrinsic) {
      return { success: false, returnData: new Uint8Array(), gasUsed: gasLimit, gasNeeded: intrinsic, vmError: `intrinsic gas too low: gas ${gasLimit}, minimum needed ${intrinsic}`, logs: [] };
    }
    let nonce = 0n;
    if (req.to === undefined) {
      this.state.bind(ctx);
      nonce = this.state.getAccountSync(caller)?.nonce ?? 0n;
      this.state.unbind();
    }
    const msg: NativeMessage = {
      caller,
      to: req.to,
      value: req.value,
      gasLimit,
      intrinsicGas: intrinsic,
      gasPrice: 0n,
      gasCost: 0n,
      bumpNonce: false,
      isStatic: false,
      wantState: false,
    };
    const out = this.run(ctx, msg, req.data, accessBytes(req.accessList), () => false);
    if (!out) return this.js.simulate(ctx, req);
    const needed = out.gasSpent;
    const refundCap = needed / EvmGasRegister.maxRefundQuotient;
    const refund = out.gasRefund < refundCap ? out.gasRefund : refundCap;
    return {
      success: out.success,
      returnData: out.output,
      gasUsed: needed - refund,
      gasNeeded: needed,
      vmError: out.error,
      logs: out.logs,
      contractAddress: req.to === undefined ? generateAddress(caller, nonceBytes(nonce)) : undefined,
    };
  }
}

function isStandardPrecompile(a: Uint8Array): boolean {
  for (let i = 0; i < 19; i++) if (a[i] !== 0) return false;
  return a[19]! >= 1 && a[19]! <= 0x0a;
}

function accessBytes(accessList: AccessList | undefined): Uint8Array {
  if (!accessList || accessList.length === 0) return NO_DATA;
  const addresses: Uint8Array[] = [];
  const slots: Array<[Uint8Array, Uint8Array]> = [];
  for (const item of accessList) {
    const addr = hexToBytes(item.address as `0x${string}`);
    addresses.push(addr);
    for (const key of item.storageKeys) slots.push([addr, hexToBytes(key as `0x${string}`)]);
  }
  return encodeAccess(addresses, slots);
}

/** The fee collector's account after the fee, as one more changed account (it may also be in the message's own). */
function feeCredit(state: EvmStateManager, changed: NativeAccount[], fee: bigint): NativeAccount {
  const fc = FEE_COLLECTOR.bytes;
  const same = (a: Uint8Array) => a.length === 20 && a.every((b, i) => b === fc[i]);
  const mine = changed.find((a) => same(a.address) && !a.deleted);
  const now = mine ?? state.getAccountSync(fc);
  const codeHash = now?.codeHash && !now.codeHash.every((b, i) => b === KECCAK256_NULL[i]) ? now.codeHash : undefined;
  return { address: fc, deleted: false, nonce: now?.nonce ?? 0n, balance: (now?.balance ?? 0n) + fee, codeHash, storage: [] };
}

/** Write revm's changed accounts through the state manager (bank for balances, records, code, storage), in address order. */
function applyAccounts(state: EvmStateManager, accounts: NativeAccount[]): void {
  for (const a of accounts) {
    if (a.deleted) {
      state.deleteAccountSync(a.address);
      continue;
    }
    if (a.code) state.putCodeSync(a.address, a.code);
    state.putAccountSync(a.address, new Account(a.nonce, a.balance, KECCAK256_RLP, a.codeHash ?? KECCAK256_NULL));
    for (const [slot, value] of a.storage) state.putStorageSync(a.address, slot, value);
  }
}
