/**
 * The two EVM engines in-process, through x/evm's executor (same keeper, store, bank and calls), interleaved in
 * rounds, and the bare revm probe (scripts/bench/revm-probe, revm over its in-memory CacheDB, no napi, no x/evm)
 * run as a child process between rounds. ERC20 = OpenZeppelin ERC20PresetFixedSupply from ../shared/fixtures.
 *   transfer   executor.callContract (x/crossvm's path): 2 SSTOREs, fresh store branch per call
 *   balanceOf  executor.callContract, static
 *   eth_call   executor.simulate of balanceOf (what eth_call runs)
 *   tx         executor.applyTransaction of a pre-decoded signed transfer: precheck, buy gas, run, refund, fee
 * Figures are CPU µs (user + system) per call: on a shared machine wall time mostly measures the neighbours.
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-engines.ts [rounds=7] [calls per round=500]
 * (the probe needs `cargo build --release --bin erc20` in scripts/bench/revm-probe with CARGO_TARGET_DIR set,
 * and its inputs: `node --import tsx scripts/bench/revm-probe/inputs.ts /tmp/revm-probe-in`; absent = skipped, said so)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Interface, Wallet, getBytes, hexlify } from 'ethers';
import { CacheStore } from '../../core/store/cache-store.ts';
import { SortedStore } from '../../core/store/sorted-store.ts';
import { Context } from '../../core/types/context.ts';
import { GasMeter, infiniteGasMeter } from '../../core/types/gas.ts';
import { AuthKeeper } from '../../x/auth/keeper.ts';
import { BankKeeper } from '../../x/bank/keeper.ts';
import type { EvmEngineName } from '../../x/evm/executor/executor.ts';
import { EvmKeeper } from '../../x/evm/keeper.ts';
import { PrecompileRegistry } from '../../x/evm/precompiles/index.ts';
import { decodeEthTx, type EthTx } from '../../x/evm/tx/decode.ts';

const ROUNDS = Number(process.argv[2] ?? 7);
const N = Number(process.argv[3] ?? 500);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const art = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8'));
const iface = new Interface(art.abi);
const owner = new Wallet('0x' + '11'.repeat(32));
const ownerBytes = getBytes(owner.address);
const recipients = Array.from({ length: 64 }, (_, i) => '0x' + (i + 1).toString(16).padStart(40, '0'));
const transferData = recipients.map((r) => getBytes(iface.encodeFunctionData('transfer', [r, 1n])));
const balanceOfData = getBytes(iface.encodeFunctionData('balanceOf', [owner.address]));
const deployData = getBytes(art.bytecode + iface.encodeDeploy(['Bench', 'B', 10n ** 30n, owner.address]).slice(2));
const block = { height: 1, timeMs: 1_700_000_000_000, chainId: 'bench', proposer: '' };

async function cpu(n: number, f: (i: number) => Promise<void>): Promise<number> {
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await f(i);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

/** One engine's keeper over its own store, a deployed token and pre-decoded signed transfers for every round. */
async function side(engine: EvmEngineName) {
  const store = new SortedStore();
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const keeper = new EvmKeeper(bank, auth, new PrecompileRegistry(), engine);
  bank.mintCoins(new Context(store, infiniteGasMeter(), block, 'deliver'), ownerBytes, [{ denom: 'utrv', amount: '1000000000000' }]);
  const deployRaw = await owner.signTransaction({ chainId: 262145n, nonce: 0, gasLimit: 5_000_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2, data: hexlify(deployData) });
  const d = decodeEthTx(getBytes(deployRaw));
  const root = new CacheStore(store);
  const r = await keeper.executor.applyTransaction(new Context(root, new GasMeter(10n ** 12n), block, 'deliver'), d.tx, d.sender);
  if (r.status !== 1) throw new Error(`deploy failed on ${engine}: ${r.vmError}`);
  root.write();
  const token = r.contractAddress!;
  const txs: EthTx[] = [];
  for (let i = 0; i < (ROUNDS + 1) * N; i++) {
    const raw = await owner.signTransaction({ chainId: 262145n, nonce: i + 1, gasLimit: 100_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, type: 2, to: hexlify(token), data: hexlify(transferData[i % 64]!) });
    txs.push(decodeEthTx(getBytes(raw)));
  }
  const ctx = () => new Context(new CacheStore(store), infiniteGasMeter(), block, 'deliver');
  let next = 0;
  // One block branch for all txs (like FinalizeBlock), one tx branch per tx (like the app).
  const blockBranch = new CacheStore(store);
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`${engine} ${what} failed`);
  };
  return {
    transfer: (i: number) => keeper.executor.callContract(ctx(), { caller: ownerBytes, to: token, data: transferData[i % 64]!, value: 0n, gasLimit: 100_000n }).then((x) => check(x.success, 'transfer')),
    balanceOf: () => keeper.executor.callContract(ctx(), { caller: ownerBytes, to: token, data: balanceOfData, value: 0n, gasLimit: 100_000n, static: true }).then((x) => check(x.success, 'balanceOf')),
    ethCall: () => keeper.executor.simulate(ctx(), { from: ownerBytes, to: token, data: balanceOfData, value: 0n }).then((x) => check(x.success, 'eth_call')),
    tx: () => {
      const e = txs[next++]!;
      const branch = new CacheStore(blockBranch);
      return keeper.executor.applyTransaction(new Context(branch, infiniteGasMeter(), block, 'deliver'), e.tx, e.sender).then((x) => {
        check(x.status === 1, 'tx');
        branch.write();
      });
    },
  };
}

