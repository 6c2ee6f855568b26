/**
 * Self time (and inclusive time) per function from a V8 .cpuprofile (node --cpu-prof), the top N.
 *
 *   npx tsx scripts/bench/cpuprofile-top.ts file.cpuprofile [N=30] [filter-regexp for inclusive rows]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
const [file, nArg, filter] = process.argv.slice(2);
if (!file) throw new Error('usage: cpuprofile-top.ts file.cpuprofile [N] [filter]');
const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const N = Number(nArg ?? 30);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const hits = new Map<number, number>();
prof.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...hits.values()].reduce((a, b) => a + b, 0);
const label = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(wt-[^/]+|main)\//, '').replace(/^file:\/\//, '')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
for (const [id, t] of hits) {
  const k = label(byId.get(id)!);
  self.set(k, (self.get(k) ?? 0) + t);
}
// inclusive: each function counted once per stack
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
for (const [id, t] of hits) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = label(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + t);
  }
}
const pct = (t: number) => ((t / total) * 100).toFixed(1).padStart(5);
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
console.log('self:');
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log(`  ${pct(t)} %  ${k}`);
console.log('inclusive:');
const re = filter ? new RegExp(filter) : /./;
for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).filter(([k]) => re.test(k)).slice(0, N)) console.log(`  ${pct(t)} %  ${k}`);
