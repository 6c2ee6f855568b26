import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { Context, type BlockInfo } from '../../app/context.ts';
import { GasMeter, infiniteGasMeter } from '../../app/gas.ts';
import { SortedStore } from '../../app/store/sorted-store.ts';
import { CacheStore } from '../../app/store/cache-store.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { EvmKeeper } from '../../x/evm/keeper.ts';
import { PrecompileRegistry } from '../../x/evm/precompiles/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = path.resolve(repoRoot, '../shared/fixtures');

export const DEV_MNEMONIC = 'test test test test test test test test test test test junk';

export function readFixture(rel: string): string {
  return readFileSync(path.join(fixtures, rel), 'utf8');
}

export function erc20Artifact(): { abi: any[]; bytecode: string } {
  return JSON.parse(readFixture('evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'));
}

/** An in-memory chain state with real auth, bank and evm keepers (no node). */
export function makeEnv(registry = new PrecompileRegistry()) {
  const store = new SortedStore();
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const evm = new EvmKeeper(bank, auth, registry);
  let height = 1;
  const block = (): BlockInfo => ({ height, timeMs: 1_700_000_000_000 + height * 1000, chainId: 'trivium-devnet-1', proposer: 'AB'.repeat(20) });
  return {
    store,
    auth,
    bank,
    evm,
    registry,
    /** A deliver context over a fresh branch of the committed store; commit() writes it down. */
    deliver(gas = 10n ** 12n) {
      const cache = new CacheStore(store);
      const ctx = new Context(cache, new GasMeter(gas), block(), 'deliver');
      return { ctx, commit: () => cache.write() };
    },
    query() {
      return Context.forQuery(store, block());
    },
    nextBlock() {
      height++;
    },
    fund(addr: Uint8Array, utrv: bigint) {
      const ctx = new Context(store, infiniteGasMeter(), block(), 'deliver');
      bank.mintCoins(ctx, addr, [{ denom: 'utrv', amount: utrv.toString() }]);
    },
  };
}