const probeBin = path.join(process.env.CARGO_TARGET_DIR ?? path.join(process.env.HOME ?? '/root', '.cache/trivium-cargo-target'), 'release/erc20');
const probeIn = '/tmp/revm-probe-in';
const probe = existsSync(probeBin) && existsSync(probeIn);
/** The probe's own timing of 20,000 transfers (transact_commit) and balanceOf calls (transact), µs each: its best of 3. */
function runProbe(): { transfer: number; balanceOf: number } {
  const out = execFileSync(probeBin, [probeIn, '20000'], { encoding: 'utf8' });
  const rows = [...out.matchAll(/transfer \(transact_commit\) ([\d.]+) µs, balanceOf \(transact, no commit\) ([\d.]+) µs/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  return { transfer: Math.min(...rows.map((r) => r[0])), balanceOf: Math.min(...rows.map((r) => r[1])) };
}

const sides = { ethereumjs: await side('ethereumjs'), revm: await side('revm') };
const figures = ['transfer', 'balanceOf', 'ethCall', 'tx'] as const;
const res: Record<string, number[]> = {};
const put = (k: string, v: number) => (res[k] ??= []).push(v);
// Warm-up round (JIT, code caches), untimed.
for (const s of Object.values(sides)) for (const f of figures) await cpu(Math.min(N, 200), s[f]);
for (let r = 0; r < ROUNDS; r++) {
  // The order rotates per round, so neither side always runs first after the other's garbage.
  const order = r % 2 ? (['revm', 'ethereumjs'] as const) : (['ethereumjs', 'revm'] as const);
  for (const name of order) for (const f of figures) put(`${name} ${f}`, await cpu(N, sides[name][f]));
  for (const f of figures) put(`ratio ${f}`, res[`ethereumjs ${f}`]!.at(-1)! / res[`revm ${f}`]!.at(-1)!);
  if (probe) {
    const p = runProbe();
    put('probe transfer', p.transfer);
    put('probe balanceOf', p.balanceOf);
  }
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, med: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
const fmt = (xs: number[] | undefined, d = 1) => {
  if (!xs) return '—';
  const { min, med, max } = stats(xs);
  return `${min.toFixed(d)} / **${med.toFixed(d)}** / ${max.toFixed(d)}`;
};
console.log(`EVM engines in-process, ${ROUNDS} interleaved rounds × ${N} calls per figure and side, CPU µs per call (min / median / max); ratio = ethereumjs ÷ revm per round`);
console.log('| call | ethereumjs | revm | ethereumjs ÷ revm | bare revm probe (wall, best of 3) |');
console.log('|---|---|---|---|---|');
const probeCol: Record<string, string> = { transfer: fmt(res['probe transfer'], 2), balanceOf: fmt(res['probe balanceOf'], 2), ethCall: fmt(res['probe balanceOf'], 2), tx: fmt(res['probe transfer'], 2) };
for (const f of figures) console.log(`| ${f} | ${fmt(res[`ethereumjs ${f}`])} | ${fmt(res[`revm ${f}`])} | ${fmt(res[`ratio ${f}`], 2)}× | ${probe ? probeCol[f] : 'probe not built'} |`);
