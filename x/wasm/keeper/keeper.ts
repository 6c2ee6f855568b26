import { fromBech32, toHex } from '@cosmjs/encoding';
import { rawAll, rawGet } from './wasm-storage.ts';
import { BECH32_PREFIX } from '../../../core/types/address.ts';
import type { Context } from '../../../core/types/context.ts';
import type { AuthKeeper, BankKeeper } from '../expected-keepers.ts';
import { utf8 } from '../../../core/store/kv.ts';
import { XChainVM, type Action, type ValidatorEnv, type VMConfig } from '../runtime/index.ts';
import { DEFAULT_PARAMS, type AccessConfigRecord, type CodeRecord, type ContractRecord, type HistoryEntry, type WasmParams } from '../types/index.ts';
import { isAddress } from './addresses.ts';
import { querySmart } from './call.ts';
import { MeteredSources, storeCode } from './code.ts';
import { compiledCodes } from '../cosmwasm/compile.ts';
import { dispatchCrossVM, executeContract } from './crossvm.ts';
import * as lifecycle from './lifecycle.ts';
import type { ActionOrigin } from './msg-dispatcher.ts';
import * as records from './store.ts';
import {
  type CallFrame,
  type ContractCallResult,
  type CrossVMDispatcher,
  type ExecuteContractRequest,
  type ExecuteParams,
  type InstantiateParams,
  type MigrateParams,
  type MsgRouter,
  newFrame,
} from './types.ts';

export type { CallFrame, ContractCallResult, CrossVMCallRequest, CrossVMDispatcher, ExecuteContractRequest, InstantiateParams, MsgRouter } from './types.ts';
export { isAddress, newFrame };

const VALOPER_PREFIX = BECH32_PREFIX + 'valoper';

/**
 * The only code that touches `wasm/…` keys: code, contracts, their storage and indexes; and the
 * orchestration of a contract call — funds through x/bank, the XChainVM run, state applied, events
 * emitted, emitted actions dispatched in order — all in a branch of the caller's context, so a failure
 * anywhere discards everything the call did (gas stays charged).
 *
 * The work is in this folder's files by job (code.ts, store.ts, lifecycle.ts, call.ts, msg-dispatcher.ts,
 * crossvm.ts, addresses.ts); they take the keeper as the narrow interface each needs, so none imports this.
 */
export class WasmKeeper {
  readonly vm: XChainVM;
  private crossvm?: CrossVMDispatcher;
  private router?: MsgRouter;
  /** Metered contract sources by checksum (a cache: calls and queries share it). */
  readonly meteredSources = new MeteredSources();
  /** Compiled Wasm contracts by checksum (a cache shared by the process: compiling is a pure function). */
  readonly compiled = compiledCodes;
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

  // ---- code (code.ts) -----------------------------------------------------------------------------------

  storeCode(ctx: Context, sender: string, wasmByteCode: Uint8Array, permission?: AccessConfigRecord): { codeId: bigint; checksum: Uint8Array } {
    return storeCode(ctx, this.params(ctx), this.meteredSources, sender, wasmByteCode, permission);
  }
  getCode(ctx: Context, codeId: bigint): CodeRecord | undefined {
    return records.getCode(ctx, codeId);
  }
  getCodeBytes(ctx: Context, codeId: bigint): Uint8Array | undefined {
    return records.getCodeBytes(ctx, codeId);
  }
  codes(ctx: Context, startAfter?: bigint): IterableIterator<CodeRecord> {
    return records.codes(ctx, startAfter);
  }

  // ---- contracts: lookups (store.ts) ---------------------------------------------------------------------

