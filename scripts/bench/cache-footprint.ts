/**
 * Issue 17: what the CommitStore's caches really hold against their estimate. Commits blocks shaped like a
 * cross-VM drain's (1,000 message records of ≈ 700 bytes, their queue rows deleted, a counter rewritten) into a
 * store with CACHE_MIB of cache, and prints after each round the caches' estimated bytes and the JS heap used
 * after a full GC: the estimate is what --cache-size bounds, the heap is what the process pays.
 * Run: node --expose-gc --import tsx scripts/bench/cache-footprint.ts   (env: ROUNDS=20, CACHE_MIB=64)
 */
import { buildStore } from './lib/store.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const CACHE_MIB = Number(process.env.CACHE_MIB ?? 64);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const s = await buildStore(0, CACHE_MIB * 2 ** 20);
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const base = heap();
const record = (id: number) => new Uint8Array(Buffer.from(JSON.stringify({ id: String(id), sender: 'trivium1' + 'q'.repeat(38), source_vm: 'wasm', target_vm: 'wasm', target_contract: 'trivium1' + 'c'.repeat(58), payload: '7b2273'.repeat(20), status: 'EXECUTED', result: '7b2278223a317d', gas_used: '41234', escrow: '1000000', pad: 'x'.repeat(300) })));
const key = (id: number) => `crossvm/m/${String(id).padStart(20, '0')}`;
try {
  for (let r = 0, id = 1; r < ROUNDS; r++) {
    for (let b = 0; b < 2; b++) {
      // Submission block: records and queue rows; drain block: the records rewritten, the queue rows deleted.
      const ch: Array<[string, Uint8Array | null]> = [['crossvm/count', new Uint8Array(Buffer.from(String(r)))]];
      for (let i = 0; i < 1000; i++) {
        ch.push([key(id + i), record(id + i)]);
        ch.push([`crossvm/q/${String(id + i).padStart(20, '0')}`, b === 0 ? new Uint8Array() : null]);
      }
      await s.commit(ch);
      for (let i = 0; i < 1000; i++) s.store.get(key(id + i)); // the explorer and queries read them back
    }
    id += 1000;
    const est = s.store.cacheEstimate();
    const used = heap() - base;
    console.log(`round ${String(r + 1).padStart(2)}: caches' estimate ${(est.values / 2 ** 20).toFixed(1)} + ${(est.tree / 2 ** 20).toFixed(1)} MiB (values + tree), JS heap above the start ${used.toFixed(1)} MiB: ×${(used / ((est.values + est.tree) / 2 ** 20)).toFixed(2)}`);
  }
} finally {
  await s.close();
}
