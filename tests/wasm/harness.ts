import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAddress, toBech32Address } from '../../core/types/address.ts';
import { Context, type BlockInfo } from '../../core/types/context.ts';
import { AppError } from '../../core/types/errors.ts';
import { GasMeter } from '../../core/types/gas.ts';
import type { Module } from '../../core/types/module.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { bankModule } from '../../x/bank/module.ts';
import { wasmModule, type WasmModule } from '../../x/wasm/module.ts';
import { XChainVM, validateDeploy, type CallRequest, type ContractEnv, type EntryPoint } from '../../x/wasm/runtime/index.ts';
import { repoRoot } from '../helpers/node.ts';

export const contractSource = (name: string): string => readFileSync(join(repoRoot, 'tests/wasm/contracts', name), 'utf8');
export const addr = (n: number): string => toBech32Address(new Uint8Array(20).fill(n));
export const enc = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));
export const dec = (b: Uint8Array): unknown => (b.length ? JSON.parse(new TextDecoder().decode(b)) : undefined);

/**
 * x/wasm with the real bank and auth keepers over an in-memory committed store: each `tx()` runs in a
 * branch with its own gas meter and is written only if it succeeds, like a message in a block.
 */
export class Chain {
  readonly state = new SortedStore();
  readonly auth = new AuthKeeper();
  readonly bank = new BankKeeper(this.auth);
  readonly wasm: WasmModule;
  height = 1;
  private txIndex = 0;

  constructor(vm: ConstructorParameters<typeof XChainVM>[0] = {}) {
    const modules: Module[] = [bankModule(this.bank)];
    this.wasm = wasmModule({ bank: this.bank, auth: this.auth, modules: () => modules, vm });
    modules.push(this.wasm);
  }
  get keeper() {
    return this.wasm.keeper;
  }
  block(): BlockInfo {
    return { height: this.height, timeMs: 1_700_000_000_000 + this.height * 1000, chainId: 'trivium-test-1', proposer: 'AA' };
  }
  context(gas = 50_000_000n, mode: 'deliver' | 'query' = 'deliver'): { ctx: Context; store: CacheStore } {
    const store = new CacheStore(this.state);
    const ctx = new Context(store, new GasMeter(gas), this.block(), mode, new Map(), { hash: 'AB'.repeat(32), index: this.txIndex++ });
    return { ctx, store };
  }
  /** Runs fn as one transaction: committed on success, discarded on a throw. */
  async tx<T>(fn: (ctx: Context) => T | Promise<T>, gas = 50_000_000n): Promise<{ ok: true; value: T; gasUsed: bigint; events: Context['events'] } | { ok: false; error: AppError; gasUsed: bigint }> {
    const { ctx, store } = this.context(gas);
    try {
      const value = await fn(ctx);
      store.write();
      return { ok: true, value, gasUsed: ctx.gasMeter.consumed, events: ctx.events };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      return { ok: false, error: e, gasUsed: ctx.gasMeter.consumed };
    }
  }
  /** A tx that must succeed. */
  async ok<T>(fn: (ctx: Context) => T | Promise<T>, gas?: bigint): Promise<T> {
    const r = await this.tx(fn, gas);
    if (!r.ok) throw new Error(`tx failed: ${r.error.codespace}/${r.error.code} ${r.error.message}`);
    return r.value;
  }
  fund(address: string, amount: string): void {
    const { ctx, store } = this.context();
    this.bank.mintCoins(ctx, parseAddress(address), [{ denom: 'utrv', amount }]);
    store.write();
  }
  balance(address: string): string {
    const { ctx } = this.context();
    return this.bank.getBalance(ctx, parseAddress(address), 'utrv').toString();
  }
  async store(source: string, sender = addr(1)): Promise<bigint> {
    return (await this.ok((ctx) => this.keeper.storeCode(ctx, sender, new TextEncoder().encode(source)))).codeId;
  }
  async instantiate(codeId: bigint, msg: unknown, o: { sender?: string; admin?: string; funds?: Array<{ denom: string; amount: string }>; label?: string } = {}): Promise<string> {
    const r = await this.ok((ctx) =>
      this.keeper.instantiate(ctx, { sender: o.sender ?? addr(1), admin: o.admin ?? '', codeId, label: o.label ?? 'test', msg: enc(msg), funds: o.funds ?? [] }),
    );
    return r.address;
  }
  execute(contract: string, msg: unknown, o: { sender?: string; funds?: Array<{ denom: string; amount: string }>; gas?: bigint } = {}) {
    return this.tx((ctx) => this.keeper.execute(ctx, { sender: o.sender ?? addr(1), contract, msg: enc(msg), funds: o.funds ?? [] }), o.gas);
  }
  query(contract: string, msg: unknown): unknown {
    const { ctx } = this.context(0n, 'query');
    return dec(this.keeper.querySmart(ctx, contract, enc(msg)).data);
  }
  /** Every key x/wasm holds, for "nothing changed" assertions. */
  snapshot(prefix = ''): string {
    return JSON.stringify([...this.state.iterate(prefix)].map(([k, v]) => [k, Buffer.from(v).toString('hex')]));
  }
}

