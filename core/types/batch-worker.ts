import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';

/**
 * What a BatchWorker runs. The worker's source is evaluated, not loaded from a file (the node runs as one
 * esbuild bundle, and an inline worker needs no second entry point); it answers each `{ id, buf }` message
 * with `{ id, out }`, `out` a Uint8Array that `unpack` reads into one result per job. `buf` holds the jobs'
 * byte fields (see packJobs); the source is run after a prelude defining `readJobs(buf)`, which returns them
 * as one array of subarrays per job.
 */
export interface BatchWorkerSpec<J, R> {
  source: string;
  /** The worker's `workerData`, computed when the worker first starts (module paths it requires). */
  workerData: () => unknown;
  /** A job's inputs as byte fields, the same number for every job. */
  fields: (job: J) => Uint8Array[];
  unpack: (out: Uint8Array, count: number) => R[];
  /** The answer when the worker gives none (closed, dead, or a lone job answered inline): "do it yourself". */
  fallback: R;
  /** A lone job of a turn while nothing is in flight gets `fallback` at once: the round trip costs more than the work. */
  inlineWhenIdle?: boolean;
}

/**
 * [count u32][fields per job u32] then, per job and field, [length u32][bytes], little-endian: one buffer,
 * transferred rather than cloned, for a whole slice of jobs.
 */
export function packJobs(fields: Uint8Array[][]): ArrayBuffer {
  const k = fields.length ? fields[0]!.length : 0;
  let size = 8;
  for (const f of fields) for (const x of f) size += 4 + x.length;
  const buf = new ArrayBuffer(size);
  const bytes = new Uint8Array(buf);
  const dv = new DataView(buf);
  dv.setUint32(0, fields.length, true);
  dv.setUint32(4, k, true);
  let o = 8;
  for (const f of fields)
    for (const x of f) {
      dv.setUint32(o, x.length, true);
      bytes.set(x, o + 4);
      o += 4 + x.length;
    }
  return buf;
}

/** The worker side of packJobs, prepended to every worker's source. */
const READ_JOBS = `
function readJobs(buf) {
  const b = new Uint8Array(buf), dv = new DataView(buf);
  const n = dv.getUint32(0, true), k = dv.getUint32(4, true), jobs = new Array(n);
  let o = 8;
  for (let i = 0; i < n; i++) {
    const f = new Array(k);
    for (let j = 0; j < k; j++) { const len = dv.getUint32(o, true); f[j] = b.subarray(o + 4, o + 4 + len); o += 4 + len; }
    jobs[i] = f;
  }
  return jobs;
}
`;

/** Jobs sent in slices of this many: the worker starts on the first while the main thread reads the rest. */
const FLUSH_AT = 16;

/**
 * A worker thread answering pure functions of their inputs (signature checks, sender recovery) in batches, so
 * the main thread — which owns the state, the RPC and the block producer — spends its time on everything else.
 * Jobs of one turn of the event loop travel as one transferred buffer. Purely an accelerator: a result only
 * lets the caller skip work it would otherwise do itself, so consensus never depends on it.
 */
export class BatchWorker<J, R> {
  private worker?: Worker;
  private nextId = 0;
  private batch: Array<{ job: J; resolve: (r: R) => void }> = [];
  private readonly waiting = new Map<number, Array<(r: R) => void>>();
  private failed = false;

  constructor(private readonly spec: BatchWorkerSpec<J, R>) {}

  run(job: J): Promise<R> {
    if (this.failed) return Promise.resolve(this.spec.fallback);
    return new Promise((resolve) => {
      if (this.batch.length === 0) setImmediate(() => this.flush(true));
      this.batch.push({ job, resolve });
      if (this.batch.length >= FLUSH_AT) this.flush(false);
    });
  }

  /** Batches sent to the worker and not answered yet (tests). */
  get inFlight(): number {
    return this.waiting.size;
  }

  /** Stops the worker; whatever is in flight or asked later gets the fallback. */
  close(): Promise<number> | undefined {
    const w = this.worker;
    this.fail();
    return w?.terminate();
  }

  private start(): Worker {
    // node:worker_threads with the first job (≈ 5 ms to load without the startup snapshot).
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const w = new Worker(READ_JOBS + this.spec.source, { eval: true, workerData: this.spec.workerData() });
    w.unref(); // never what keeps a process alive
    w.on('message', ({ id, out }: { id: number; out: Uint8Array }) => {
      const rs = this.waiting.get(id);
      if (!rs) return;
      this.waiting.delete(id);
      const results = this.spec.unpack(out, rs.length);
      rs.forEach((r, i) => r(results[i]!));
    });
    // A dead worker only costs speed: every job gets the fallback from then on.
    w.on('error', () => this.fail());
    w.on('exit', () => this.fail());
    return w;
  }

  private fail(): void {
    this.failed = true;
    this.worker = undefined;
    const { fallback } = this.spec;
    for (const rs of this.waiting.values()) for (const r of rs) r(fallback);
    this.waiting.clear();
    for (const b of this.batch.splice(0)) b.resolve(fallback);
  }

  private flush(endOfTurn: boolean): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    const { fallback } = this.spec;
    if (this.failed) return batch.forEach((b) => b.resolve(fallback));
    if (endOfTurn && this.spec.inlineWhenIdle && batch.length === 1 && this.waiting.size === 0) return batch[0]!.resolve(fallback);
    try {
      this.worker ??= this.start();
    } catch {
      this.fail();
      return batch.forEach((b) => b.resolve(fallback));
    }
    const id = this.nextId++;
    this.waiting.set(id, batch.map((b) => b.resolve));
    const buf = packJobs(batch.map((b) => this.spec.fields(b.job)));
    this.worker.postMessage({ id, buf }, [buf]);
  }
}
