import type { EVMResult, Log } from '@ethereumjs/evm';
import type { TypedTransaction } from '@ethereumjs/tx';
import { Capability, type AccessList2930Tx, accessListBytesToJSON } from '@ethereumjs/tx';
import { Account, Address, bytesToHex, bytesToUnprefixedHex, generateAddress, hexToBytes } from '@ethereumjs/util';
import { moduleAddress } from '../../../core/types/address.ts';
import type { BlockInfo, Context } from '../../../core/types/context.ts';
import type { AbciEvent } from '../../../core/types/events.ts';
import type { AuthKeeper, BankKeeper } from '../expected-keepers.ts';
import { FeeCollectorName } from '../../auth/types/index.ts';
import { ErrInternal, EvmError } from '../errors.ts';
import { EvmGasRegister, intrinsicGas } from '../gas-register.ts';
import { PrecompileRegistry } from '../precompiles/index.ts';
import { type EvmParams, IndexKeys } from '../types/index.ts';
import { blockEnv } from './block-env.ts';
import { txCommon } from './common.ts';
import type { EvmInstance } from './evm-instance.ts';
import { noteLoaded } from '../../../core/types/lazy-parts.ts';
import { decodeRevertReason } from './revert.ts';
import { precheckTx } from './validate.ts';
import { type EvmTracer, tracerFor } from './trace-hook.ts';
import { type CrossVmRun, crossVmExecEvents, crossVmExecHash } from '../crossvm-logs.ts';

export interface EthLog {
  address: Uint8Array;
  topics: Uint8Array[];
  data: Uint8Array;
}

/** The outcome of one executed Ethereum tx (what its receipt says). */
export interface TxExecution {
  status: 0 | 1;
  /** Gas charged, after the refund: what the receipt's gasUsed says and what the sender paid for. */
  gasUsed: bigint;
  effectiveGasPrice: bigint;
  returnData: Uint8Array;
  logs: EthLog[];
  /** For contract creations: the new (or attempted) address. */
  contractAddress?: Uint8Array;
  /** The EVM's failure ("revert", "out of gas", …), absent on success. */
  vmError?: string;
  /** Decoded Error(string)/Panic reason of a revert, when there is one. */
  revertReason?: string;
  /** Cosmos events emitted by precompiles during the execution. */
  events: AbciEvent[];
}

/** x/crossvm's view of the EVM (x/crossvm's Executor interface, EVM side). */
export interface CallRequest {
  caller: Uint8Array;
  to: Uint8Array;
  data: Uint8Array;
  /** Wei, moved from caller to `to` (the caller's balance must cover it). */
  value: bigint;
  gasLimit: bigint;
  /** Run as a STATICCALL: any state change fails the call. */
  static?: boolean;
  /** x/crossvm's run this is: its logs are then emitted (evm_crossvm_exec + tx_log) for the Ethereum JSON-RPC. */
  crossvm?: CrossVmRun;
}

export interface CallResult {
  success: boolean;
  returnData: Uint8Array;
  gasUsed: bigint;
  /** The EVM's failure text, with the revert reason when there is one ("execution reverted: not owner"). */
  error?: string;
  logs: EthLog[];
}

/** eth_call / eth_estimateGas input (already parsed from JSON-RPC). */
export interface SimulateRequest {
  from?: Uint8Array;
  to?: Uint8Array;
  data: Uint8Array;
  value: bigint;
  gasLimit?: bigint;
  accessList?: Array<{ address: string; storageKeys: string[] }>;
}

export interface SimulateResult {
  success: boolean;
  returnData: Uint8Array;
  /** Gas a tx would be charged (intrinsic + execution − refund). */
  gasUsed: bigint;
  /** Gas the execution needed before refunds: the lower bound of a sufficient gas limit. */
  gasNeeded: bigint;
  vmError?: string;
  logs: EthLog[];
  contractAddress?: Uint8Array;
}

export interface ExecutorOptions {
  bank: BankKeeper;
  /** For the revm engine, which creates x/auth accounts in the order the JavaScript engine's bank credits do. */
  auth?: AuthKeeper;
  params: (ctx: Context) => EvmParams;
  registry?: PrecompileRegistry;
}

export const FEE_COLLECTOR = new Address(moduleAddress(FeeCollectorName));
export const ZERO_ADDRESS = new Address(new Uint8Array(20));

/** What x/evm and x/crossvm need of an EVM engine: the JavaScript one below, or revm (revm/revm-executor.ts, the default). */
export interface EvmEngine {
  readonly registry: PrecompileRegistry;
  /** Where Solidity console.log lines of delivered txs go (the node log; set by the module's services). */
  consoleSink?: (line: string) => void;
  applyTransaction(ctx: Context, tx: TypedTransaction, sender: Address): Promise<TxExecution>;
  callContract(ctx: Context, req: CallRequest): Promise<CallResult>;
  simulate(ctx: Context, req: SimulateRequest): Promise<SimulateResult>;
}