/**
 * The bare runtime: one XChainVM over a Map. `run` applies state changes on success, as the keeper does.
 */
export class Runtime {
  readonly vm: XChainVM;
  readonly store = new Map<string, string>();
  readonly metered: string;
  readonly warnings: string[];
  constructor(
    source: string,
    readonly codeId = 1,
    config: ConstructorParameters<typeof XChainVM>[0] = {},
  ) {
    const check = validateDeploy(source);
    this.metered = check.meteredSource;
    this.warnings = check.warnings;
    this.vm = new XChainVM(config);
  }
  request(method: EntryPoint, msg: unknown, gas = 1_000_000, over: Partial<CallRequest> = {}): CallRequest {
    const env: ContractEnv = {
      sender: addr(9),
      funds: [],
      contractAddress: addr(200),
      codeId: this.codeId,
      creator: addr(9),
      admin: null,
      blockHeight: 7,
      blockTime: 1_700_000_000_000,
      chainId: 'trivium-test-1',
      method,
      txHash: '',
    };
    const store = this.store;
    return {
      codeId: this.codeId,
      codeHash: 'h' + this.codeId,
      meteredSource: () => this.metered,
      method,
      msg: JSON.stringify(msg),
      env,
      gasCeiling: gas,
      backend: {
        get: (k) => store.get(k),
        range: (p, o) => {
          let keys = [...store.keys()].filter((k) => k.startsWith(p) && (o.start === undefined || k >= o.start) && (o.end === undefined || k < o.end)).sort();
          if (o.reverse) keys = keys.reverse();
          return keys.slice(0, o.limit).map((k) => [k, store.get(k)!] as [string, string]);
        },
      },
      chain: {
        balance: () => '0',
        allBalances: () => [],
        contractInfo: () => null,
        queryContract: () => ({ error: 'no other contracts here', gasUsed: 0 }),
        isAddress: (s) => {
          try {
            parseAddress(s);
            return true;
          } catch {
            return false;
          }
        },
        canonicalize: (s) => Buffer.from(parseAddress(s)).toString('hex'),
        humanize: (h) => toBech32Address(Buffer.from(h, 'hex')),
      },
      validatorEnv: { isAddress: (s) => s.startsWith('trivium1'), isValidatorAddress: (s) => s.startsWith('triviumvaloper1'), crossVMAvailable: () => false },
      readOnly: method === 'query',
      ...over,
    };
  }
  run(method: EntryPoint, msg: unknown, gas = 1_000_000, over: Partial<CallRequest> = {}) {
    const out = this.vm.call(this.request(method, msg, gas, over));
    if (out.ok) for (const [k, v] of out.state.entries) v === null ? this.store.delete(k) : this.store.set(k, v);
    return out;
  }
  /** The JSON result of a call that must succeed. */
  ok(method: EntryPoint, msg: unknown, gas?: number): unknown {
    const out = this.run(method, msg, gas);
    if (!out.ok) throw new Error(`${out.error.name}: ${out.error.message}`);
    return out.result === '' ? undefined : JSON.parse(out.result);
  }
  dispose(): void {
    this.vm.dispose();
  }
}
