/**
 * Where the embedded producer's block timestamps come from (milliseconds): the wall clock plus an offset that
 * the devnet's time controls move (evm_increaseTime, evm_setNextBlockTimestamp, dev_setTime), or a fixed step
 * per block (anvil_setBlockTimestampInterval). The clock is read once per block, by the producer, and the
 * result is part of the block header: execution never reads it.
 */
export class BlockClock {
  /** Added to the wall clock. */
  private offsetMs = 0;
  /** The next block's exact time (evm_setNextBlockTimestamp), used once. */
  private nextMs: number | undefined;
  /** A fixed step from the last block's time (anvil_setBlockTimestampInterval), until removed. */
  private stepMs: number | undefined;

  constructor(private readonly wall: () => number = Date.now) {}

  /** The node's "now": the wall clock moved by the devnet's time controls. */
  now(): number {
    return this.wall() + this.offsetMs;
  }

  /** Moves "now" forward by `ms`; returns the total offset from the wall clock (anvil returns it in seconds). */
  increase(ms: number): number {
    this.offsetMs += ms;
    return this.offsetMs;
  }

  /** Sets "now" to `ms` (dev_setTime): later blocks follow from there. */
  setNow(ms: number): void {
    this.offsetMs = ms - this.wall();
  }

  setNext(ms: number): void {
    this.nextMs = ms;
  }

  get interval(): number | undefined {
    return this.stepMs;
  }
  setInterval(ms: number | undefined): void {
    this.stepMs = ms;
  }

  /**
   * The time of the block after one at `lastMs`: the one-shot time if set (then "now" continues from it, as
   * anvil's), else last + the fixed step, else "now" — never at or before the last block (times stay monotonic).
   */
  next(lastMs: number, stepMs = this.stepMs): number {
    let t: number;
    if (this.nextMs !== undefined) {
      t = this.nextMs;
      this.nextMs = undefined;
      this.setNow(t);
    } else if (stepMs !== undefined) {
      t = lastMs + stepMs;
    } else {
      t = this.now();
    }
    t = Math.max(t, lastMs + 1);
    // A block ahead of "now" (a fixed step, anvil_mine's interval) takes "now" with it, as anvil's clock does:
    // evm_increaseTime then counts from the last block, not from a wall clock it has left behind.
    if (t > this.now()) this.setNow(t);
    return t;
  }

  /** After a revert: "now" follows the reverted head (so the next block comes after it), pending one-shots gone. */
  rewound(headMs: number): void {
    this.nextMs = undefined;
    this.setNow(headMs);
  }
}
