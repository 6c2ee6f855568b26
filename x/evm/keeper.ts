import { bytesToUnprefixedHex, hexToBytes } from '@ethereumjs/util';
import type { Context } from '../../core/types/context.ts';
import type { AuthKeeper, BankKeeper } from './expected-keepers.ts';
import { fromUtf8, setJSON } from '../../core/store/kv.ts';
import { type CallRequest, type CallResult, EVM_ENGINES, type EvmEngine, type EvmEngineName, EvmExecutor } from './executor/executor.ts';
import { RevmExecutor } from './executor/revm/revm-executor.ts';
import type { Precompile, PrecompileRegistry } from './precompiles/index.ts';
import { EvmStateManager } from './state/state-manager.ts';
import { StoreKeys, defaultEvmParams, type EvmParams } from './types/index.ts';
import type { ExtensionHandler } from './types/rpc.ts';

/** The EVM state of one address, as queries show it. */
export interface AccountView {
  /** EVM balance in wei: bank utrv × 10^12 + the fractional wei x/evm keeps. */
  balance: bigint;
  nonce: bigint;
  codeHash?: Uint8Array;
}

/**
 * The only code that touches `evm/…` keys (through the state manager), and the module's face to others:
 * x/crossvm calls `callContract` and `registerPrecompile`.
 */
export class EvmKeeper {
  readonly executor: EvmEngine;

  constructor(
    readonly bank: BankKeeper,
    readonly auth: AuthKeeper,
    registry?: PrecompileRegistry,
    readonly engine: EvmEngineName = defaultEvmEngine(),
  ) {
    const opts = { bank, auth, params: (ctx: Context) => this.params(ctx), registry };
    this.executor = engine === 'revm' ? new RevmExecutor(opts) : new EvmExecutor(opts);
  }

  params(ctx: Context): EvmParams {
    const raw = ctx.rawStore.get(StoreKeys.params);
    if (raw === undefined) return (this.defaults ??= defaultEvmParams());
    // Parsed once per stored value (the store hands back the same bytes until params change).
    let p = this.parsed.get(raw);
    if (!p) this.parsed.set(raw, (p = JSON.parse(fromUtf8(raw)) as EvmParams));
    return p;
  }
  private defaults?: EvmParams;
  private readonly parsed = new WeakMap<Uint8Array, EvmParams>();
  setParams(ctx: Context, p: EvmParams): void {
    setJSON(ctx.rawStore, StoreKeys.params, p);
  }

  /** A state manager bound to ctx, for reads and genesis writes outside an execution. */
  view(ctx: Context): EvmStateManager {
    const sm = new EvmStateManager(this.bank);
    sm.bind(ctx);
    return sm;
  }

  getAccount(ctx: Context, addr: Uint8Array): AccountView {
    const acc = this.view(ctx).getAccountSync(addr);
    const rec = this.view(ctx).getRecord(bytesToUnprefixedHex(addr));
    return { balance: acc?.balance ?? 0n, nonce: acc?.nonce ?? 0n, codeHash: rec?.codeHash };
  }
  getBalance(ctx: Context, addr: Uint8Array): bigint {
    return this.view(ctx).getAccountSync(addr)?.balance ?? 0n;
  }
  getNonce(ctx: Context, addr: Uint8Array): bigint {
    return this.view(ctx).getAccountSync(addr)?.nonce ?? 0n;
  }
  getCode(ctx: Context, addr: Uint8Array): Uint8Array {
    return this.view(ctx).getCodeSync(addr);
  }
  /** A storage slot as the EVM's SLOAD sees it: 32 bytes. */
  getStorage(ctx: Context, addr: Uint8Array, slot: Uint8Array): Uint8Array {
    const v = this.view(ctx).getStorageSync(addr, slot);
    const out = new Uint8Array(32);
    out.set(v, 32 - v.length);
    return out;
  }

  /** x/crossvm's synchronous entry (see EvmExecutor.callContract). */
  callContract(ctx: Context, req: CallRequest): Promise<CallResult> {
    return this.executor.callContract(ctx, req);
  }

  /** Extra methods on the Ethereum JSON-RPC port (x/crossvm's crossvm_getMessage); register before start. */
  readonly rpcExtensions = new Map<string, ExtensionHandler>();
  registerRpcMethod(name: string, handler: ExtensionHandler): void {
    if (this.rpcExtensions.has(name)) throw new Error(`JSON-RPC method ${name} registered twice`);
    this.rpcExtensions.set(name, handler);
  }

  /** Add a precompile (e.g. x/crossvm's 0x…0901) to every later execution. */
  registerPrecompile(address: string | Uint8Array, impl: Precompile): void {
    this.executor.registry.register(address, impl);
  }

  /** Every address x/evm keeps a record for (genesis export), in address order. */
  *accounts(ctx: Context): IterableIterator<Uint8Array> {
    for (const [k] of ctx.rawStore.iterate(StoreKeys.accountPrefix)) yield hexToBytes(`0x${k.slice(StoreKeys.accountPrefix.length)}`);
  }
}

/**
 * The EVM engine when none is named (`--evm.engine` names one): TRIVIUM_EVM_ENGINE, else revm. Both give the
 * same results and app hashes (tests/evm/engines.test.ts, tests/evm/replay.test.ts; the whole suite passes on
 * either), so a node's choice is its own, like a cache size; revm is 4–10× less CPU per EVM message.
 */
export function defaultEvmEngine(): EvmEngineName {
  return parseEvmEngine(process.env.TRIVIUM_EVM_ENGINE || 'revm');
}

export function parseEvmEngine(name: string): EvmEngineName {
  if (!(EVM_ENGINES as readonly string[]).includes(name)) throw new Error(`unknown EVM engine "${name}": use ${EVM_ENGINES.join(' or ')}`);
  return name as EvmEngineName;
}