export type EvmEngineName = 'ethereumjs' | 'revm';
export const EVM_ENGINES: readonly EvmEngineName[] = ['ethereumjs', 'revm'];

/**
 * Runs EVM code against a context's store. Every entry point binds a pooled EVM instance to the context it
 * is given, so the caller's branch decides whether the writes (EVM and bank alike) are kept.
 */
export class EvmExecutor implements EvmEngine {
  private idle: EvmInstance[] = [];
  readonly registry: PrecompileRegistry;
  /** Where Solidity console.log lines of delivered txs go (the node log; set by the module's services). */
  consoleSink?: (line: string) => void;

  constructor(private readonly opts: ExecutorOptions) {
    this.registry = opts.registry ?? new PrecompileRegistry();
  }

  private async acquire(): Promise<EvmInstance> {
    const version = this.registry.version;
    while (this.idle.length > 0) {
      const inst = this.idle.pop()!;
      if (inst.registryVersion === version) return inst;
    }
    // ethereumjs's EVM is evaluated with the first instance (this call is async anyway): revm nodes rarely need it.
    const { EvmInstance } = await import('./evm-instance.ts');
    noteLoaded('ethereumjs-evm');
    return EvmInstance.create(this.opts.bank, this.registry);
  }

  /** Bind a pooled instance to ctx for the duration of fn; the events that reached the bottom layer are returned. */
  private async withInstance<T>(ctx: Context, fn: (inst: EvmInstance) => Promise<T>): Promise<{ result: T; events: AbciEvent[] }> {
    const inst = await this.acquire();
    inst.reset();
    inst.state.bind(ctx);
    let ok = false;
    try {
      const result = await fn(inst);
      ok = true;
      return { result, events: inst.state.unbind() };
    } finally {
      if (!ok) inst.state.unbind();
      if (this.idle.length < 16) this.idle.push(inst);
    }
  }

  /** Warm what EIP-2929/3651/2930 warm before a tx's first opcode. */
  private warm(inst: EvmInstance, caller: Address, to: Address | undefined, coinbase: Address, accessList?: Array<{ address: string; storageKeys: string[] }>): void {
    const j = inst.evm.journal;
    for (const addr of inst.evm.precompiles.keys()) j.addAlwaysWarmAddress(addr);
    j.addAlwaysWarmAddress(bytesToUnprefixedHex(caller.bytes));
    if (to) j.addAlwaysWarmAddress(bytesToUnprefixedHex(to.bytes));
    j.addAlwaysWarmAddress(bytesToUnprefixedHex(coinbase.bytes));
    for (const item of accessList ?? []) {
      j.addAlwaysWarmAddress(item.address, true);
      for (const key of item.storageKeys) j.addAlwaysWarmSlot(item.address, key, true);
    }
  }

