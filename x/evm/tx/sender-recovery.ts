import { createRequire } from 'node:module';
import path from 'node:path';
import secp256k1 from 'secp256k1';
import { BatchWorker } from '../../../core/types/batch-worker.ts';
import { keccak256 } from '../crypto.ts';

// The worker's source is evaluated, not loaded from a file (the node runs as one esbuild bundle; see
// x/auth/sig-verifier.ts). For each raw tx it rebuilds the signing payload from the raw bytes — the RLP items
// before v, r, s (plus chainId, 0, 0 for an EIP-155 legacy tx) under a new list header, behind the type byte —
// recovers the key with the same libsecp256k1 binding and hashes it with the same XKCP keccak as the main
// thread. It trusts nothing it has not parsed: any surprise gives "not recovered", and the main thread then
// recovers the sender itself, after the strict pass (x/evm/tx/strict.ts) has judged the bytes.
// RECOVER_SOURCE is the recovery itself (free names: secp256k1, keccak); the main thread evaluates the same text
// for recoverHere, so both answer from one implementation.
const RECOVER_SOURCE = `
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
`;
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const secp256k1 = require(workerData.secp256k1);
const Sponge = require(workerData.nodeGypBuild)(workerData.keccakDir);
const sponge = new Sponge();
const keccak = (b) => { sponge.initialize(1088, 512); sponge.absorb(Buffer.from(b.buffer, b.byteOffset, b.byteLength)); return sponge.squeeze(32); };
${RECOVER_SOURCE}
parentPort.on('message', ({ id, buf }) => {
  const jobs = readJobs(buf);
  const out = new Uint8Array(jobs.length * 21);
  for (let i = 0; i < jobs.length; i++) {
    try {
      const a = recover(jobs[i][0]);
      if (a) { out[i * 21] = 1; out.set(a, i * 21 + 1); }
    } catch {}
  }
  parentPort.postMessage({ id, out }, [out.buffer]);
});
`;

type Recover = (raw: Uint8Array) => Uint8Array | undefined;
let recoverHere: Recover | undefined;

/** Per tx 21 bytes: [1 = recovered][20-byte sender]. */
function unpack(out: Uint8Array, n: number): Array<Uint8Array | undefined> {
  return Array.from({ length: n }, (_, i) => (out[i * 21] === 1 ? out.slice(i * 21 + 1, i * 21 + 21) : undefined));
}

/**
 * Recovers the senders of incoming raw Ethereum txs on a worker thread (eth_sendRawTransaction), so the
 * main thread — which owns the state, the RPC and the block producer — skips its largest per-tx signature
 * operation. The sender is a pure function of the bytes, so the result is the one the main thread would
 * compute (tests/evm/sender-recovery.test.ts checks them against ethereumjs'); it is only a hint to
 * decodeEthTx, and "undefined" (a lone request while the worker is idle, a dead worker, bytes it did not
 * parse) means "recover it yourself". Requests of one turn of the event loop travel as one message.
 */
export class SenderRecovery {
  private readonly worker: BatchWorker<Uint8Array, Uint8Array | undefined>;

  /** `inlineWhenIdle` false: every request goes to the worker (tests of the worker's own answers). */
  constructor(inlineWhenIdle = true) {
    this.worker = new BatchWorker({
      source: WORKER_SOURCE,
      workerData: () => {
        const require = createRequire(import.meta.url);
        return {
          secp256k1: require.resolve('secp256k1'),
          nodeGypBuild: require.resolve('node-gyp-build'),
          keccakDir: path.dirname(require.resolve('keccak/package.json')),
        };
      },
      fields: (raw) => [raw],
      unpack,
      fallback: undefined,
      inlineWhenIdle,
    });
  }

  /** The 20-byte sender of `raw` as recovered on the worker, or undefined (the caller recovers it). */
  recover(raw: Uint8Array): Promise<Uint8Array | undefined> {
    return this.worker.run(raw);
  }

  /**
   * The same recovery on this thread, at once: for a lone tx whose answer is awaited (automine answers a send
   * once its block is mined), where the worker's round trip and a turn of the event loop cost more than the
   * ≈ 70 µs of work, and the raw-bytes signing payload is cheaper than ethereumjs' re-serialisation.
   */
  recoverHere(raw: Uint8Array): Uint8Array | undefined {
    try {
      const a = (recoverHere ??= new Function('secp256k1', 'keccak', `${RECOVER_SOURCE}\nreturn recover;`)(secp256k1, keccak256) as Recover)(raw);
      return a?.length === 20 ? Uint8Array.from(a) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Requests sent to the worker and not answered yet (tests). */
  get inFlight(): number {
    return this.worker.inFlight;
  }

  close(): Promise<number> | undefined {
    return this.worker.close();
  }
}
