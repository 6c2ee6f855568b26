// Issue 18/17: the per-tx path of a Cosmos tx, two checkouts side by side. Runs each checkout's own
// scripts/bench/wasm-cw20-node.ts (signed cw20 MsgExecuteContract txs through a running node, against the bare
// @oraichain/cosmwasm-vm-js) one round at a time, the checkouts alternating (the order flipping every round), and
// prints min / median / max of each side's node tx/s, node CPU µs per tx (the whole process, and its main thread),
// node / bare, and the load generator's CPU. Every tx result is checked inside wasm-cw20-node.ts.
// The base checkout must carry a wasm-cw20-node.ts that prints the CPU line (this branch's; copy it over).
// Run: BASE=/path/to/other/checkout npx tsx scripts/bench/cw20-node-compare.ts   (env ROUNDS=5 PER=100)
// BASE_NODE_ARGS / THIS_NODE_ARGS: options for each side's node process (BASE may be this checkout, to compare a
// V8 setting such as --single-threaded-gc against the default).
import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../tests/helpers/node.ts';
import { fmtSpread, spread } from './lib/stats.ts';

const BASE = process.env.BASE ? resolve(process.env.BASE) : undefined;
if (!BASE) throw new Error('set BASE to the checkout to compare with (node_modules linked, bundle built)');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const PER = Number(process.env.PER ?? 100);
const sides = [
  { name: 'base', root: BASE, nodeArgs: process.env.BASE_NODE_ARGS ?? '' },
  { name: 'this', root: repoRoot, nodeArgs: process.env.THIS_NODE_ARGS ?? '' },
];

interface Round {
  tps: number;
  bare: number;
  cpuUs: number;
  mainUs: number;
  loadGenCpu: number;
}

function runRound(root: string, nodeArgs: string): Promise<Round> {
  return new Promise((res, rej) =>
    execFile(process.execPath, ['--no-node-snapshot', '--import', 'tsx', join(root, 'scripts/bench/wasm-cw20-node.ts'), String(PER), '1'], { cwd: root, maxBuffer: 16 << 20, env: { ...process.env, NODE_ARGS: nodeArgs } }, (e, out, err) => {
      if (e) return rej(new Error(`${root}: ${err || e.message}`));
      const num = (re: RegExp) => {
        const m = re.exec(out);
        if (!m) throw new Error(`${root}: no ${re} in:\n${out}`);
        return Number(m[1]!.replace(/,/g, ''));
      };
      try {
        res({
          tps: num(/node \(signed txs[^:]*:\s+([\d.]+) \//),
          bare: num(/bare @oraichain\/cosmwasm-vm-js:\s+([\d.]+) \//),
          cpuUs: num(/node CPU per tx[^:]*: process ([\d.]+) \//),
          mainUs: num(/its main thread ([\d.]+) \//),
          loadGenCpu: num(/this process \(load generator \+ bare side\) ([\d.]+) s/),
        });
      } catch (x) {
        rej(x);
      }
    }),
  );
}

const results = new Map(sides.map((s) => [s.name, [] as Round[]]));
const loads: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const s of r % 2 ? [...sides].reverse() : sides) {
    const round = await runRound(s.root, s.nodeArgs);
    results.get(s.name)!.push(round);
    loads.push(loadavg()[0]!);
    console.log(`round ${r + 1} ${s.name}: ${round.tps.toFixed(0)} tx/s, node CPU ${round.cpuUs.toFixed(0)} µs/tx (main thread ${round.mainUs.toFixed(0)}), bare ${round.bare.toFixed(0)}/s`);
  }
}
console.log(`\ncw20 transfers through a node, ${ROUNDS} interleaved rounds of ${PER * 10} txs per side (min / median / max); load average ${fmtSpread(loads, 1)}`);
for (const s of sides) if (s.nodeArgs) console.log(`${s.name}: node started with ${s.nodeArgs}`);
console.log('side   node tx/s             node CPU µs/tx (process)   main thread µs/tx     node / bare         load-gen CPU s');
for (const s of sides) {
  const rs = results.get(s.name)!;
  const ratio = rs.map((x) => x.tps / x.bare);
  console.log(
    `${s.name.padEnd(6)} ${fmtSpread(rs.map((x) => x.tps)).padEnd(21)} ${fmtSpread(rs.map((x) => x.cpuUs)).padEnd(26)} ${fmtSpread(rs.map((x) => x.mainUs)).padEnd(21)} ${fmtSpread(ratio, 2).padEnd(19)} ${fmtSpread(rs.map((x) => x.loadGenCpu), 1)}`,
  );
}
const med = (name: string, f: (x: Round) => number) => spread(results.get(name)!.map(f)).median;
console.log(`this / base, medians: tx/s ${(med('this', (x) => x.tps) / med('base', (x) => x.tps)).toFixed(2)}, node CPU per tx ${(med('this', (x) => x.cpuUs) / med('base', (x) => x.cpuUs)).toFixed(2)}`);
