import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { Context, type BlockInfo } from '../../core/types/context.ts';
import { GasMeter, infiniteGasMeter } from '../../core/types/gas.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { CacheStore } from '../../core/store/cache-store.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import { EvmKeeper } from '../../x/evm/keeper.ts';
import { PrecompileRegistry } from '../../x/evm/precompiles/index.ts';
import { decodeEthTx } from '../../x/evm/tx/decode.ts';
import type { EvmEngineName, TxExecution } from '../../x/evm/executor/executor.ts';
import { getBytes, JsonRpcProvider, type TransactionRequest, type Wallet, type HDNodeWallet } from 'ethers';

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
export function makeEnv(registry = new PrecompileRegistry(), engine?: EvmEngineName) {
  const store = new SortedStore();
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const evm = new EvmKeeper(bank, auth, registry, engine);
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
    /** Sign `req` with `wallet` (nonce from state, EIP-1559 at 1 gwei), execute it in a block branch, commit. */
    async send(wallet: Wallet | HDNodeWallet, req: TransactionRequest): Promise<TxExecution> {
      const nonce = Number(evm.getNonce(this.query(), getBytes(wallet.address)));
      const raw = await wallet.signTransaction({ chainId: 262145n, nonce, gasLimit: 3_000_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2, ...req });
      const e = decodeEthTx(getBytes(raw));
      const { ctx, commit } = this.deliver();
      const r = await evm.executor.applyTransaction(ctx, e.tx, e.sender);
      commit();
      return r;
    },
    fund(addr: Uint8Array, utrv: bigint) {
      const ctx = new Context(store, infiniteGasMeter(), block(), 'deliver');
      bank.mintCoins(ctx, addr, [{ denom: 'utrv', amount: utrv.toString() }]);
    },
  };
}

/** Compiles Solidity sources with solc-js (offline; ≈ 0.7 s) for the cancun EVM. */
export async function compileSolidity(sources: Record<string, string>): Promise<Record<string, { abi: any[]; bytecode: string }>> {
  const solc = (await import('solc')).default as { compile(input: string): string };
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(Object.entries(sources).map(([k, content]) => [k, { content }])),
    settings: { evmVersion: 'cancun', optimizer: { enabled: true, runs: 200 }, outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (out.errors ?? []).filter((e: any) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e: any) => e.formattedMessage).join('\n'));
  const result: Record<string, { abi: any[]; bytecode: string }> = {};
  for (const file of Object.values(out.contracts) as any[]) {
    for (const [name, c] of Object.entries(file) as any[]) result[name] = { abi: c.abi, bytecode: '0x' + c.evm.bytecode.object };
  }
  return result;
}

/**
 * An ethers provider that can be closed mid-test without an unhandled rejection: `destroy()` rejects every request
 * still queued or in flight, and a `tx.wait()` that already settled can leave one behind (its receipt poller's last
 * `eth_getTransactionReceipt`). `close()` stops the pollers, lets what they sent be answered, then destroys.
 */
export class ClosableProvider extends JsonRpcProvider {
  readonly #inflight = new Set<Promise<unknown>>();

  override send(method: string, params: unknown[] | Record<string, unknown>): Promise<any> {
    const p = super.send(method, params);
    this.#inflight.add(p);
    p.then(() => this.#inflight.delete(p), () => this.#inflight.delete(p));
    return p;
  }

  async close(): Promise<void> {
    await this.removeAllListeners();
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
    this.destroy();
  }
}
