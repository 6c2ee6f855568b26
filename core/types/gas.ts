import { ErrOutOfGas } from './errors.ts';

/** Every conversion between a unit of work and Cosmos gas lives here, as named constants. */
export const GasCosts = {
  /** The SDK's KVGasConfig (store/types/gas.go). */
  readFlat: 1000,
  readPerByte: 3,
  writeFlat: 2000,
  writePerByte: 30,
  deleteFlat: 1000,
  iterNextFlat: 30,
  /** Ante: bytes of the tx and one secp256k1 verification (auth params TxSizeCostPerByte, SigVerifyCostSecp256k1). */
  txSizePerByte: 10,
  sigVerifySecp256k1: 1000,
} as const;

export class GasMeter {
  private used = 0n;
  constructor(readonly limit: bigint) {}

  get consumed(): bigint {
    return this.used;
  }
  get remaining(): bigint {
    return this.limit > this.used ? this.limit - this.used : 0n;
  }
  consume(amount: bigint | number, descriptor: string): void {
    const a = BigInt(amount);
    if (a < 0n) throw new Error(`negative gas for ${descriptor}`);
    this.used += a;
    if (this.used > this.limit) {
      throw ErrOutOfGas(`out of gas in location: ${descriptor}; gasWanted: ${this.limit}, gasUsed: ${this.used}`);
    }
  }
  /** Give back gas an operation reserved and did not use (an executor's own meter settles here). */
  refund(amount: bigint): void {
    this.used = this.used > amount ? this.used - amount : 0n;
  }
  isPastLimit(): boolean {
    return this.used > this.limit;
  }
}

/** A meter that only counts (queries, genesis, end blockers bounded by their own budgets). */
export const infiniteGasMeter = (): GasMeter => new GasMeter(2n ** 63n - 1n);
