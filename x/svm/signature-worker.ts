import { createRequire } from 'node:module';
import { BatchWorker } from '../../core/types/batch-worker.ts';
import type { ParsedTransaction } from './wire.ts';

/** One Solana wire transaction whose signatures to check: bytes that passed parseTransaction (the runtime aborts the process on some malformed bytes). */
interface SolanaSigJob {
  wire: Uint8Array;
  versioned: boolean;
}

/** The worker's answers. */
export const SigAnswer = {
  /** The runtime's own checks (sanitize, every signature, account locks) passed. */
  Accepted: 0,
  /** The runtime refused a signature. */
  SignatureFailure: 1,
  /** Something else stopped it first (the caller checks for itself). */
  Unknown: 2,
} as const;
export type SigAnswer = (typeof SigAnswer)[keyof typeof SigAnswer];

// The worker's source is evaluated, not loaded from a file (the node runs as one esbuild bundle; see
// x/auth/sig-verifier.ts). It holds a LiteSVM of its own with no accounts, signature checks on: the runtime
// sanitizes, checks every signature (ed25519-dalek's verify_strict, the consensus rule) and the account
// locks before it loads any account, so a transaction that gets as far as "AccountNotFound" (its fee payer,
// absent here) passed exactly the checks delivery would make; "SignatureFailure" failed them; anything else
// is no answer. Transaction error codes: AccountNotFound 2, SignatureFailure 11 (x/svm/engine/errors.ts).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { LiteSvm } = require(workerData.litesvm);
const svm = new LiteSvm();
svm.setSigverify(true);
svm.setBlockhashCheck(false);
svm.setTransactionHistory(0n);
parentPort.on('message', ({ id, buf }) => {
  const jobs = readJobs(buf);
  const out = new Uint8Array(jobs.length);
  for (let i = 0; i < jobs.length; i++) {
    const versioned = jobs[i][0][0] === 1, wire = jobs[i][1].slice();
    let answer = 2;
    try {
      const r = versioned ? svm.sendVersionedTransaction(wire) : svm.sendLegacyTransaction(wire);
      const e = typeof r.err === 'function' ? r.err() : undefined;
      answer = e === 2 ? 0 : e === 11 ? 1 : 2;
    } catch {
      answer = 2;
    }
    out[i] = answer;
  }
  parentPort.postMessage({ id, out }, [out.buffer]);
});
`;

/**
 * Checks Solana transactions' signatures on a worker thread (a BatchWorker) with the runtime's own rule, so
 * the RPC's main thread skips its largest per-transaction cost and delivery can skip the runtime's check
 * (x/svm/signatures.ts). Purely an accelerator: Unknown (a lone request while the worker is idle, a dead
 * worker, bytes the runtime refused for another reason) means "check it yourself".
 */
const ZERO = Uint8Array.of(0);
const ONE = Uint8Array.of(1);

export class SolanaSignatureWorker {
  private readonly worker = new BatchWorker<SolanaSigJob, SigAnswer>({
    source: WORKER_SOURCE,
    workerData: () => ({ litesvm: createRequire(import.meta.url).resolve('litesvm/dist/internal.js') }),
    fields: (j) => [j.versioned ? ONE : ZERO, j.wire],
    unpack: (out, n) => Array.from(out.subarray(0, n), (b) => (b === 0 ? SigAnswer.Accepted : b === 1 ? SigAnswer.SignatureFailure : SigAnswer.Unknown)),
    fallback: SigAnswer.Unknown,
    inlineWhenIdle: true,
  });

  check(tx: ParsedTransaction): Promise<SigAnswer> {
    return this.worker.run({ wire: tx.wire, versioned: tx.version === 0 });
  }

  close(): Promise<number> | undefined {
    return this.worker.close();
  }
}
