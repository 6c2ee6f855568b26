/**
 * CosmWasm gas, as cosmwasm-vm prices it, and its conversion to SDK gas (wasmd's gas register).
 * All integers: Wasm gas accumulates below 2^53 and settles into the SDK meter in whole units.
 */

/** cosmwasm-vm: a flat 150,000 Wasm gas per Wasm operation (the 1 Teragas per ms target, docs/GAS.md). */
export const GAS_PER_OP = 150_000;
/** wasmd's DefaultGasMultiplier: Wasm gas per SDK gas. */
export const GAS_MULTIPLIER = 140_000_000;
/** cosmwasm-vm's GAS_PER_US: Wasm gas per microsecond of host work. */
const US = 1_000_000_000;

/** cosmwasm-vm's GasConfig (environment.rs, 2.x): host functions, in Wasm gas. */
export const HostGas = {
  secp256k1Verify: 154 * US,
  secp256k1RecoverPubkey: 162 * US,
  secp256r1Verify: 279 * US,
  secp256r1RecoverPubkey: 592 * US,
  ed25519Verify: 63 * US,
  ed25519BatchVerifyBase: 0,
  ed25519BatchVerifyPerSig: (63 * US) / 2,
  ed25519BatchVerifyOnePubkeyPerSig: (63 * US) / 4,
  bls12381AggregateG1Base: (136 * US) / 2,
  bls12381AggregateG1PerPoint: (24 * US) / 2,
  bls12381AggregateG2Base: (207 * US) / 2,
  bls12381AggregateG2PerPoint: (49 * US) / 2,
  bls12381HashToG1: 563 * US,
  bls12381HashToG2: 871 * US,
  bls12381PairingBase: 2112 * US,
  bls12381PairingPerPoint: 163 * US,
  /** addr_canonicalize / addr_validate / addr_humanize: wasmd's DefaultGasCostCanonicalAddress / HumanAddress × multiplier. */
  addrCanonicalize: 4 * GAS_MULTIPLIER,
  addrHumanize: 5 * GAS_MULTIPLIER,
  /** debug: free (wasmd only records the message). */
} as const;

/** wasmd's gas register (x/wasm/types/gas_register.go), SDK gas. */
export const WasmdGas = {
  /** Loading an instance for a call (DefaultInstanceCost). */
  instanceCost: 60_000n,
  /** Per byte of uncompressed code at store (DefaultCompileCost). */
  compilePerByte: 3n,
  /** Events the contract returns: per attribute, per custom event, per byte past the free tier. */
  perAttribute: 10n,
  perCustomEvent: 20n,
  attributeDataPerByte: 1n,
  attributeDataFreeTier: 100n,
} as const;

/** Headroom above this is reported as this: sums of Wasm gas stay exact integers below 2^53. */
const HEADROOM_CAP = 2n ** 52n;

/** Wasm gas → SDK gas as it accrues: each whole SDK gas is charged as soon as it is used, the fraction carried. */
export class WasmGasSettler {
  private pending = 0;
  /** `remaining`: the SDK gas the meter can still take; without it `headroom()` is 0 (settle every add). */
  constructor(
    private readonly charge: (sdkGas: number, what: string) => void,
    private readonly remaining?: () => bigint,
  ) {}
  /**
   * The least Wasm gas whose `add` would run the meter out now: any sum below it may be added later in one
   * `add` with the same result as in parts (the Wasm isolate batches `usegas` up to it).
   */
  headroom(): number {
    if (!this.remaining) return 0;
    const h = (this.remaining() + 1n) * BigInt(GAS_MULTIPLIER) - BigInt(this.pending);
    return Number(h > HEADROOM_CAP ? HEADROOM_CAP : h);
  }
  add(wasmGas: number, what: string): void {
    this.pending += wasmGas;
    if (this.pending >= GAS_MULTIPLIER) {
      const whole = Math.floor(this.pending / GAS_MULTIPLIER);
      this.pending -= whole * GAS_MULTIPLIER;
      this.charge(whole, what);
    }
  }
  /** At the end of a call the fraction is dropped, as wasmd's integer division FromWasmVMGas drops it. */
  finish(): void {
    this.pending = 0;
  }
}
