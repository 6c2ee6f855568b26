import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { buildStore, keyOf, valueOf } from './lib/store.ts';
const N = Number(process.env.N ?? 200000);
const s = await buildStore(N, 64 * 2 ** 20);
const sess = new Session(); sess.connect();
await sess.post('Profiler.enable'); await sess.post('Profiler.start');
let fresh = 10_000_000; const t = performance.now(); let n = 0;
for (let r = 0; r < 10; r++) {
  const keys = Array.from({ length: 1000 }, () => fresh++);
  await s.commit(keys.map((j) => [keyOf(j), valueOf(j, 1)])); n += 1000;
  await s.commit(keys.map((j) => [keyOf(j), null]));
}
console.log('per key', ((performance.now() - t) * 1000 / n).toFixed(1), 'µs (incl delete)');
const { profile } = await sess.post('Profiler.stop');
writeFileSync('/tmp/prof/write.cpuprofile', JSON.stringify(profile));
await s.close();
