import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

// The worker's source is evaluated, not loaded from a file (the node runs as one esbuild bundle; see
// x/auth/sig-verifier.ts). For each raw tx it rebuilds the signing payload from the raw bytes — the RLP items
// before v, r, s (plus chainId, 0, 0 for an EIP-155 legacy tx) under a new list header, behind the type byte —
// recovers the key with the same libsecp256k1 binding and hashes it with the same XKCP keccak as the main
// thread. It trusts nothing it has not parsed: any surprise gives "not recovered", and the main thread then
// recovers the sender itself, after the strict pass (x/evm/tx/strict.ts) has judged the bytes.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const secp256k1 = require(workerData.secp256k1);
const Sponge = require(workerData.nodeGypBuild)(workerData.keccakDir);
const sponge = new Sponge();
const keccak = (b) => { sponge.initialize(1088, 512); sponge.absorb(Buffer.from(b.buffer, b.byteOffset, b.byteLength)); return sponge.squeeze(32); };
function header(b, off, end) {
  if (off >= end) return undefined;
  const h = b[off];
  if (h < 0x80) return [off, 1, false];
  if (h < 0xb8) return [off + 1, h - 0x80, false];
  if (h < 0xc0 || h >= 0xf8) {
    const ll = h < 0xc0 ? h - 0xb7 : h - 0xf7;
    if (ll > 4 || off + 1 + ll > end) return undefined;
    let len = 0;
    for (let i = 0; i < ll; i++) len = len * 256 + b[off + 1 + i];
    return [off + 1 + ll, len, h >= 0xc0];
  }
  return [off + 1, h - 0xc0, true];
}
function lengthPrefix(len, base) {
  if (len <= 55) return [base + len];
  const out = [];
  for (let x = len; x > 0; x = Math.floor(x / 256)) out.unshift(x % 256);
  return [base + 55 + out.length, ...out];
}
function rlpUint(v) {
  if (v === 0n) return [0x80];
  const out = [];
  for (let x = v; x > 0n; x >>= 8n) out.unshift(Number(x & 0xffn));
  return out.length === 1 && out[0] < 0x80 ? out : [0x80 + out.length, ...out];
}
function pad32(b) {
  const out = new Uint8Array(32);
  out.set(b, 32 - b.length);
  return out;
}
function recover(raw) {
  let off = 0;
  let type = 0;
  if (raw.length < 2) return undefined;
  if (raw[0] < 0xc0) {
    type = raw[0];
    off = 1;
    if (type !== 1 && type !== 2) return undefined;
  }
  const list = header(raw, off, raw.length);
  if (!list || !list[2] || list[0] + list[1] !== raw.length) return undefined;
  const items = [];
  for (let p = list[0]; p < raw.length; ) {
    const it = header(raw, p, raw.length);
    if (!it || it[0] + it[1] > raw.length) return undefined;
    items.push([p, it[0], it[0] + it[1], it[2]]);
    p = it[0] + it[1];
  }
  const n = items.length;
  if (n !== (type === 0 ? 9 : type === 1 ? 11 : 12)) return undefined;
  const field = (i) => (items[i][3] ? undefined : raw.subarray(items[i][1], items[i][2]));
  const v = field(n - 3), r = field(n - 2), s = field(n - 1);
  if (!v || !r || !s || r.length > 32 || s.length > 32) return undefined;
  let recid;
  let extra = [];
  if (type === 0) {
    let vn = 0n;
    for (const x of v) vn = (vn << 8n) | BigInt(x);
    if (vn === 27n || vn === 28n) recid = Number(vn - 27n);
    else if (vn >= 35n) {
      recid = Number((vn - 35n) & 1n);
      extra = [...rlpUint((vn - 35n) >> 1n), 0x80, 0x80];
    } else return undefined;
  } else if (v.length === 0) recid = 0;
  else if (v.length === 1 && v[0] === 1) recid = 1;
  else return undefined;
  const unsigned = raw.subarray(items[0][0], items[n - 4][2]);
  const head = [...(type === 0 ? [] : [type]), ...lengthPrefix(unsigned.length + extra.length, 0xc0)];
  const msg = new Uint8Array(head.length + unsigned.length + extra.length);
  msg.set(head, 0);
  msg.set(unsigned, head.length);
  msg.set(extra, head.length + unsigned.length);
  const sig = new Uint8Array(64);
  sig.set(pad32(r), 0);
  sig.set(pad32(s), 32);
  const pub = secp256k1.ecdsaRecover(sig, recid, keccak(msg), false);
  return keccak(pub.subarray(1)).subarray(12);
}
parentPort.on('message', ({ id, buf }) => {
  const b = new Uint8Array(buf);
  const dv = new DataView(buf);
  const count = dv.getUint32(0, true);
  const out = new Uint8Array(count * 21);
  let o = 4;
  for (let i = 0; i < count; i++) {
    const len = dv.getUint32(o, true);
    o += 4;
    try {
      const a = recover(b.subarray(o, o + len));
      if (a) { out[i * 21] = 1; out.set(a, i * 21 + 1); }
    } catch {}
    o += len;
  }
  parentPort.postMessage({ id, out }, [out.buffer]);
});
`;

/** A burst goes out in slices of this many (the worker starts on the first while the main thread reads on). */
const FLUSH_AT = 16;

type Resolve = (sender: Uint8Array | undefined) => void;

/**
 * Recovers the senders of incoming raw Ethereum txs on a worker thread (eth_sendRawTransaction), so the
 * main thread — which owns the state, the RPC and the block producer — skips its largest per-tx signature
 * operation. The sender is a pure function of the bytes, so the result is the one the main thread would
 * compute (tests/evm/sender-recovery.test.ts checks them against ethereumjs'); it is only a hint to
 * decodeEthTx, and "undefined" (a lone request while the worker is idle, a dead worker, bytes it did not
 * parse) means "recover it yourself". Requests of one turn of the event loop travel as one message.
 */
export class SenderRecovery {
  private worker?: Worker;
  private nextId = 0;
  private batch: Array<{ raw: Uint8Array; resolve: Resolve }> = [];
  private readonly waiting = new Map<number, Resolve[]>();
  private failed = false;

  /** `inlineWhenIdle` false: every request goes to the worker (tests of the worker's own answers). */
  constructor(private readonly inlineWhenIdle = true) {}

  /** The 20-byte sender of `raw` as recovered on the worker, or undefined (the caller recovers it). */
  recover(raw: Uint8Array): Promise<Uint8Array | undefined> {
    if (this.failed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      if (this.batch.length === 0) setImmediate(() => this.flush(true));
      this.batch.push({ raw, resolve });
      if (this.batch.length >= FLUSH_AT) this.flush(false);
    });
  }

  /** Requests sent to the worker and not answered yet (tests). */
  get inFlight(): number {
    return this.waiting.size;
  }

  close(): Promise<number> | undefined {
    const w = this.worker;
    this.worker = undefined;
    this.failed = true;
    this.fail();
    return w?.terminate();
  }

  private start(): Worker {
    const require = createRequire(import.meta.url);
    const workerData = {
      secp256k1: require.resolve('secp256k1'),
      nodeGypBuild: require.resolve('node-gyp-build'),
      keccakDir: path.dirname(require.resolve('keccak/package.json')),
    };
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData });
    w.unref(); // never what keeps a process alive
    w.on('message', ({ id, out }: { id: number; out: Uint8Array }) => {
      const rs = this.waiting.get(id);
      if (!rs) return;
      this.waiting.delete(id);
      rs.forEach((r, i) => r(out[i * 21] === 1 ? out.slice(i * 21 + 1, i * 21 + 21) : undefined));
    });
    // A dead worker only costs speed: every sender is recovered inline from then on.
    w.on('error', () => this.fail());
    w.on('exit', () => this.fail());
    return w;
  }

  private fail(): void {
    this.failed = true;
    this.worker = undefined;
    for (const rs of this.waiting.values()) for (const r of rs) r(undefined);
    this.waiting.clear();
    for (const b of this.batch.splice(0)) b.resolve(undefined);
  }

  /** `endOfTurn`: a lone request while nothing is in flight is answered at once (the round trip would cost more). */
  private flush(endOfTurn: boolean): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    if (this.failed) return batch.forEach((b) => b.resolve(undefined));
    if (endOfTurn && this.inlineWhenIdle && batch.length === 1 && this.waiting.size === 0) return batch[0]!.resolve(undefined);
    try {
      this.worker ??= this.start();
    } catch {
      this.fail();
      return batch.forEach((b) => b.resolve(undefined));
    }
    const id = this.nextId++;
    this.waiting.set(id, batch.map((b) => b.resolve));
    let size = 4;
    for (const b of batch) size += 4 + b.raw.length;
    const buf = new ArrayBuffer(size);
    const bytes = new Uint8Array(buf);
    const dv = new DataView(buf);
    dv.setUint32(0, batch.length, true);
    let o = 4;
    for (const b of batch) {
      dv.setUint32(o, b.raw.length, true);
      bytes.set(b.raw, o + 4);
      o += 4 + b.raw.length;
    }
    this.worker.postMessage({ id, buf }, [buf]);
  }
}
