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
// A batch travels as one transferred buffer (packJobs), not as three cloned arrays per job.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const secp256k1 = require(workerData.secp256k1);
parentPort.on('message', ({ id, buf }) => {
  const jobs = readJobs(buf);
  const out = new Uint8Array(jobs.length);
  for (let i = 0; i < jobs.length; i++) {
    const [signBytes, sig, pubKey] = jobs[i];
    try {
      out[i] = sig.length === 64 && secp256k1.ecdsaVerify(sig, createHash('sha256').update(signBytes).digest(), pubKey) ? 1 : 0;
    } catch {
      out[i] = 0;
    }
  }
  parentPort.postMessage({ id, out }, [out.buffer]);
});
`;

/**
 * Verifies CheckTx signatures on a worker thread (a BatchWorker). Purely an accelerator: the result only lets
 * the ante handler skip a check it would otherwise do itself ("false" when the worker gives no answer).
 */
export class SigVerifier {
  private readonly worker = new BatchWorker<SigJob, boolean>({
    source: WORKER_SOURCE,
    workerData: () => ({ secp256k1: createRequire(import.meta.url).resolve('secp256k1') }),
    fields: (j) => [j.signBytes, j.sig, j.pubKey],
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
