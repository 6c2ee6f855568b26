import type { ConsensusParams } from '../types/consensus.ts';
import type { BaseApp } from '../baseapp/baseapp.ts';
import { proposeBlock } from '../baseapp/propose.ts';
import type { Mempool } from '../baseapp/mempool.ts';
import type { CommittedBlockEvent } from '../types/node-api.ts';

export interface ProducerOptions {
  /** Milliseconds between blocks; 0 = a block as soon as a tx or queued module work is waiting. */
  blockTimeMs: number;
  proposer: string;
  /** The app's consensus params (read per block: the ABCI handshake or InitChain may set them after start). */
  consensus: () => ConsensusParams;
  onCommit: (e: CommittedBlockEvent) => void;
}

/**
 * The embedded single-validator block producer: reap the mempool, FinalizeBlock, Commit, re-check what is
 * left. Block time comes from the wall clock here, once, and is then part of the block (deterministic).
 */
export class BlockProducer {
  private running = false;
  /** Set by stop(): a long produce(n) ends after the block in flight instead of mining on. */
  private stopping = false;
  private inFlight: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private wake?: () => void;

  constructor(
    readonly app: BaseApp,
    readonly mempool: Mempool,
    readonly opts: ProducerOptions,
  ) {}

  start(): void {
    this.running = true;
    void this.loop();
  }

  /**
   * The block time is the interval from one block's start to the next one's (as anvil's --block-time), not a
   * pause after each commit: a block that took 400 ms to run is followed by the next 600 ms later, so a busy
   * devnet keeps its pace instead of slowing down by its own execution time. (Block timestamps come from the
   * same clock, so they stay at least the block time apart.) CheckTx runs in the wait as before.
   */
  private async loop(): Promise<void> {
    let first = true;
    let lastStart = 0;
    while (this.running) {
      if (first) {
        // The first block comes at once: a fresh devnet is usable as soon as it prints its banner.
        first = false;
      } else if (this.opts.blockTimeMs > 0) {
        await this.sleep(Math.max(0, lastStart + this.opts.blockTimeMs - performance.now()));
      } else if (this.mempool.size === 0 && !this.app.hasPendingWork()) {
        await Promise.race([this.mempool.waitForTx(), new Promise<void>((r) => (this.wake = r))]);
      }
      if (!this.running) break;
      lastStart = performance.now();
      await this.produce(1);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((r) => {
      this.wake = r;
      this.timer = setTimeout(r, ms);
    });
  }

  /**
   * Produce n blocks back to back (also the devnet's dev_mine, anvil_mine). Serialised with the loop. Yields to
   * the event loop after every block, so RPC keeps answering and a signal is handled during a long run; a
   * stop() ends the run after the block in flight has committed (resolving with the height reached).
   */
  produce(n: number): Promise<number> {
    const run = this.inFlight.then(async () => {
      for (let i = 0; i < n && !this.stopping; i++) {
        await this.produceOne();
        if (i + 1 < n) await new Promise<void>((r) => setImmediate(r));
      }
      return this.app.lastHeight;
    });
    this.inFlight = run.catch(() => undefined);
    return run;
  }

  private async produceOne(): Promise<void> {
    const app = this.app;
    const timeMs = Math.max(Date.now(), app.lastBlockTimeMs + 1);
    const { maxGas, maxBytes } = this.opts.consensus();
    const picked = this.mempool.reap(maxGas, maxBytes);
    const txs = picked.map((t) => t.bytes);
    const block = proposeBlock(app, txs, timeMs, this.opts.proposer);
    const release = app.holdCheckTx();
    let committed;
    try {
      await app.finalizeBlock(block);
      // Leftovers are re-checked against the new state before any CheckTx that arrived meanwhile (order kept);
      // then CheckTx runs on while the block's batch is written.
      committed = await app.commit(() => {
        for (const t of this.mempool.removeIncluded(picked)) {
          const r = app.recheckTx(t.bytes);
          if (r.code === 0) this.mempool.add(t.bytes, r);
        }
        release();
      });
    } finally {
      release();
    }
    this.opts.onCommit({ block: committed.block, results: committed.results, txs: committed.txs });
  }

  /** Stops after the block in flight (if any) has committed. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    this.mempool.wake();
    await this.inFlight;
  }
}
