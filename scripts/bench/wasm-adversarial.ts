/**
 * Issue 12 bench: wall time per million gas of every adversarial corpus program and of ordinary
 * contracts (counter increment, cw20 transfer), each at 3,000,000 gas, interleaved over RUNS rounds.
 * Prints min/median/max ms per Mgas, the worst/median-ordinary ratio (goal <= 10x) and the worst tx
 * wall time (goal <= 1 s). Checks every result against the corpus expectations. In-process (no RPC, no
 * load generator): the x/wasm keeper over the real bank and auth keepers, one tx per call.
 * Usage: node --no-node-snapshot --import tsx scripts/bench/wasm-adversarial.ts [runs=5]
 */
import { PROGRAMS } from '../../tests/adversarial/programs.ts';
import { deployProgram, executeProgram, type RunResult } from '../../tests/adversarial/run.ts';
import { addr, Chain, contractSource } from '../../tests/wasm/harness.ts';

const RUNS = Number(process.argv[2] ?? 5);
// A 4 s guard so a program that still runs long costs seconds, not the 30 s backstop.
const chain = new Chain({ isolate: { memoryLimitMb: 1024, timeoutMs: 4000 } });
chain.fund(addr(1), '1000000000');

type Case = { name: string; ordinary: boolean; run: () => Promise<RunResult>; check: (r: RunResult) => boolean };
const cases: Case[] = [];
const counter = await chain.instantiate(await chain.store(contractSource('counter.js')), { count: 0 });
cases.push({ name: 'ordinary/counter_increment', ordinary: true, run: () => executeProgram(chain, counter, { increment: {} }), check: (r) => r.outcome === 'ok' });
const cw20 = await chain.instantiate(await chain.store(contractSource('cw20.js')), {
  name: 'Token', symbol: 'TOK', decimals: 6, initial_balances: [{ address: addr(1), amount: '1000000000' }],
});
cases.push({ name: 'ordinary/cw20_transfer', ordinary: true, run: () => executeProgram(chain, cw20, { transfer: { recipient: addr(2), amount: '1' } }), check: (r) => r.outcome === 'ok' });
for (const prog of PROGRAMS) {
  const d = await deployProgram(chain, prog);
  if ('failure' in d) continue; // refused at deploy: nothing runs
  cases.push({
    name: `${prog.category}/${prog.name}`,
    ordinary: false,
    run: () => executeProgram(chain, d.address),
    check: (r) => prog.expect.includes(r.outcome) && (!prog.match || prog.match.test(r.text)),
  });
}

const perMgas = new Map<string, number[]>();
const wall = new Map<string, number[]>();
const bad = new Set<string>();
// An ordinary call takes well under a millisecond: ORDINARY_REPS of them per round steady its median.
const ORDINARY_REPS = 20;
for (let round = 0; round < RUNS; round++) {
  for (const c of cases) {
    for (let rep = 0; rep < (c.ordinary ? ORDINARY_REPS : 1); rep++) {
      const r = await c.run();
      if (!c.check(r)) bad.add(`${c.name}: ${r.outcome} ${r.text.slice(0, 100)}`);
      perMgas.set(c.name, [...(perMgas.get(c.name) ?? []), (r.ms * 1e6) / Math.max(1, Number(r.gasUsed))]);
      wall.set(c.name, [...(wall.get(c.name) ?? []), r.ms]);
    }
  }
}
const med = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
const rows = cases.map((c) => {
  const v = perMgas.get(c.name)!;
  return { name: c.name, ordinary: c.ordinary, min: Math.min(...v), med: med(v), max: Math.max(...v), wall: Math.max(...wall.get(c.name)!) };
});
rows.sort((a, b) => b.med - a.med);
console.log('case'.padEnd(36), 'ms/Mgas min'.padStart(12), 'median'.padStart(10), 'max'.padStart(10), 'max tx ms'.padStart(10));
for (const r of rows) console.log(r.name.padEnd(36), r.min.toFixed(1).padStart(12), r.med.toFixed(1).padStart(10), r.max.toFixed(1).padStart(10), r.wall.toFixed(0).padStart(10));
const ordinary = med(cases.filter((c) => c.ordinary).flatMap((c) => perMgas.get(c.name)!));
const worst = rows[0]!;
const worstWall = rows.reduce((a, b) => (b.wall > a.wall ? b : a));
console.log(`\nordinary median ${ordinary.toFixed(1)} ms/Mgas; worst ${worst.name} ${worst.med.toFixed(1)} ms/Mgas = ${(worst.med / ordinary).toFixed(1)}x (goal <= 10x)`);
console.log(`worst 3,000,000-gas tx wall time: ${worstWall.name} ${worstWall.wall.toFixed(0)} ms (goal <= 1000 ms)`);
console.log(bad.size ? `results off expectation:\n  ${[...bad].join('\n  ')}` : 'every result as expected');
chain.keeper.vm.dispose();
