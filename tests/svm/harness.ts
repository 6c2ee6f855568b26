import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DENOM, moduleAddress } from '../../core/types/address.ts';
import { type BlockInfo, Context } from '../../core/types/context.ts';
import { GasMeter, infiniteGasMeter } from '../../core/types/gas.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { svmModule, type SvmModule } from '../../x/svm/module.ts';
import { repoRoot } from '../helpers/node.ts';

export const fixtures = resolve(repoRoot, '../shared/fixtures/solana');
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(fixtures, name)));

/** An in-process chain for unit tests: committed state, the real bank/auth keepers, x/svm. */
export class Chain {
  readonly state = new SortedStore();
  readonly auth = new AuthKeeper();
  readonly bank = new BankKeeper(this.auth);
  readonly svm: SvmModule;
  height = 1;
  timeMs = 1_790_000_000_000;
  chainId = 'trivium-test-1';

  constructor(genesis: Record<string, unknown> = {}) {
    this.svm = svmModule(this.bank);
    const ctx = this.ctx('deliver');
    this.svm.initGenesis!(ctx, { ...(this.svm.defaultGenesis!() as object), ...genesis });
    (ctx.rawStore as CacheStore).write();
  }

  get keeper() {
    return this.svm.keeper;
  }

  block(): BlockInfo {
    return { height: this.height, timeMs: this.timeMs, chainId: this.chainId, proposer: '' };
  }

  /** A context over a fresh branch of committed state; call `commit` to keep its writes. */
  ctx(mode: 'deliver' | 'check' | 'simulate' | 'query' = 'deliver', gas?: bigint): Context & { commit(): void } {
    const store = new CacheStore(this.state);
    const ctx = new Context(store, gas === undefined ? infiniteGasMeter() : new GasMeter(gas), this.block(), mode) as Context & { commit(): void };
    ctx.commit = () => store.write();
    return ctx;
  }

  fund(addr: Uint8Array, utrv: bigint): void {
    const ctx = this.ctx();
    this.bank.mintCoins(ctx, addr, [{ denom: DENOM, amount: utrv.toString() }]);
    ctx.commit();
  }

  balance(addr: Uint8Array): bigint {
    return this.bank.getBalance(this.ctx('query'), addr, DENOM);
  }

  nextBlock(): void {
    this.height++;
    this.timeMs += 1000;
    const ctx = this.ctx();
    this.svm.beginBlock!(ctx);
    ctx.commit();
  }

  /** Every key/value under a prefix of committed state (hex values), for determinism comparisons. */
  dump(prefix = ''): string {
    const out: string[] = [];
    for (const [k, v] of this.state.iterate(prefix)) out.push(`${k}=${Buffer.from(v).toString('hex')}`);
    return out.join('\n');
  }
}

export const svmModuleAddress = moduleAddress('svm');
export const addr = (n: number): Uint8Array => new Uint8Array(20).fill(n);
