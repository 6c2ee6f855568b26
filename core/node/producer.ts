import type { ConsensusParams } from '../types/consensus.ts';
import type { BaseApp } from '../baseapp/baseapp.ts';
import { proposeBlock } from '../baseapp/propose.ts';
import type { Mempool } from '../baseapp/mempool.ts';
import type { CommittedBlockEvent } from '../types/node-api.ts';
import { BlockClock } from './block-clock.ts';
import { rfc3339Nano } from '../blockstore/block-header.ts';
import { type BlockSigner, signCommit } from '../blockstore/commit.ts';
import type { StoredBlock } from '../blockstore/types.ts';

export interface ProducerOptions {
  /** Milliseconds between blocks; 0 = a block as soon as a tx or queued module work is waiting. */
  blockTimeMs: number;
  proposer: string;
  /** The app's consensus params (read per block: the ABCI handshake or InitChain may set them after start). */
  consensus: () => ConsensusParams;
  onCommit: (e: CommittedBlockEvent) => void;
  /** Block timestamps (the devnet's time controls move it); the wall clock by default. */
  clock?: BlockClock;
  /** The validator key that signs each block's commit (none: blocks carry no commit, as in unit tests). */
  signer?: BlockSigner & { readonly pubKey: Uint8Array };
  /** After a block's commit is signed, before the block runs (the node records CometBFT's last sign state). */
  onSigned?: (block: StoredBlock) => void;
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
  readonly clock: BlockClock;
  /** Milliseconds between blocks (evm_setIntervalMining changes it); 0 = no timer. */
  private blockTimeMs: number;
  /** With no timer: a block as soon as a tx waits (evm_setAutomine false leaves them in the mempool). */
  private automine = true;
  /** The last block this producer committed: the next header's last commit and part set (a revert makes it stale). */
  private last?: StoredBlock;

  constructor(
    readonly app: BaseApp,
    readonly mempool: Mempool,
    readonly opts: ProducerOptions,
  ) {
    this.clock = opts.clock ?? new BlockClock();
    this.blockTimeMs = opts.blockTimeMs;
  }

  get intervalMs(): number {
    return this.blockTimeMs;
  }
  get isAutomine(): boolean {
    return this.automine && this.blockTimeMs === 0;
  }

  /** evm_setAutomine: true = a block per waiting tx (and no timer), false = blocks only when mined or timed. */
  setAutomine(on: boolean): void {
    this.automine = on;
    if (on) this.blockTimeMs = 0;
    this.poke();
  }

  /** evm_setIntervalMining: a block every `ms` (0 = none: blocks only when mined). */
  setInterval(ms: number): void {
    this.blockTimeMs = ms;
    if (ms === 0) this.automine = false;
    this.poke();
  }

  /** Wakes the loop so it re-reads its mode (a timer set for the old interval is cut short). */
  private poke(): void {
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    this.mempool.wake();
  }

  /**
   * Runs `fn` between blocks, serialised with them (snapshot, revert, reset): no block is in flight while it
   * runs and none starts before it ends.
   */
  exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = this.inFlight.then(fn);
    this.inFlight = run.catch(() => undefined);
    return run;
  }

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
        // The first block comes at once: a fresh devnet is usable as soon as it prints its banner. Two turns of the
        // event loop first (so at least one reads the sockets): requests that came during the start, held by the
        // early binds (core/jsonrpc/early-listen.ts), are answered before block 1 executes, not after it.
        first = false;
        for (let i = 0; i < 2; i++) await new Promise<void>((r) => setImmediate(r));
        if (!this.running) break;
      } else if (this.blockTimeMs > 0) {
        const interval = this.blockTimeMs;
        await this.sleep(Math.max(0, lastStart + interval - performance.now()));
        // Woken early by a change of mode: look again rather than mine a block the new mode would not.
        if (this.blockTimeMs !== interval && performance.now() < lastStart + interval) continue;
      } else if (!this.automine) {
        await new Promise<void>((r) => (this.wake = r));
        continue;
      } else if (this.mempool.size === 0 && !this.app.hasPendingWork()) {
        await Promise.race([this.mempool.waitForTx(), new Promise<void>((r) => (this.wake = r))]);
        if (!this.automine || this.blockTimeMs > 0) continue;
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
  produce(n: number, stepMs?: number): Promise<number> {
    const run = this.inFlight.then(async () => {
      for (let i = 0; i < n && !this.stopping; i++) {
        // anvil_mine's interval: the first block at the clock's time, each later one `stepMs` after it.
        await this.produceOne(i > 0 ? stepMs : undefined);
        if (i + 1 < n) await new Promise<void>((r) => setImmediate(r));
      }
      return this.app.lastHeight;
    });
    this.inFlight = run.catch(() => undefined);
    return run;
  }

  private async produceOne(stepMs?: number): Promise<void> {
    const app = this.app;
    const timeMs = this.clock.next(app.lastBlockTimeMs, stepMs);
    const { maxGas, maxBytes } = this.opts.consensus();
    const picked = this.mempool.reap(maxGas, maxBytes);
    const txs = picked.map((t) => t.bytes);
    const signer = this.opts.signer;
    const prev = this.last?.height === app.lastHeight ? this.last : undefined;
    const block = proposeBlock(app, txs, timeMs, this.opts.proposer, { validatorPubKey: signer?.pubKey, prev });
    if (signer) {
      // The precommit, as v0.38 casts it before the block executes. Its time is CometBFT's voteTime (now, but at
      // least 1 ms after the block's), read once here and stored with the block: a restart or a replay never
      // re-signs, and ed25519 gives the same bytes for the same input anyway.
      const voteMs = Math.max(this.clock.now(), timeMs + 1);
      block.header.commit = signCommit(signer, block.header, rfc3339Nano(voteMs));
      this.opts.onSigned?.(block.header);
    }
    let release: (() => void) | undefined;
    let committed;
    try {
      // CheckTx runs on during FinalizeBlock (on the check state, in the block's pauses, as queries do) and is held
      // for Commit only, as CometBFT locks its mempool for Commit and the recheck (holding it for the whole block
      // left every sender waiting out the block: issue 17's ERC20 senders spent a third of their time there).
      await app.finalizeBlock(block);
      release = app.holdCheckTx();
      // Leftovers — and what CheckTx admitted during the block — are re-checked against the new state before any
      // CheckTx that arrived meanwhile (order kept); then CheckTx runs on while the block's batch is written.
      committed = await app.commit(() => {
        for (const t of this.mempool.removeIncluded(picked)) {
          const r = app.recheckTx(t.bytes);
          if (r.code === 0) this.mempool.add(t.bytes, r);
        }
        release!();
      });
    } finally {
      release?.();
    }
    this.last = committed.block;
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
