import { createRequire } from 'node:module';
import { BatchWorker } from '../../core/types/batch-worker.ts';

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
  const out = new Uint8Array(n);
  let o = 4;
  for (let i = 0; i < n; i++) {
    const ls = v.getUint32(o, true), lg = v.getUint32(o + 4, true), lk = v.getUint32(o + 8, true);
    o += 12;
    const signBytes = b.subarray(o, o + ls), sig = b.subarray(o + ls, o + ls + lg), pubKey = b.subarray(o + ls + lg, o + ls + lg + lk);
    o += ls + lg + lk;
    try {
      out[i] = sig.length === 64 && secp256k1.ecdsaVerify(sig, createHash('sha256').update(signBytes).digest(), pubKey) ? 1 : 0;
    } catch {
      out[i] = 0;
    }
  }
  parentPort.postMessage({ id, out }, [out.buffer]);
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
 * Verifies CheckTx signatures on a worker thread (a BatchWorker). Purely an accelerator: the result only lets
 * the ante handler skip a check it would otherwise do itself ("false" when the worker gives no answer).
 */
export class SigVerifier {
  private readonly worker = new BatchWorker<SigJob, boolean>({
    source: WORKER_SOURCE,
    workerData: () => ({ secp256k1: createRequire(import.meta.url).resolve('secp256k1') }),
    pack,
    unpack: (out, n) => Array.from(out.subarray(0, n), (b) => b === 1),
    fallback: false,
  });

  verify(job: SigJob): Promise<boolean> {
    return this.worker.run(job);
  }

  close(): Promise<number> | undefined {
    return this.worker.close();
  }
}