  /**
   * Ethereum's state transition for one signed tx: precheck, buy gas, run, refund, pay the fee collector,
   * delete self-destructed and touched-empty accounts. Writes go to ctx's store; a precheck failure throws an
   * EvmError before anything is written. A reverted execution is a result (status 0), not an exception.
   */
  async applyTransaction(ctx: Context, tx: TypedTransaction, sender: Address): Promise<TxExecution> {
    const params = this.opts.params(ctx);
    const block = blockEnv(ctx.block, params);
    const { result, events } = await this.withInstance(ctx, async (inst) => {
      const { evm, state } = inst;
      const journal = evm.journal;
      const pre = precheckTx(tx, sender, state.getAccountSync(sender.bytes), block.header.baseFeePerGas!, ctx.maxBlockGas);
      const accessList = tx.supports(Capability.EIP2930AccessLists) ? accessListBytesToJSON((tx as AccessList2930Tx).accessList) : undefined;
      inst.origin = sender.bytes;
      this.warm(inst, sender, tx.to, block.header.coinbase, accessList);
      const tracer = tracerFor(ctx);
      const hash = tracer ? bytesToHex(tx.hash()) : '';
      const traced = tracer?.forTx ? tracer.forTx(hash) : tracer?.txHash === hash ? tracer : undefined;
      const detach = traced?.start({ evm, state, from: sender.bytes, to: tx.to?.bytes, value: tx.value, data: tx.data, gasLimit: tx.gasLimit, intrinsicGas: pre.intrinsicGas, gasPrice: pre.effectiveGasPrice, feeRecipient: FEE_COLLECTOR.bytes });
      await journal.checkpoint();
      try {
        const from = state.getAccountSync(sender.bytes) ?? new Account();
        from.balance -= pre.gasCost;
        await journal.putAccount(sender, from);

        const res = await evm.runCall({
          block,
          gasPrice: pre.effectiveGasPrice,
          caller: sender,
          origin: sender,
          gasLimit: tx.gasLimit - pre.intrinsicGas,
          to: tx.to,
          value: tx.value,
          data: tx.data,
        });
        const exec = res.execResult;
        let gasUsed = pre.intrinsicGas + exec.executionGasUsed;
        const refundCap = gasUsed / EvmGasRegister.maxRefundQuotient;
        const refund = (exec.gasRefund ?? 0n) < refundCap ? (exec.gasRefund ?? 0n) : refundCap;
        gasUsed -= refund;

        const after = state.getAccountSync(sender.bytes) ?? new Account();
        after.balance += (tx.gasLimit - gasUsed) * pre.effectiveGasPrice;
        await journal.putAccount(sender, after);
        const fee = gasUsed * pre.effectiveGasPrice;
        if (fee > 0n) {
          const collector = state.getAccountSync(FEE_COLLECTOR.bytes) ?? new Account();
          collector.balance += fee;
          await journal.putAccount(FEE_COLLECTOR, collector);
        }
        // EIP-6780: only contracts created in this tx are really destroyed.
        for (const hex of exec.selfdestruct?.keys() ?? []) {
          if (exec.createdAddresses?.has(hex)) await journal.deleteAccount(new Address(hexToBytes(hex)));
        }
        await journal.cleanup();
        await journal.commit();
        const created = tx.to === undefined ? new Address(generateAddress(sender.bytes, nonceBytes(tx.nonce))) : undefined;
        traced?.end({ gasUsed, returnData: exec.returnValue, error: exec.exceptionError?.error, contractAddress: created?.bytes });
        // A replay being traced has already printed its lines when the block was delivered.
        if (ctx.isDeliver && !tracer) this.printConsole(inst);
        return toTxExecution(res, gasUsed, pre.effectiveGasPrice, created);
      } catch (e) {
        await journal.revert().catch(() => {});
        throw e instanceof EvmError ? e : ErrInternal(`EVM execution failed: ${(e as Error).message}`);
      } finally {
        detach?.();
      }
    });
    result.events = events;
    return result;
  }

  private printConsole(inst: EvmInstance): void {
    if (inst.consoleLines.length === 0 || !this.consoleSink) return;
    for (const line of inst.consoleLines) this.consoleSink(`console.log: ${line}`);
  }

  /**
   * A message call that is not a signed tx (x/crossvm's synchronous path): no nonce, no gas purchase, no
   * refund. Writes land in ctx's store only if the call succeeds; precompile events are emitted on ctx.
   */
  async callContract(ctx: Context, req: CallRequest): Promise<CallResult> {
    const params = this.opts.params(ctx);
    const block = blockEnv(ctx.block, params);
    const caller = new Address(req.caller);
    const to = new Address(req.to);
    const { result, events } = await this.withInstance(ctx, async (inst) => {
      const journal = inst.evm.journal;
      inst.origin = req.caller;
      this.warm(inst, caller, to, block.header.coinbase);
      await journal.checkpoint();
      try {
        const res = await inst.evm.runCall({
          block,
          gasPrice: 0n,
          caller,
          origin: caller,
          to,
          value: req.value,
          data: req.data,
          gasLimit: req.gasLimit,
          isStatic: req.static ?? false,
          skipNonceIncrement: true,
        });
        const err = res.execResult.exceptionError;
        if (err) await journal.revert();
        else {
          await journal.cleanup();
          await journal.commit();
        }
        return {
          success: err === undefined,
          returnData: res.execResult.returnValue,
          gasUsed: res.execResult.executionGasUsed,
          error: err ? describeFailure(err.error, res.execResult.returnValue) : undefined,
          logs: convertLogs(res.execResult.logs),
        } satisfies CallResult;
      } catch (e) {
        await journal.revert().catch(() => {});
        throw e;
      }
    });
    if (result.success) {
      ctx.emit(...events);
      noteCrossVmRun(ctx, req, result);
    }
    return result;
  }

