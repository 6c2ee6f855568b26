/**
 * Issue 18 (wasmgc): one cw20-base 1.0.1 `transfer` through the Wasm runtime (x/wasm/cosmwasm: newInstance,
 * callEntry, release — a fresh instance and memory per call, storage in a Map) in a process whose main heap
 * holds what a node's does (≈ 40 MiB of live objects: the node's state caches), two checkouts side by side.
 * On the main heap each call's fresh 1.1 MiB memory brings V8's full Mark-Compact of that heap every ≈ 58
 * calls; in the Wasm isolate it does not. Each side runs in a child process of its own (the two runtimes
 * must not share one process's address space), one round at a time, the order flipping every round.
 * Every call's result is checked, and the recipient's balance at the end of each round.
 * Printed: µs per call (wall) and CPU µs per call of the child (all its threads: the collector's helpers
 * too), min / median / max; the parent only waits (its CPU is printed).
 *
 * Run: BASE=/path/to/other/checkout node --no-node-snapshot --import tsx scripts/bench/wasm-call-heap.ts [calls per round] [rounds]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { selfCpuSec } from './lib/proc.ts';
import { fmtSpread } from './lib/stats.ts';

const here = fileURLToPath(import.meta.url);
const repoRoot = resolve(here, '../../..');

interface Round {
  wallUs: number;
  cpuUs: number;
  majorGcs: number;
}

async function child(root: string, calls: number): Promise<Round> {
  const imp = (p: string) => import(pathToFileURL(join(root, p)).href);
  const { GasMeter } = await imp('core/types/gas.ts');
  const { compileContract } = await imp('x/wasm/cosmwasm/compile.ts');
  const { WasmGasSettler } = await imp('x/wasm/cosmwasm/gas.ts');
  const { newInstance } = await imp('x/wasm/cosmwasm/instance.ts');
  const { parseAddress, toBech32Address } = await imp('core/types/address.ts');
  const { PerformanceObserver, constants } = await import('node:perf_hooks');
  const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
  const dec = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b));
  const addr = (n: number): string => toBech32Address(new Uint8Array(20).fill(n));
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  const cw20 = compileContract('bench', readFileSync(join(repoRoot, '../shared/fixtures/cosmwasm/cw20_base-1.0.1.wasm')));
  const data = new Map<string, Uint8Array>();
  // A node-sized live heap: ≈ 300,000 small objects (≈ 40 MiB), kept to the end.
  const heap: Array<{ a: number; b: string; c: number[] }> = [];
  for (let i = 0; i < 300_000; i++) heap.push({ a: i, b: `entry-${i}`, c: [i, i + 1] });
  const env = enc({ block: { height: 5, time: '1700000000000000000', chain_id: 'bench' }, transaction: null, contract: { address: addr(9) } });
  const call = (entry: string, msg: unknown): Record<string, unknown> => {
    const meter = new GasMeter(10_000_000n);
    // The settler as the keeper builds it (the base checkout's takes one argument and ignores the second).
    const gas = new WasmGasSettler((g: number, what: string) => meter.consume(g, what), () => meter.remaining);
    const inst = newInstance(cw20, {
      storage: { get: (k: Uint8Array) => data.get(hex(k)), set: (k: Uint8Array, v: Uint8Array) => void data.set(hex(k), v), remove: (k: Uint8Array) => void data.delete(hex(k)), scan: () => [][Symbol.iterator]() },
      canonicalize: parseAddress,
      humanize: toBech32Address,
      queryChain: () => enc({ error: { unsupported_request: { kind: 'bench' } } }),
      gas,
      readOnly: entry === 'query',
      debug: () => {},
    });
    try {
      return dec(inst.callEntry(entry, entry === 'query' ? [env, enc(msg)] : [env, enc({ sender: addr(1), funds: [] }), enc(msg)]));
    } finally {
      gas.finish();
      inst.release();
    }
  };
  const init = call('instantiate', { name: 'Bench Token', symbol: 'BEN', decimals: 6, initial_balances: [{ address: addr(1), amount: '1000000000' }], mint: null, marketing: null });
  if (!('ok' in init)) throw new Error(`instantiate: ${JSON.stringify(init)}`);
  for (let i = 0; i < 50; i++) call('execute', { transfer: { recipient: addr(3), amount: '1' } }); // warm-up
  let majorGcs = 0;
  const obs = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcs++;
  });
  obs.observe({ entryTypes: ['gc'] });
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) {
    const r = call('execute', { transfer: { recipient: addr(2), amount: '1' } });
    if (!('ok' in r)) throw new Error(`transfer ${i}: ${JSON.stringify(r)}`);
  }
  const wallUs = Number(process.hrtime.bigint() - t0) / 1e3 / calls;
  const c = process.cpuUsage(c0);
  await new Promise((r) => setTimeout(r, 20));
  obs.disconnect();
  const bal = call('query', { balance: { address: addr(2) } }) as { ok?: string };
  const balance = JSON.parse(Buffer.from(bal.ok ?? '', 'base64').toString()).balance;
  if (balance !== String(calls)) throw new Error(`recipient balance ${balance}, expected ${calls}`);
  if (heap.length !== 300_000) throw new Error('heap');
  return { wallUs, cpuUs: (c.user + c.system) / calls, majorGcs };
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await child(process.argv[3]!, Number(process.argv[4]))));
} else {
  const CALLS = Number(process.argv[2] ?? 1000);
  const ROUNDS = Number(process.argv[3] ?? 5);
  const BASE = process.env.BASE ? resolve(process.env.BASE) : undefined;
  if (!BASE) throw new Error('set BASE to the checkout to compare with (node_modules linked)');
  const sides = [
    { name: 'base', root: BASE },
    { name: 'this', root: repoRoot },
  ];
  const results: Record<string, Round[]> = { base: [], this: [] };
  const cpu0 = selfCpuSec();
  for (let r = 0; r < ROUNDS; r++) {
    for (const side of r % 2 ? [...sides].reverse() : sides) {
      const out = execFileSync(process.execPath, ['--no-node-snapshot', '--import', 'tsx', here, '--child', side.root, String(CALLS)], { cwd: side.root, encoding: 'utf8', maxBuffer: 1 << 20 });
      const round = JSON.parse(out) as Round;
      results[side.name]!.push(round);
      console.log(`round ${r + 1} ${side.name}: ${round.wallUs.toFixed(0)} µs/call, CPU ${round.cpuUs.toFixed(0)} µs/call, ${round.majorGcs} Mark-Compacts`);
    }
  }
  console.log(`\ncw20 transfer through x/wasm/cosmwasm, a ≈ 40 MiB main heap, ${ROUNDS} interleaved rounds of ${CALLS} calls per side (min / median / max); every result checked`);
  console.log('side   µs per call (wall)    CPU µs per call (all threads)   Mark-Compacts per round');
  for (const s of sides) {
    const rs = results[s.name]!;
    console.log(`${s.name.padEnd(6)} ${fmtSpread(rs.map((x) => x.wallUs)).padEnd(21)} ${fmtSpread(rs.map((x) => x.cpuUs)).padEnd(31)} ${fmtSpread(rs.map((x) => x.majorGcs))}`);
  }
  console.log(`parent (waits only): ${(selfCpuSec() - cpu0).toFixed(2)} s CPU`);
}
