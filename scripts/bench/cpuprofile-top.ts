// Self time (and inclusive time of the hottest frames) from a V8 .cpuprofile (node --cpu-prof), so a
// benchmark's profile can be read without DevTools.
// Run: npx tsx scripts/bench/cpuprofile-top.ts file.cpuprofile [N=40] [filter regexp for inclusive]
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}
const [file, nArg, filter] = process.argv.slice(2);
if (!file) throw new Error('usage: cpuprofile-top.ts file.cpuprofile [N] [filter]');
const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const N = Number(nArg ?? 40);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// Time per sample: the delta to the next sample.
const dt = new Map<number, number>();
prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i + 1] ?? 0)));
// Percentages are of the busy time: everything but (idle), the event loop waiting.
const idleIds = new Set(prof.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
const all = [...dt.values()].reduce((a, b) => a + b, 0);
const total = [...dt].filter(([id]) => !idleIds.has(id)).reduce((a, [, t]) => a + t, 0);
const label = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(wt-[^/]+|main)\//, '').replace(/^file:\/\//, '')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const incl = new Map<string, number>();
for (const [id, t] of dt) {
  const n = byId.get(id)!;
  self.set(label(n), (self.get(label(n)) ?? 0) + t);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!);
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) ?? 0) + t);
  }
}
const pct = (t: number) => ((t / total) * 100).toFixed(1).padStart(5) + ' %';
console.log(`${(all / 1e6).toFixed(1)} s sampled, ${(total / 1e6).toFixed(1)} s busy (percentages below are of the busy time)`);
console.log('\nself:');
for (const [l, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log(`${pct(t)}  ${l}`);
console.log('\ninclusive:');
const re = filter ? new RegExp(filter) : /./;
for (const [l, t] of [...incl].filter(([l]) => re.test(l)).sort((a, b) => b[1] - a[1]).slice(0, N)) console.log(`${pct(t)}  ${l}`);
