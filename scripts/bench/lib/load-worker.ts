/**
 * A load-generator process (forked by lib/load.ts): it holds keep-alive sockets to one node, one per lane,
 * and on "go" sends each lane's pre-built requests in order, one in flight per lane, checking every answer.
 * Several of these run at once so that no single client process is what a benchmark measures.
 *   txs    lane = one sender's pre-signed raw txs in nonce order; each answer must be a tx hash; when all lanes
 *          have sent, the worker polls each lane's last receipt until it is in (status 0x1) — a sender's txs
 *          land in nonce order, so its last receipt means all of them
 *   calls  lane = one eth_call body sent `count` times; each answer's result must equal `expect`
 */
import { HttpLane, postBytes } from './http-lane.ts';

export type LoadJob =
  | { kind: 'txs'; host: string; port: number; lanes: string[][] }
  | { kind: 'calls'; host: string; port: number; lanes: Array<{ body: string; expect: string; count: number }> };

export type WorkerMsg = { type: 'ready' } | { type: 'done'; requests: number; cpuSec: number; ms: number } | { type: 'error'; message: string };

const send = (m: WorkerMsg) => process.send!(m);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let run: (() => Promise<number>) | undefined;
let lanes: HttpLane[] = [];

async function prepare(job: LoadJob): Promise<void> {
  for (const l of lanes) l.close();
  lanes = await Promise.all(job.lanes.map(() => HttpLane.connect(job.host, job.port)));
  const rpcBytes = (method: string, params: unknown[]) => postBytes(job.host, job.port, JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }));
  if (job.kind === 'txs') {
    const reqs = job.lanes.map((list) => list.map((raw) => rpcBytes('eth_sendRawTransaction', [raw])));
    run = async () => {
      const last = await Promise.all(
        lanes.map(async (lane, i) => {
          let hash = '';
          for (const r of reqs[i]!) {
            const res = JSON.parse(await lane.request(r));
            if (typeof res.result !== 'string') throw new Error(`eth_sendRawTransaction: ${JSON.stringify(res).slice(0, 300)}`);
            hash = res.result;
          }
          return hash;
        }),
      );
      // One poller per worker, the lanes' last txs one after the other: a poll per lane every few ms would
      // load the node with thousands of receipt requests a second while it executes the last blocks.
      const t0 = performance.now();
      for (const hash of last) {
        if (!hash) continue;
        const poll = rpcBytes('eth_getTransactionReceipt', [hash]);
        for (;;) {
          const rec = JSON.parse(await lanes[0]!.request(poll)).result;
          if (rec) {
            if (rec.status !== '0x1') throw new Error(`receipt of ${hash}: status ${rec.status}`);
            break;
          }
          if (performance.now() - t0 > 120_000) throw new Error(`no receipt for ${hash} after 120 s`);
          await sleep(2);
        }
      }
      return reqs.reduce((n, l) => n + l.length, 0);
    };
  } else {
    const reqs = job.lanes.map((l) => postBytes(job.host, job.port, l.body));
    run = async () => {
      await Promise.all(
        lanes.map(async (lane, i) => {
          const { expect, count } = job.lanes[i]!;
          for (let k = 0; k < count; k++) {
            const body = await lane.request(reqs[i]!);
            // Cheap exact check of the result field without a full parse on the hot path.
            if (!body.includes(`"result":"${expect}"`)) throw new Error(`eth_call: want ${expect}, got ${body.slice(0, 300)}`);
          }
        }),
      );
      return job.lanes.reduce((n, l) => n + l.count, 0);
    };
  }
}

process.on('message', (m: { type: 'prepare'; job: LoadJob } | { type: 'go' } | { type: 'exit' }) => {
  if (m.type === 'exit') {
    for (const l of lanes) l.close();
    process.exit(0);
  }
  if (m.type === 'prepare') {
    prepare(m.job).then(
      () => send({ type: 'ready' }),
      (e) => send({ type: 'error', message: String(e?.stack ?? e) }),
    );
    return;
  }
  const c0 = cpu();
  const t0 = performance.now();
  run!().then(
    (requests) => send({ type: 'done', requests, cpuSec: cpu() - c0, ms: performance.now() - t0 }),
    (e) => send({ type: 'error', message: String(e?.stack ?? e) }),
  );
});
