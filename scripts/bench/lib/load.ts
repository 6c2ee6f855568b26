/**
 * A pool of load-generator processes (lib/load-worker.ts). A job's lanes are dealt round-robin over the
 * workers; every worker connects and builds its requests first (untimed), then all start at one signal. The
 * wall time is from the signal to the last worker's answer; the workers' CPU is reported next to it so a
 * reader sees whether the load generator was the limit.
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadJob, WorkerMsg } from './load-worker.ts';

const workerPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-worker.ts');

export interface LoadResult {
  requests: number;
  seconds: number;
  /** CPU seconds of all load-generator processes during the run. */
  genCpuSec: number;
  /** The busiest worker's CPU over the wall time (1 = a full core). */
  genMaxCore: number;
}

export class LoadPool {
  private readonly workers: ChildProcess[];

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => fork(workerPath, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  }

  private next(w: ChildProcess): Promise<WorkerMsg> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load worker exited (${code})`));
      w.once('exit', onExit);
      w.once('message', (m: WorkerMsg) => {
        w.off('exit', onExit);
        if (m.type === 'error') reject(new Error(`load worker: ${m.message}`));
        else resolve(m);
      });
    });
  }

  async run(job: LoadJob): Promise<LoadResult> {
    const shares = this.workers.map((_, i) => ({ ...job, lanes: job.lanes.filter((_l, j) => j % this.size === i) }) as LoadJob);
    const active = this.workers.map((w, i) => ({ w, share: shares[i]! })).filter((a) => a.share.lanes.length > 0).map((a) => {
      a.w.send({ type: 'prepare', job: a.share });
      return a.w;
    });
    await Promise.all(active.map((w) => this.next(w)));
    const done = active.map((w) => this.next(w));
    const t0 = performance.now();
    for (const w of active) w.send({ type: 'go' });
    const res = (await Promise.all(done)) as Array<Extract<WorkerMsg, { type: 'done' }>>;
    const seconds = (performance.now() - t0) / 1000;
    return {
      requests: res.reduce((n, r) => n + r.requests, 0),
      seconds,
      genCpuSec: res.reduce((n, r) => n + r.cpuSec, 0),
      genMaxCore: Math.max(...res.map((r) => r.cpuSec / seconds)),
    };
  }

  close(): void {
    for (const w of this.workers) if (w.connected) w.send({ type: 'exit' });
  }
}
