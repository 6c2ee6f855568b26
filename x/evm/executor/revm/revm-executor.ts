import type { TypedTransaction } from '@ethereumjs/tx';
import { Capability, type AccessList2930Tx, accessListBytesToJSON } from '@ethereumjs/tx';
import { Account, type Address, KECCAK256_NULL, KECCAK256_RLP, generateAddress, hexToBytes } from '@ethereumjs/util';
import { fromHex } from '@cosmjs/encoding';
import type { BlockInfo, Context } from '../../../../core/types/context.ts';
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
  type EthLog,
  EvmExecutor,
  type ExecutorOptions,
  FEE_COLLECTOR,
  type SimulateRequest,
  type SimulateResult,
  type TxExecution,
  ZERO_ADDRESS,
  describeFailure,
  nonceBytes,
} from '../executor.ts';
import { decodeRevertReason } from '../revert.ts';
import { precheckTx } from '../validate.ts';
import { type NativeAccount, type NativeBlock, type NativeOutcome, type NativeRequest, type RevmAddon, loadRevm } from './native.ts';

type AccessList = Array<{ address: string; storageKeys: string[] }>;
const ZERO32 = new Uint8Array(32);
const EMPTY = new Uint8Array(0);
const WEI_PER_UNIT = Number(WEI_PER_UTRV);

/** A Buffer from the addon as a plain Uint8Array (a copy: Buffers compare unequal to Uint8Arrays in tests and views pin pools). */
const plain = (b: Uint8Array): Uint8Array => new Uint8Array(b);

/**
 * The same executor as EvmExecutor (same entry points, same results), with revm doing the EVM work natively.
 * revm reads x/evm's state through synchronous callbacks into a state manager bound to the context, and the
 * accounts it changed are written back through that state manager, so balances still live in x/bank and
 * the store sees exactly the writes the JavaScript engine makes.
 *
 * A message that calls one of Trivium's own precompiles (x/crossvm's 0x…0901: JavaScript code that runs in
 * the EVM frame's Cosmos context and may await) stops revm before anything is written, and the whole message
 * runs again on the JavaScript engine: same results by construction, atomicity as that engine keeps it.
 */
export class RevmExecutor {
  readonly registry: PrecompileRegistry;
  private readonly js: EvmExecutor;
  private readonly addon: RevmAddon;
  private readonly state: EvmStateManager;
  private hosted: { version: number; list: Uint8Array[] } = { version: -1, list: [] };
  private readonly blocks = new WeakMap<BlockInfo, { params: EvmParams; block: NativeBlock }>();
  /** Messages handed to the JavaScript engine because they reached a hosted precompile (for tests and benches). */
  fallbacks = 0;
  private busy = false;

  constructor(private readonly opts: ExecutorOptions) {
    this.registry = opts.registry ?? new PrecompileRegistry();
    this.js = new EvmExecutor({ ...opts, registry: this.registry });
    this.addon = loadRevm();
    this.state = new EvmStateManager(opts.bank);
  }

  private hostPrecompiles(): Uint8Array[] {
    if (this.hosted.version !== this.registry.version) {
      this.hosted = { version: this.registry.version, list: this.registry.entries().map(([hex]) => fromHex(hex)) };
    }
    return this.hosted.list;
  }

  private block(ctx: Context): NativeBlock {
    const params = this.opts.params(ctx);
    const hit = this.blocks.get(ctx.block);
    if (hit && hit.params === params) return hit.block;
    // As block-env.ts gives ethereumjs: NUMBER = height, TIMESTAMP = block seconds, COINBASE = proposer.
    const info = ctx.block;
    const coinbase = /^[0-9a-fA-F]{40}$/.test(info.proposer) ? fromHex(info.proposer) : new Uint8Array(20);
    const block: NativeBlock = {
      number: info.height,
      timestamp: Math.floor(info.timeMs / 1000),
      coinbase,
      basefee: BigInt(params.base_fee_wei),
      gasLimit: Number(info.maxGas ?? DEFAULT_CONSENSUS_PARAMS.maxGas),
      chainId: Number(EVM_CHAIN_ID),
    };
    this.blocks.set(info, { params, block });
    return block;
  }

