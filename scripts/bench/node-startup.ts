/**
 * Start-up and idle memory, Trivium against the anvil binary, rounds interleaved: from spawn to the first answered
 * `eth_blockNumber` (both have their genesis block committed then), Trivium also to its first block after genesis,
 * and each process's own resident set 3 s later (the node process itself: no launcher or re-spawning wrapper in
 * front of either). A missing peer fails the run. Run: node --no-node-snapshot --import tsx scripts/bench/node-startup.ts
 * (env: ROUNDS=5; BEFORE=<another checkout, built>: its Trivium, as installed (its bin/triviumd), runs as a further side,
 * interleaved, for before/after)
 * Trivium runs twice a round: as installed (bin/triviumd, node from the build's start-up snapshot, issue 17) and on
 * the plain path (`node --no-node-snapshot cmd/triviumd.js`); for both, also the node's own CPU time to the answer.
 */
import { readFileSync } from 'node:fs';
import { buildBundle, isFresh } from '../build.mjs';
import { rpc, startAnvil, startNodeFloor, startTrivium } from './evm-peers.ts';
import { processCpuSec, rssMiB, selfCpuSec } from './lib/proc.ts';
import { fmtStats, stats } from './lib/store.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const BEFORE = process.env.BEFORE;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (!isFresh()) await buildBundle();
const sides = {
  trivium: { start: [] as number[], firstBlock: [] as number[], rss: [] as number[], cpu: [] as number[] },
  plain: { start: [] as number[], rss: [] as number[], cpu: [] as number[] },
  anvil: { start: [] as number[], rss: [] as number[] },
  floor: { start: [] as number[], rss: [] as number[] },
  before: { start: [] as number[], rss: [] as number[], cpu: [] as number[] },
};
const cpu0 = selfCpuSec();
for (let r = 0; r < ROUNDS; r++) {
  const t0 = performance.now();
  const t = await startTrivium('100ms', [], undefined, [], 'bin');
  sides.trivium.cpu.push(processCpuSec(t.proc.pid!) * 1000);
  if (!/--snapshot-blob/.test(readFileSync(`/proc/${t.proc.pid}/cmdline`, 'utf8'))) throw new Error('bin/triviumd did not start from the snapshot (is the build fresh?)');
  sides.trivium.start.push(t.startupMs);
  if (BigInt(await rpc<string>(t.url, 'eth_chainId')) !== t.chainId) throw new Error('the snapshot node answered wrongly');
  while (BigInt(await rpc<string>(t.url, 'eth_blockNumber')) < 1n) await sleep(5);
  sides.trivium.firstBlock.push(performance.now() - t0);
  await sleep(3000);
  sides.trivium.rss.push(rssMiB(t.proc.pid!));
  await t.stop();

  const p = await startTrivium('100ms');
  sides.plain.cpu.push(processCpuSec(p.proc.pid!) * 1000);
  sides.plain.start.push(p.startupMs);
  if (BigInt(await rpc<string>(p.url, 'eth_chainId')) !== p.chainId) throw new Error('the plain path answered wrongly');
  await sleep(3000);
  sides.plain.rss.push(rssMiB(p.proc.pid!));
  await p.stop();

  const a = await startAnvil();
  sides.anvil.start.push(a.startupMs);
  await sleep(3000);
  sides.anvil.rss.push(rssMiB(a.proc.pid!));
  await a.stop();

  const f = await startNodeFloor();
  if (BigInt(await rpc<string>(f.url, 'eth_blockNumber')) !== 0n) throw new Error('the node floor answered wrongly');
  sides.floor.start.push(f.startupMs);
  await sleep(3000);
  sides.floor.rss.push(rssMiB(f.proc.pid!));
  await f.stop();

  if (BEFORE) {
    const b = await startTrivium('100ms', [], BEFORE, [], 'bin');
    sides.before.cpu.push(processCpuSec(b.proc.pid!) * 1000);
    if (!/--snapshot-blob/.test(readFileSync(`/proc/${b.proc.pid}/cmdline`, 'utf8'))) throw new Error(`${BEFORE}/bin/triviumd did not start from its snapshot (is its build fresh?)`);
    sides.before.start.push(b.startupMs);
    await sleep(3000);
    sides.before.rss.push(rssMiB(b.proc.pid!));
    await b.stop();
  }
  const before = BEFORE ? `; before ${sides.before.start.at(-1)!.toFixed(0)} ms (CPU ${sides.before.cpu.at(-1)!.toFixed(0)} ms), ${sides.before.rss.at(-1)!.toFixed(1)} MiB` : '';
  console.log(`round ${r + 1}: Trivium ${t.startupMs.toFixed(0)} ms (first block ${sides.trivium.firstBlock.at(-1)!.toFixed(0)} ms), ${sides.trivium.rss.at(-1)!.toFixed(1)} MiB; plain path ${p.startupMs.toFixed(0)} ms, ${sides.plain.rss.at(-1)!.toFixed(1)} MiB; anvil ${a.startupMs.toFixed(0)} ms, ${sides.anvil.rss.at(-1)!.toFixed(1)} MiB; bare node ${f.startupMs.toFixed(0)} ms, ${sides.floor.rss.at(-1)!.toFixed(1)} MiB${before}`);
}
const [ts, as] = [stats(sides.trivium.start), stats(sides.anvil.start)];
const [tr, ar] = [stats(sides.trivium.rss), stats(sides.anvil.rss)];
const [fs, fr] = [stats(sides.floor.start), stats(sides.floor.rss)];
console.log(`\n${ROUNDS} rounds interleaved (min / median / max), fresh home / fresh anvil each round:`);
const [ps, pr] = [stats(sides.plain.start), stats(sides.plain.rss)];
console.log(`  start-up to the first answered eth_blockNumber: Trivium (bin/triviumd, from the snapshot) ${fmtStats(ts, 'ms', 0)}, anvil binary ${fmtStats(as, 'ms', 0)}: ×${(ts.median / as.median).toFixed(1)} (issue 17 goal ≤ 3×)`);
console.log(`  Trivium to its first block after genesis (100 ms block time): ${fmtStats(stats(sides.trivium.firstBlock), 'ms', 0)}`);
console.log(`  idle RSS 3 s after: Trivium ${fmtStats(tr, 'MiB', 1)}, anvil binary ${fmtStats(ar, 'MiB', 1)}: ×${(tr.median / ar.median).toFixed(1)} (goal ≤ 3×)`);
console.log(`  the plain path (node --no-node-snapshot cmd/triviumd.js): start-up ${fmtStats(ps, 'ms', 0)} (×${(ps.median / as.median).toFixed(1)} anvil), idle RSS ${fmtStats(pr, 'MiB', 1)} (×${(pr.median / ar.median).toFixed(1)} anvil)`);
console.log(`  the node's CPU (user + system) to its first answer: from the snapshot ${fmtStats(stats(sides.trivium.cpu), 'ms', 0)}, plain path ${fmtStats(stats(sides.plain.cpu), 'ms', 0)}`);
console.log(`  this bench process (the load generator): ${((selfCpuSec() - cpu0) * 1000).toFixed(0)} ms CPU over the run`);
console.log(`  the floor, a bare \`node --no-node-snapshot\` HTTP server: ${fmtStats(fs, 'ms', 0)} (×${(fs.median / as.median).toFixed(1)} anvil), ${fmtStats(fr, 'MiB', 1)} (×${(fr.median / ar.median).toFixed(1)} anvil)`);
if (BEFORE) {
  const [bs, br] = [stats(sides.before.start), stats(sides.before.rss)];
  console.log(`  before (${BEFORE}/bin/triviumd, from its snapshot): start-up ${fmtStats(bs, 'ms', 0)} (×${(bs.median / as.median).toFixed(1)} anvil), CPU to the first answer ${fmtStats(stats(sides.before.cpu), 'ms', 0)}, idle RSS ${fmtStats(br, 'MiB', 1)} (×${(br.median / ar.median).toFixed(1)} anvil)`);
}
