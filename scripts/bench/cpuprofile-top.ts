/**
 * Self and inclusive time of a V8 .cpuprofile (node --cpu-prof), by function and by package/file, so a
 * before/after comparison is a diff of two short tables.
 * Usage: node --import tsx scripts/bench/cpuprofile-top.ts <file.cpuprofile> [top=30] [--by=fn|file] [--from=µs --to=µs]
 * --from/--to keep the samples of one window on the profile's clock (the monotonic clock, µs: what
 * rpc-latency-drain.ts prints per drain with NODE_PROF), so one run's rounds compare with each other.
 * --windows=file.json keeps the samples inside any of the file's [from, to] pairs (µs, the same clock), e.g. every
 * timed drain of crossvm-drain.ts (CPU_WINDOWS=prefix writes them).
 * --under=name keeps the samples whose stack holds a function of that name (e.g. `endBlock` against `direct` in
 * crossvm-drain.ts), so the same code compares inside two callers.
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const [file, topArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const TOP = Number(topArg ?? 30);
const prof = JSON.parse(readFileSync(file!, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const from = Number(flag('from') ?? -Infinity);
const to = Number(flag('to') ?? Infinity);
const under = flag('under');
const windowsFile = flag('windows');
const windows = windowsFile ? (JSON.parse(readFileSync(windowsFile, 'utf8')) as Array<[number, number]>) : undefined;

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const short = (url: string): string => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  return url.replace(/^file:\/\/.*?\/(wt-[^/]+|main)\//, '').replace(/^node:/, 'node:') || '(native)';
};
const fnKey = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const fileKey = (n: Node) => (n.callFrame.url ? short(n.callFrame.url) : n.callFrame.functionName);

const self = new Map<string, number>();
const incl = new Map<string, number>();
const selfFile = new Map<string, number>();
let total = 0;
let at = prof.startTime;
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i] ?? 0;
  at += dt;
  if (at < from || at > to) return;
  if (windows && !windows.some(([a, b]) => at >= a && at <= b)) return;
  if (under !== undefined) {
    let cur: number | undefined = id;
    while (cur !== undefined && byId.get(cur)!.callFrame.functionName !== under) cur = parent.get(cur);
    if (cur === undefined) return;
  }
  total += dt;
  const n = byId.get(id)!;
  self.set(fnKey(n), (self.get(fnKey(n)) ?? 0) + dt);
  selfFile.set(fileKey(n), (selfFile.get(fileKey(n)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = fnKey(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + dt);
  }
});
const idle = self.get('(idle) (native):0') ?? 0;
const busy = total - idle;
const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (% of busy time ${(busy / 1e6).toFixed(2)} s; idle ${(idle / 1e6).toFixed(2)} s)`);
  for (const [k, v] of [...m].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${((v / busy) * 100).toFixed(1).padStart(5)} %  ${k}`);
};
print('self by function', self);
print('self by package / file', selfFile);
print('inclusive by function', incl);
