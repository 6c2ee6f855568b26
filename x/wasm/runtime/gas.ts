import { ContractRevertError, GasExhaustedError } from './errors.ts';

/**
 * What each operation of a contract costs, in contract gas units. One unit of computation is one metered
 * point in the source (a function entry, a loop iteration, a branch, a call — see metering.ts). The
 * conversion to Cosmos gas is one constant in x/wasm/gas-register.ts.
 */
export interface GasSchedule {
  /** One metering point (function entry, loop iteration, branch taken, call expression). */
  computation: number;
  /** Loading the contract for a call (wasmd's instance cost, scaled to our units). */
  callBase: number;
  stateRead: number;
  /** Per UTF-8 byte of key plus value read. */
  stateReadByte: number;
  stateWrite: number;
  /** Per UTF-8 byte of key plus value written. */
  stateWriteByte: number;
  stateDelete: number;
  /** Per entry returned by a range scan. */
  stateIterItem: number;
  /** Per emitted action or event. */
  emission: number;
  /** Per debug log line. */
  log: number;
  /** Per xchain.math operation. */
  math: number;
  /** Per hash or signature check (xchain.crypto). */
  crypto: number;
  /** Per ledger query (balances, another contract's info). */
  query: number;
  /** Per started KiB of JSON crossing the bridge (arguments and result of every gateway call). */
  bridgeKiB: number;
}

/** XChain's documented defaults (computation 1, read 100, write 200, emission 500) plus the per-byte terms. */
export const DEFAULT_GAS_SCHEDULE: Readonly<GasSchedule> = Object.freeze({
  computation: 1,
  callBase: 1_000,
  stateRead: 100,
  stateReadByte: 1,
  stateWriteByte: 3,
  stateWrite: 200,
  stateDelete: 100,
  stateIterItem: 30,
  emission: 500,
  log: 20,
  math: 5,
  crypto: 300,
  query: 200,
  bridgeKiB: 10,
});

/** A schedule must be complete, and every entry a non-negative safe integer (gas is never fractional). */
export function validateGasSchedule(s: Partial<Record<keyof GasSchedule, unknown>>): GasSchedule {
  const out = {} as GasSchedule;
  for (const k of Object.keys(DEFAULT_GAS_SCHEDULE) as Array<keyof GasSchedule>) {
    const v = s[k];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      throw new Error(`gas schedule: ${k} must be a non-negative integer, got ${JSON.stringify(v)}`);
    }
    out[k] = v;
  }
  for (const k of Object.keys(s)) if (!(k in DEFAULT_GAS_SCHEDULE)) throw new Error(`gas schedule: unknown entry ${k}`);
  return Object.freeze(out);
}

/**
 * Accumulates one call's charges against its ceiling. Crossing the ceiling throws GasExhaustedError and
 * leaves `used` above the ceiling, which is what makes a `\x03GAS` error trustworthy (bridge.ts).
 */
export class GasTracker {
  private _used = 0;
  constructor(
    readonly schedule: GasSchedule,
    readonly ceiling: number,
  ) {
    if (!Number.isSafeInteger(ceiling) || ceiling < 0) throw new Error(`gas ceiling must be a non-negative integer, got ${ceiling}`);
  }
  get used(): number {
    return this._used;
  }
  get remaining(): number {
    return this._used >= this.ceiling ? 0 : this.ceiling - this._used;
  }
  get exhausted(): boolean {
    return this._used > this.ceiling;
  }

  /** Charge `count` times the schedule's price for `op`. */
  charge(op: keyof GasSchedule, count = 1): void {
    this.add(this.schedule[op] * count);
  }
  /** Charge `points` metering points (the isolate batches them; see wrapper.ts). */
  chargeComputation(points: number): void {
    if (!Number.isSafeInteger(points) || points < 0) throw new ContractRevertError(`invalid gas charge ${points}`);
    this.add(this.schedule.computation * points);
  }
  /** Charge a raw amount of units. */
  add(units: number): void {
    this._used += units;
    if (this._used > this.ceiling) throw new GasExhaustedError(this._used, this.ceiling);
  }
}