  /**
   * Run one message on revm over ctx's state; undefined when it reached a hosted precompile. revm's run is
   * synchronous from bind to unbind, so one state manager serves every call (no JavaScript runs in between
   * but the read callbacks).
   */
  private run(ctx: Context, req: Omit<NativeRequest, 'block' | 'hostPrecompiles' | 'weiPerUnit'>, write: (out: NativeOutcome) => boolean): NativeOutcome | undefined {
    if (this.busy) throw ErrInternal('revm executor re-entered');
    this.busy = true;
    const state = this.state;
    state.bind(ctx);
    try {
      const out = this.addon.execute({ ...req, block: this.block(ctx), hostPrecompiles: this.hostPrecompiles(), weiPerUnit: WEI_PER_UNIT }, this.basic, this.code, this.storage, this.blockHash);
      if (out.fallback) {
        this.fallbacks++;
        return undefined;
      }
      if (write(out)) {
        // The JavaScript engine credits through x/bank as it goes, and a credit creates the receiver's x/auth
        // account: create them in that order, so account numbers come out the same.
        const unmetered = ctx.withGasMeter(infiniteGasMeter());
        for (const addr of out.minted) this.opts.auth?.getOrCreateAccount(unmetered, plain(addr));
        applyAccounts(state, out.accounts);
      }
      return out;
    } finally {
      state.unbind();
      this.busy = false;
    }
  }

  // The read callbacks (bound once: the addon gets the same functions every call).
  private readonly basic = (addr: Uint8Array): Uint8Array | null => {
    const a = this.state.getAccountSync(addr);
    if (!a) return null;
    const out = new Uint8Array(72);
    new DataView(out.buffer).setBigUint64(0, a.nonce);
    writeWord(out, 8, a.balance);
    out.set(a.codeHash, 40);
    return out;
  };
  private readonly code = (hash: Uint8Array): Uint8Array => this.state.store.get(StoreKeys.code(Buffer.from(hash).toString('hex'))) ?? EMPTY;
  private readonly storage = (key: Uint8Array): Uint8Array => this.state.getStorageSync(key.subarray(0, 20), key.subarray(20, 52));
  private readonly blockHash = (n: number): Uint8Array => this.state.getBlockHash(n) ?? ZERO32;

  /** As EvmExecutor.applyTransaction: precheck (throws before any write), buy gas, run, refund, pay the fee collector. */
  async applyTransaction(ctx: Context, tx: TypedTransaction, sender: Address): Promise<TxExecution> {
    const params = this.opts.params(ctx);
    const baseFee = BigInt(params.base_fee_wei);
    this.state.bind(ctx);
    let pre;
    try {
      pre = precheckTx(tx, sender, this.state.getAccountSync(sender.bytes), baseFee, ctx.maxBlockGas);
    } finally {
      this.state.unbind();
    }
    const accessList = tx.supports(Capability.EIP2930AccessLists) ? accessListBytesToJSON((tx as AccessList2930Tx).accessList) : undefined;
    const { warmAddresses, warmSlots } = warmList(accessList);
    let gasUsed = 0n;
    let out: NativeOutcome | undefined;
    try {
      out = this.run(
        ctx,
        {
          caller: sender.bytes,
          to: tx.to?.bytes,
          value: tx.value,
          data: tx.data,
          gasLimit: Number(tx.gasLimit),
          intrinsicGas: Number(pre.intrinsicGas),
          gasPrice: pre.effectiveGasPrice,
          gasCost: pre.gasCost,
          bumpNonce: true,
          isStatic: false,
          warmAddresses,
          warmSlots,
        },
        (o) => {
          gasUsed = BigInt(o.gasSpent - o.gasRefund);
          // The fee as the JavaScript engine pays it: after the message's own writes, to the fee collector.
          const fee = gasUsed * pre.effectiveGasPrice;
          if (fee > 0n) o.accounts.push(feeCredit(this.state, o.accounts, fee));
          return true;
        },
      );
    } catch (e) {
      throw e instanceof EvmError ? e : ErrInternal(`EVM execution failed: ${(e as Error).message}`);
    }
    if (!out) return this.js.applyTransaction(ctx, tx, sender);
    const contractAddress = tx.to === undefined ? generateAddress(sender.bytes, nonceBytes(tx.nonce)) : undefined;
    return {
      status: out.success ? 1 : 0,
      gasUsed,
      effectiveGasPrice: pre.effectiveGasPrice,
      returnData: plain(out.output),
      logs: convert(out.logs),
      contractAddress,
      vmError: out.error,
      revertReason: out.error === 'revert' ? decodeRevertReason(out.output) : undefined,
      events: [],
    };
  }

  /** As EvmExecutor.callContract: no nonce, no gas purchase, no refund; writes kept only on success. */
  async callContract(ctx: Context, req: CallRequest): Promise<CallResult> {
    const out = this.run(
      ctx,
      {
        caller: req.caller,
        to: req.to,
        value: req.value,
        data: req.data,
        gasLimit: Number(req.gasLimit),
        intrinsicGas: 0,
        gasPrice: 0n,
        gasCost: 0n,
        bumpNonce: false,
        isStatic: req.static ?? false,
        warmAddresses: [],
        warmSlots: [],
      },
      (o) => o.success,
    );
    if (!out) return this.js.callContract(ctx, req);
    return {
      success: out.success,
      returnData: plain(out.output),
      gasUsed: BigInt(out.gasSpent),
      error: out.error ? describeFailure(out.error, out.output) : undefined,
      logs: convert(out.logs),
    };
  }

