/**
 * The CPU of a one-tx block, in-process (no HTTP, no polling client): what `--block-time 0` spends between a
 * raw ERC20 transfer's admission and its receipt. A real Node (core/node/node.ts) on a temp home with the devnet
 * genesis and app; OpenZeppelin's ERC20PresetFixedSupply deployed first. Per sample: broadcastTx (decode, sender
 * recovery, CheckTx), then one block (propose, sign, FinalizeBlock, Commit with its synced LevelDB batch), timed
 * by phase (the app's finalizeBlock and commit, wrapped here). CPU of this process (all threads) and wall time.
 * Every tx's result is checked (code 0). Prints one JSON line (for evm-block-cost-compare) and a table.
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-block-cost.ts [samples=300] [warm-up=100]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { Interface, getBytes } from 'ethers';
import { initHome } from '../../cmd/triviumd/commands/init.ts';
import { Node } from '../../core/node/node.ts';
import { buildApp } from '../../app/app.ts';
import { devWallets, repoRoot } from './evm-peers.ts';
import { BENCH_CHAIN_ID, signRaw, stats } from './lib/evm-side.ts';

const SAMPLES = Number(process.argv[2] ?? 300);
const WARMUP = Number(process.argv[3] ?? 100);
if (BENCH_CHAIN_ID !== 262145n) throw new Error('the bench signs for Trivium\'s chain id');
const home = mkdtempSync(join(tmpdir(), 'trivium-block-cost-'));
initHome(home);
const node = new Node({ home, blockTimeMs: 1000, flags: {}, log: () => {}, buildApp: (db) => buildApp(db).app });
await node.open();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const art = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8'));
const iface = new Interface(art.abi);
const [wallet] = devWallets(1);
try {
  const deploy = signRaw(wallet!, { nonce: 0, gasLimit: 3_000_000n, data: art.bytecode + iface.encodeDeploy(['T', 'T', 10n ** 24n, wallet!.address]).slice(2) });
  const admit = async (raw: string) => {
    const r = await node.broadcastTx(getBytes(raw));
    if (r.code !== 0) throw new Error(`CheckTx: ${r.log}`);
  };
  await admit(deploy);
  await node.mine(1);
  const { getCreateAddress } = await import('ethers');
  const token = getCreateAddress({ from: wallet!.address, nonce: 0 });

  // Phase timers around the app's two block calls (the producer awaits them in turn).
  const app = node.app;
  const phase = { finalize: { cpu: 0, wall: 0 }, commit: { cpu: 0, wall: 0 } };
  const wrap = (name: 'finalize' | 'commit', fn: (...a: any[]) => Promise<any>) => async (...a: any[]) => {
    const [c, w] = [cpuMs(), performance.now()];
    try {
      return await fn(...a);
    } finally {
      phase[name].cpu += cpuMs() - c;
      phase[name].wall += performance.now() - w;
    }
  };
  app.finalizeBlock = wrap('finalize', app.finalizeBlock.bind(app));
  app.commit = wrap('commit', app.commit.bind(app));
  if (process.env.SHOW_KEYS) {
    const prep = app.state.prepareBlock.bind(app.state);
    (app.state as any).prepareBlock = (changes: Array<[string, Uint8Array | null]>, h: number) => {
      if (h % 50 === 0) console.error(`block ${h}: ${changes.length} changes`, changes.map(([k, v]) => `${k.slice(0, 60)}=${v?.length ?? 'del'}`));
      return prep(changes, h);
    };
  }

  const rows = { admit: [] as number[], block: [] as number[], blockWall: [] as number[], finalize: [] as number[], commit: [] as number[], commitWall: [] as number[] };
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const raw = signRaw(wallet!, { nonce: i + 1, gasLimit: 60_000n, to: token, data: iface.encodeFunctionData('transfer', ['0x' + (0x3000 + i).toString(16).padStart(40, '0'), 1n]) });
    const c0 = cpuMs();
    await admit(raw);
    const c1 = cpuMs();
    const w1 = performance.now();
    phase.finalize = { cpu: 0, wall: 0 };
    phase.commit = { cpu: 0, wall: 0 };
    const height = await node.mine(1);
    const [c2, w2] = [cpuMs(), performance.now()];
    const res = node.app.blocks.results(height);
    if (res?.txResults.length !== 1 || res.txResults[0]!.code !== 0) throw new Error(`block ${height}: ${JSON.stringify(res?.txResults).slice(0, 300)}`);
    if (i < WARMUP) continue;
    rows.admit.push(c1 - c0);
    rows.block.push(c2 - c1);
    rows.blockWall.push(w2 - w1);
    rows.finalize.push(phase.finalize.cpu);
    rows.commit.push(phase.commit.cpu);
    rows.commitWall.push(phase.commit.wall);
  }
  const out = Object.fromEntries(Object.entries(rows).map(([k, xs]) => [k, stats(xs)]));
  console.log(JSON.stringify({ samples: SAMPLES, ...out }));
  const f = (x: { min: number; median: number; max: number }) => `${x.min.toFixed(3)} / **${x.median.toFixed(3)}** / ${x.max.toFixed(3)}`;
  console.log(`| admission CPU ms | block CPU ms | of it FinalizeBlock | of it Commit | block wall ms | Commit wall ms |`);
  console.log(`| ${f(out.admit!)} | ${f(out.block!)} | ${f(out.finalize!)} | ${f(out.commit!)} | ${f(out.blockWall!)} | ${f(out.commitWall!)} |`);
} finally {
  await node.stop();
  rmSync(home, { recursive: true, force: true });
}