  /**
   * eth_call: execute against ctx (a throwaway branch) as if `from` sent a tx, without signature, nonce check
   * or gas purchase. The intrinsic gas is charged so gasUsed matches what a real tx would use.
   */
  async simulate(ctx: Context, req: SimulateRequest): Promise<SimulateResult> {
    const params = this.opts.params(ctx);
    const block = blockEnv(ctx.block, params);
    const caller = req.from ? new Address(req.from) : ZERO_ADDRESS;
    const to = req.to ? new Address(req.to) : undefined;
    const blockGas = ctx.maxBlockGas;
    const gasLimit = req.gasLimit !== undefined && req.gasLimit < blockGas ? req.gasLimit : blockGas;
    const intrinsic = intrinsicGas(txCommon, { data: req.data, isCreate: to === undefined, accessList: req.accessList });
    if (gasLimit < intrinsic) {
      return { success: false, returnData: new Uint8Array(), gasUsed: gasLimit, gasNeeded: intrinsic, vmError: `intrinsic gas too low: gas ${gasLimit}, minimum needed ${intrinsic}`, logs: [] };
    }
    const { result } = await this.withInstance(ctx, async (inst) => {
      inst.origin = caller.bytes;
      this.warm(inst, caller, to, block.header.coinbase, req.accessList);
      // A creation's address comes from the caller's nonce; a call does not look at it (nor bump it).
      const nonce = to === undefined ? (inst.state.getAccountSync(caller.bytes)?.nonce ?? 0n) : 0n;
      const tracer: EvmTracer | undefined = tracerFor(ctx);
      const detach = tracer?.start({ evm: inst.evm, state: inst.state, from: caller.bytes, to: to?.bytes, value: req.value, data: req.data, gasLimit, intrinsicGas: intrinsic, gasPrice: 0n, feeRecipient: FEE_COLLECTOR.bytes });
      try {
        const res = await inst.evm.runCall({
          block,
          gasPrice: 0n,
          caller,
          origin: caller,
          to,
          value: req.value,
          data: req.data,
          gasLimit: gasLimit - intrinsic,
          skipNonceIncrement: to !== undefined,
        });
        const exec = res.execResult;
        const needed = intrinsic + exec.executionGasUsed;
        const refundCap = needed / EvmGasRegister.maxRefundQuotient;
        const refund = (exec.gasRefund ?? 0n) < refundCap ? (exec.gasRefund ?? 0n) : refundCap;
        const contractAddress = to === undefined ? generateAddress(caller.bytes, nonceBytes(nonce)) : undefined;
        tracer?.end({ gasUsed: needed - refund, returnData: exec.returnValue, error: exec.exceptionError?.error, contractAddress });
        return {
          success: exec.exceptionError === undefined,
          returnData: exec.returnValue,
          gasUsed: needed - refund,
          gasNeeded: needed,
          vmError: exec.exceptionError?.error,
          logs: convertLogs(exec.logs),
          contractAddress,
        } satisfies SimulateResult;
      } finally {
        detach?.();
      }
    });
    return result;
  }
}

function toTxExecution(res: EVMResult, gasUsed: bigint, effectiveGasPrice: bigint, contractAddress?: Address): TxExecution {
  const exec = res.execResult;
  const err = exec.exceptionError?.error;
  return {
    status: err === undefined ? 1 : 0,
    gasUsed,
    effectiveGasPrice,
    returnData: exec.returnValue,
    logs: convertLogs(exec.logs),
    contractAddress: contractAddress?.bytes,
    vmError: err,
    revertReason: err === 'revert' ? decodeRevertReason(exec.returnValue) : undefined,
    events: [],
  };
}

export function convertLogs(logs: Log[] | undefined): EthLog[] {
  return (logs ?? []).map(([address, topics, data]) => ({ address, topics, data }));
}

/** geth's wording: "execution reverted" (+ ": reason"), or the EVM error itself. */
export function describeFailure(vmError: string, returnData: Uint8Array): string {
  if (vmError !== 'revert') return vmError;
  const reason = decodeRevertReason(returnData);
  return reason === undefined ? 'execution reverted' : `execution reverted: ${reason}`;
}

export function nonceBytes(n: bigint): Uint8Array {
  if (n === 0n) return new Uint8Array();
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return hexToBytes(`0x${hex}`);
}

/**
 * A successful run of EVM code that x/crossvm made (an async message, a callback): its logs as the block's
 * Ethereum logs under a synthetic hash, and (when delivered) the index row its receipt is found by. Both engines.
 */
/** The index row of a block's cross-VM runs, `{"height":h}`: the same bytes for each of them, built once per block. */
const runRows = new WeakMap<BlockInfo, Uint8Array>();
function crossVmRunRow(block: BlockInfo): Uint8Array {
  let row = runRows.get(block);
  if (!row) {
    row = new TextEncoder().encode(JSON.stringify({ height: block.height }));
    runRows.set(block, row);
  }
  return row;
}

export function noteCrossVmRun(ctx: Context, req: CallRequest, result: CallResult): void {
  if (!req.crossvm) return;
  const hash = crossVmExecHash(req.crossvm);
  ctx.emit(...crossVmExecEvents(req.crossvm, req.caller, req.to, result.gasUsed, result.logs, hash));
  if (ctx.isDeliver) ctx.index.set(IndexKeys.crossVmRun(hash), crossVmRunRow(ctx.block));
}