  /** As EvmExecutor.simulate (eth_call, eth_estimateGas): nothing is written. */
  async simulate(ctx: Context, req: SimulateRequest): Promise<SimulateResult> {
    const caller = req.from ?? ZERO_ADDRESS.bytes;
    const blockGas = ctx.maxBlockGas;
    const gasLimit = req.gasLimit !== undefined && req.gasLimit < blockGas ? req.gasLimit : blockGas;
    const intrinsic = intrinsicGas(txCommon, { data: req.data, isCreate: req.to === undefined, accessList: req.accessList });
    if (gasLimit < intrinsic) {
      return { success: false, returnData: new Uint8Array(), gasUsed: gasLimit, gasNeeded: intrinsic, vmError: `intrinsic gas too low: gas ${gasLimit}, minimum needed ${intrinsic}`, logs: [] };
    }
    const { warmAddresses, warmSlots } = warmList(req.accessList);
    let nonce = 0n;
    if (req.to === undefined) {
      this.state.bind(ctx);
      nonce = this.state.getAccountSync(caller)?.nonce ?? 0n;
      this.state.unbind();
    }
    const out = this.run(
      ctx,
      {
        caller,
        to: req.to,
        value: req.value,
        data: req.data,
        gasLimit: Number(gasLimit),
        intrinsicGas: Number(intrinsic),
        gasPrice: 0n,
        gasCost: 0n,
        bumpNonce: false,
        isStatic: false,
        warmAddresses,
        warmSlots,
      },
      () => false,
    );
    if (!out) return this.js.simulate(ctx, req);
    const needed = BigInt(out.gasSpent);
    const refundCap = needed / EvmGasRegister.maxRefundQuotient;
    const refund = BigInt(out.gasRefund) < refundCap ? BigInt(out.gasRefund) : refundCap;
    return {
      success: out.success,
      returnData: plain(out.output),
      gasUsed: needed - refund,
      gasNeeded: needed,
      vmError: out.error,
      logs: convert(out.logs),
      contractAddress: req.to === undefined ? generateAddress(caller, nonceBytes(nonce)) : undefined,
    };
  }
}

function warmList(accessList: AccessList | undefined): { warmAddresses: Uint8Array[]; warmSlots: Uint8Array[] } {
  const warmAddresses: Uint8Array[] = [];
  const warmSlots: Uint8Array[] = [];
  for (const item of accessList ?? []) {
    const addr = hexToBytes(item.address as `0x${string}`);
    warmAddresses.push(addr);
    for (const key of item.storageKeys) {
      const pair = new Uint8Array(52);
      pair.set(addr, 0);
      pair.set(hexToBytes(key as `0x${string}`), 20);
      warmSlots.push(pair);
    }
  }
  return { warmAddresses, warmSlots };
}

function writeWord(out: Uint8Array, offset: number, v: bigint): void {
  for (let i = offset + 31; i >= offset && v > 0n; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

/** The fee collector's account after the fee, as one more changed account (it may also be in the message's own). */
function feeCredit(state: EvmStateManager, changed: NativeAccount[], fee: bigint): NativeAccount {
  const fc = FEE_COLLECTOR.bytes;
  const same = (a: Uint8Array) => a.length === 20 && a.every((b, i) => b === fc[i]);
  const mine = changed.find((a) => same(a.address) && !a.deleted);
  const now = mine ? { nonce: mine.nonce, balance: mine.balance, codeHash: mine.codeHash } : state.getAccountSync(fc);
  const codeHash = now?.codeHash && !(now.codeHash as Uint8Array).every((b, i) => b === KECCAK256_NULL[i]) ? now.codeHash : undefined;
  return { address: fc, deleted: false, nonce: Number(now?.nonce ?? 0), balance: (now?.balance ?? 0n) + fee, codeHash, storage: EMPTY };
}

/** Write revm's changed accounts through the state manager (bank for balances, records, code, storage), in address order. */
function applyAccounts(state: EvmStateManager, accounts: NativeAccount[]): void {
  for (const a of accounts) {
    const addr = plain(a.address);
    if (a.deleted) {
      state.deleteAccountSync(addr);
      continue;
    }
    if (a.code) state.putCodeSync(addr, plain(a.code));
    state.putAccountSync(addr, new Account(BigInt(a.nonce), a.balance, KECCAK256_RLP, a.codeHash ? plain(a.codeHash) : KECCAK256_NULL));
    const st = a.storage.length > 0 ? plain(a.storage) : EMPTY;
    for (let i = 0; i < st.length; i += 64) state.putStorageSync(addr, st.subarray(i, i + 32), st.slice(i + 32, i + 64));
  }
}

function convert(logs: NativeOutcome['logs']): EthLog[] {
  return logs.map((l) => ({ address: plain(l.address), topics: l.topics.map(plain), data: plain(l.data) }));
}
