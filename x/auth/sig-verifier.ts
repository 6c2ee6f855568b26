import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';

/** One secp256k1 signature to check: the SIGN_MODE_DIRECT sign bytes, the 64-byte signature, a 33-byte key. */
export interface SigJob {
  signBytes: Uint8Array;
  sig: Uint8Array;
  pubKey: Uint8Array;
}

// The worker's source is evaluated, not loaded from a file: the node runs as one esbuild bundle, and an
// inline worker needs no second entry point. It uses the same libsecp256k1 binding as the ante handler,
// so a signature it accepts is exactly one the ante handler would accept (low-S, compressed keys).
// A batch travels as one transferred buffer (see pack), not as three cloned arrays per job.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const secp256k1 = require(workerData.secp256k1);
parentPort.on('message', ({ id, buf }) => {
  const b = new Uint8Array(buf);
  const v = new DataView(buf);
  const n = v.getUint32(0, true);
  const ok = new Uint8Array(n);
  let o = 4;
  for (let i = 0; i < n; i++) {
    const ls = v.getUint32(o, true), lg = v.getUint32(o + 4, true), lk = v.getUint32(o + 8, true);
    o += 12;
    const signBytes = b.subarray(o, o + ls), sig = b.subarray(o + ls, o + ls + lg), pubKey = b.subarray(o + ls + lg, o + ls + lg + lk);
    o += ls + lg + lk;
    try {
      ok[i] = sig.length === 64 && secp256k1.ecdsaVerify(sig, createHash('sha256').update(signBytes).digest(), pubKey) ? 1 : 0;
    } catch {
      ok[i] = 0;
    }
  }
  parentPort.postMessage({ id, ok }, [ok.buffer]);
});
`;

/** [count u32] then per job [len signBytes, len sig, len key: u32 each][signBytes][sig][key], little-endian. */
function pack(jobs: SigJob[]): ArrayBuffer {
  let size = 4;
  for (const j of jobs) size += 12 + j.signBytes.length + j.sig.length + j.pubKey.length;
  const buf = new ArrayBuffer(size);
  const b = new Uint8Array(buf);
  const v = new DataView(buf);
  v.setUint32(0, jobs.length, true);
  let o = 4;
  for (const j of jobs) {
    v.setUint32(o, j.signBytes.length, true);
    v.setUint32(o + 4, j.sig.length, true);
    v.setUint32(o + 8, j.pubKey.length, true);
    o += 12;
    b.set(j.signBytes, o);
    b.set(j.sig, o + j.signBytes.length);
    b.set(j.pubKey, o + j.signBytes.length + j.sig.length);
    o += j.signBytes.length + j.sig.length + j.pubKey.length;
  }
  return buf;
}

/**
 * Verifies CheckTx signatures on a worker thread, so the main thread (which owns the state, the RPC and the
 * block producer) spends its time on everything else. Jobs that arrive in the same turn of the event loop
 * travel as one message. Purely an accelerator: the result only lets the ante handler skip a check it would
 * otherwise do itself, so consensus never depends on it.
 */
const FLUSH_AT = 16;

export class SigVerifier {
  private worker?: Worker;
  private nextId = 0;
  private batch: Array<{ job: SigJob; resolve: (ok: boolean) => void }> = [];
  private waiting = new Map<number, Array<(ok: boolean) => void>>();
  private failed = false;

  verify(job: SigJob): Promise<boolean> {
    if (this.failed) return Promise.resolve(false);
    return new Promise((resolve) => {
      if (this.batch.length === 0) setImmediate(() => this.flush());
      this.batch.push({ job, resolve });
      // A burst goes out in slices: the worker starts on the first while the main thread reads the rest, and
      // the first verdicts come back while it still works (one batch per turn made both threads wait in turn).
      if (this.batch.length >= FLUSH_AT) this.flush();
    });
  }

  close(): Promise<number> | undefined {
    const w = this.worker;
    this.worker = undefined;
    return w?.terminate();
  }

  private start(): Worker {
    // node:worker_threads with the first CheckTx signature (≈ 5 ms to load without the startup snapshot).
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { secp256k1: createRequire(import.meta.url).resolve('secp256k1') } });
    w.unref(); // never what keeps a process alive
    w.on('message', ({ id, ok }: { id: number; ok: Uint8Array }) => {
      const rs = this.waiting.get(id)!;
      this.waiting.delete(id);
      rs.forEach((r, i) => r(ok[i] === 1));
    });
    // A dead worker only costs speed: answer "not verified" and let the ante handler check inline.
    w.on('error', () => this.fail());
    w.on('exit', () => this.fail());
    return w;
  }

  private fail(): void {
    this.failed = true;
    this.worker = undefined;
    for (const rs of this.waiting.values()) for (const r of rs) r(false);
    this.waiting.clear();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    if (this.failed) return batch.forEach((b) => b.resolve(false));
    this.worker ??= this.start();
    const id = this.nextId++;
    this.waiting.set(id, batch.map((b) => b.resolve));
    const buf = pack(batch.map((b) => b.job));
    this.worker.postMessage({ id, buf }, [buf]);
  }
}
