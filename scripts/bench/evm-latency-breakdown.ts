/**
 * Where the single-tx latency of `--block-time 0` goes (issue 17): the wall time from eth_sendRawTransaction to
 * its receipt, split at the node's own seams. A real Node (core/node/node.ts) on a temp home with the devnet
 * genesis, its Ethereum JSON-RPC on a free port and the producer at block time 0, as `triviumd start` runs it;
 * the client (one ERC20 transfer at a time, the receipt polled at once, as evm-latency.ts) runs on a worker
 * thread so it does not share the node's event loop. Timestamps on one clock (process.hrtime) at: the HTTP
 * request's arrival, Node.broadcastTx (in / out), FinalizeBlock (in / out), Commit (in), the LevelDB batch (given
 * / durable), the block event, each HTTP reply's end, and the client's send and receive. Every receipt's status
 * is checked. Prints the median of each part and of the whole.
 * Usage: node --no-node-snapshot --import tsx scripts/bench/evm-latency-breakdown.ts [samples=300] [warm-up=100]
 */
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Interface, getBytes, getCreateAddress } from 'ethers';
import { initHome } from '../../cmd/triviumd/commands/init.ts';
import { Node } from '../../core/node/node.ts';
import { buildApp } from '../../app/app.ts';
import { freePort } from '../../tests/helpers/node.ts';
import { devWallets, repoRoot } from './evm-peers.ts';
import { signRaw, stats } from './lib/evm-side.ts';

const SAMPLES = Number(process.argv[2] ?? 300);
const WARMUP = Number(process.argv[3] ?? 100);
// process.hrtime: one monotonic clock for every thread of the process (each thread's performance.timeOrigin is its own).
const now = () => Number(process.hrtime.bigint()) / 1e6;