  getContract(ctx: Context, addr: Uint8Array): ContractRecord | undefined {
    return records.getContract(ctx, addr);
  }
  /** Contract storage as the chain holds it (RawContractState / AllContractState). */
  rawState(ctx: Context, addr: Uint8Array, key: string): string | undefined {
    return records.rawState(ctx, addr, key);
  }
  allState(ctx: Context, addr: Uint8Array, startKey?: string): IterableIterator<[string, string]> {
    return records.allState(ctx, addr, startKey);
  }
  /** Whether the contract at addr runs on the Wasm runtime (its storage keys are bytes). */
  isWasmContract(ctx: Context, addr: Uint8Array): boolean {
    const c = records.getContract(ctx, addr);
    return c !== undefined && records.getCode(ctx, BigInt(c.code_id))?.runtime === 'wasm';
  }
  /** A Wasm contract's storage: one key, or all from a start key (hex of the key, a page cursor). */
  wasmRawState(ctx: Context, addr: Uint8Array, key: Uint8Array): Uint8Array | undefined {
    return key.length ? rawGet(ctx, toHex(addr), key) : undefined;
  }
  wasmState(ctx: Context, addr: Uint8Array, startKeyHex?: string): IterableIterator<[Uint8Array, Uint8Array]> {
    return rawAll(ctx, toHex(addr), startKeyHex);
  }
  contractsByCode(ctx: Context, codeId: bigint, startPos?: string): IterableIterator<[string, string]> {
    return records.contractsByCode(ctx, codeId, startPos);
  }
  contractsByCreator(ctx: Context, creator: Uint8Array, startPos?: string): IterableIterator<[string, string]> {
    return records.contractsByCreator(ctx, creator, startPos);
  }
  history(ctx: Context, addr: Uint8Array): IterableIterator<HistoryEntry> {
    return records.history(ctx, addr);
  }
  nextSeq(ctx: Context, name: 'code' | 'instance' | 'position'): bigint {
    return records.nextSeq(ctx, name);
  }

  // ---- contracts: lifecycle (lifecycle.ts) ---------------------------------------------------------------

  instantiate(ctx: Context, p: InstantiateParams, frame: CallFrame = newFrame()): Promise<{ address: string; data: Uint8Array }> {
    return lifecycle.instantiate(this, ctx, p, frame);
  }
  execute(ctx: Context, p: ExecuteParams, frame: CallFrame = newFrame()): Promise<Uint8Array> {
    return lifecycle.execute(this, ctx, p, frame);
  }
  migrate(ctx: Context, p: MigrateParams, frame: CallFrame = newFrame()): Promise<Uint8Array> {
    return lifecycle.migrate(this, ctx, p, frame);
  }
  updateAdmin(ctx: Context, sender: string, contractAddr: string, newAdmin: string): void {
    lifecycle.updateAdmin(ctx, sender, contractAddr, newAdmin);
  }
  /** wasmd's Sudo (Wasm contracts): the chain calls the contract's `sudo` entry point, no sender. */
  sudo(ctx: Context, contractAddr: string, msg: Uint8Array, frame: CallFrame = newFrame()): Promise<Uint8Array> {
    return lifecycle.sudo(this, ctx, contractAddr, msg, frame);
  }

  // ---- queries (call.ts) ---------------------------------------------------------------------------------

  /** A smart query: read-only, discarded writes, at most `gasLimit` Cosmos gas (the ABCI default if omitted). */
  querySmart(ctx: Context, contractAddr: string, msg: Uint8Array, gasLimit?: bigint, queryDepth = 0): { data: Uint8Array; gasUsed: bigint } {
    return querySmart(this, ctx, contractAddr, msg, gasLimit, queryDepth);
  }

  // ---- the executor API (x/crossvm; crossvm.ts) ------------------------------------------------------------

  /** Executes a contract for another module, in a branch with its own gas limit (see crossvm.ts). */
  executeContract(ctx: Context, req: ExecuteContractRequest): Promise<ContractCallResult> {
    return executeContract(this, ctx, req);
  }
  /** A smart query for another module: the answer's JSON bytes. */
  queryContract(ctx: Context, contract: string, msgJson: Uint8Array | string, gasLimit: bigint): Uint8Array {
    return this.querySmart(ctx, contract, typeof msgJson === 'string' ? utf8(msgJson) : msgJson, gasLimit).data;
  }
  /** Sub-calls from dispatched actions. */
  dispatchCrossVM(ctx: Context, sender: ActionOrigin, a: Extract<Action, { type: 'crossvm_call' }>): Promise<void> {
    return dispatchCrossVM(this.crossvm, ctx, sender, a);
  }
}