const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const net = require('node:net');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sock = net.connect({ host: '127.0.0.1', port: workerData.port });
sock.setNoDelay(true);
let buf = Buffer.alloc(0), waiter;
sock.on('data', (d) => {
  buf = buf.length ? Buffer.concat([buf, d]) : d;
  const head = buf.indexOf('\\r\\n\\r\\n');
  if (head < 0) return;
  const len = Number(/content-length: *(\\d+)/i.exec(buf.subarray(0, head).toString('latin1'))[1]);
  if (buf.length < head + 4 + len) return;
  const body = buf.subarray(head + 4, head + 4 + len).toString();
  buf = buf.subarray(head + 4 + len);
  const w = waiter; waiter = undefined; w(body);
});
const post = (body) => new Promise((r) => { waiter = r; sock.write('POST / HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nContent-Type: application/json\\r\\nContent-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body); });
parentPort.on('message', async (raw) => {
  const t0 = now();
  const sent = JSON.parse(await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_sendRawTransaction', params: [raw] })));
  const t1 = now();
  if (typeof sent.result !== 'string') throw new Error(JSON.stringify(sent));
  const q = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'eth_getTransactionReceipt', params: [sent.result] });
  for (;;) {
    const rec = JSON.parse(await post(q)).result;
    if (rec) { parentPort.postMessage({ t: [t0, t1, now()], status: rec.status }); return; }
  }
});
`;

const home = mkdtempSync(join(tmpdir(), 'trivium-latency-parts-'));
initHome(home);
const ethPort = await freePort();
const flags: Record<string, string> = { 'json-rpc.address': `127.0.0.1:${ethPort}` };
for (const f of ['svm-rpc.address', 'svm-rpc.ws-address']) flags[f] = `127.0.0.1:${await freePort()}`;
const node = new Node({ home, blockTimeMs: 0, flags, log: () => {}, buildApp: (db) => buildApp(db).app });

// The marks of the tx in flight (one at a time), in the order the node reaches them.
let marks: Array<[string, number]> = [];
const mark = (name: string) => marks.push([name, now()]);
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (this: http.Server, ev: string, ...args: unknown[]) {
  if (ev === 'request') mark('request');
  return (emit as (...a: unknown[]) => boolean).apply(this, [ev, ...args]);
} as typeof emit;
const end = http.ServerResponse.prototype.end;
http.ServerResponse.prototype.end = function (this: http.ServerResponse, ...args: unknown[]) {
  const r = (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  mark('reply');
  return r;
} as typeof end;
const around = <T extends object>(obj: T, key: keyof T, before: string, after?: string) => {
  const fn = (obj[key] as (...a: unknown[]) => Promise<unknown>).bind(obj);
  (obj as Record<keyof T, unknown>)[key] = async (...a: unknown[]) => {
    mark(before);
    try {
      return await fn(...a);
    } finally {
      if (after) mark(after);
    }
  };
};

try {
  await node.open();
  const app = node.app;
  around(node, 'broadcastTx', 'broadcast', 'admitted');
  around(app, 'finalizeBlock', 'finalize', 'finalized');
  around(app, 'commit', 'commit');
  const db = (app as unknown as { db: { write: (p: unknown, d: unknown, published?: () => void) => Promise<void> } }).db;
  const write = db.write.bind(db);
  db.write = (p, d, published) => {
    mark('batch');
    return write(p, d, () => {
      mark('durable');
      published?.();
    });
  };
  node.bus.on('block', () => mark('block'));
  await node.startServices([]);
  node.startProducing();

  const art = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8'));
  const iface = new Interface(art.abi);
  const [wallet] = devWallets(1);
  const deployed = new Promise<void>((r) => node.bus.once('block', () => r()));
  const dep = await node.broadcastTx(getBytes(signRaw(wallet!, { nonce: 0, gasLimit: 3_000_000n, data: art.bytecode + iface.encodeDeploy(['T', 'T', 10n ** 24n, wallet!.address]).slice(2) })));
  if (dep.code !== 0) throw new Error(`deploy: ${dep.log}`);
  await deployed;
  const token = getCreateAddress({ from: wallet!.address, nonce: 0 });
  const raws = Array.from({ length: WARMUP + SAMPLES }, (_, i) => signRaw(wallet!, { nonce: i + 1, gasLimit: 60_000n, to: token, data: iface.encodeFunctionData('transfer', ['0x' + (0x3000 + i).toString(16).padStart(40, '0'), 1n]) }));

  // The client: a raw keep-alive socket, one request in flight; per tx it reports [sent, replied, receipt].
  const client = new Worker(CLIENT, { eval: true, workerData: { port: ethPort } });
  let failed: ((e: Error) => void) | undefined;
  client.on('error', (e) => failed?.(e));
  const ask = (raw: string) => new Promise<{ t: number[]; status: string }>((resolve, reject) => {
    failed = reject;
    client.once('message', resolve);
    client.postMessage(raw);
  });
  const parts = new Map<string, number[]>();
  const add = (k: string, v: number) => (parts.get(k) ?? parts.set(k, []).get(k)!).push(v);
  for (let i = 0; i < raws.length; i++) {
    marks = [];
    const { t, status } = await ask(raws[i]!);
    if (status !== '0x1') throw new Error(`tx ${i}: receipt status ${status}`);
    if (i < WARMUP) continue;
    const at = (name: string, nth = 0) => {
      const hit = marks.filter(([n]) => n === name)[nth];
      if (!hit) throw new Error(`tx ${i}: no mark ${name}#${nth} in ${marks.map(([n]) => n).join(',')}`);
      return hit[1];
    };
    const [sent, replied, done] = t as [number, number, number];
    const seq: Array<[string, number, number]> = [
      ['client → server (request read)', sent, at('request')],
      ['HTTP + JSON parse, decode, sender recovery', at('request'), at('broadcast')],
      ['CheckTx + mempool', at('broadcast'), at('admitted')],
      ['to the producer (hops)', at('admitted'), at('finalize')],
      ['FinalizeBlock (incl. app hash)', at('finalize'), at('finalized')],
      ['propose→commit gap', at('finalized'), at('commit')],
      ['Commit: rows and batch built', at('commit'), at('batch')],
      ['LevelDB batch write + fsync', at('batch'), at('durable')],
      ['publish, onCommit, block event', at('durable'), at('block')],
      ['block → send reply written', at('block'), at('reply', 0)],
      ['reply → client', at('reply', 0), replied],
      ['receipt request → reply', at('request', 1), at('reply', 1)],
      ['receipt round trip (client)', replied, done],
    ];
    for (const [k, a, b] of seq) add(k, b - a);
    add('whole (client)', done - sent);
  }
  await client.terminate();
  console.log(`single ERC20 transfer send → receipt, in-process node (block time 0), ${SAMPLES} samples after ${WARMUP} warm-up`);
  console.log('| part | median ms | min | max |');
  console.log('|---|---|---|---|');
  for (const [k, xs] of parts) {
    const s = stats(xs);
    console.log(`| ${k} | ${s.median.toFixed(3)} | ${s.min.toFixed(3)} | ${s.max.toFixed(3)} |`);
  }
} finally {
  await node.stop();
  rmSync(home, { recursive: true, force: true });
}
process.exit(0);
