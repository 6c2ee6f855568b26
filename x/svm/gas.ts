/**
 * What SVM work costs in Cosmos gas (the SVM column of the gas register, like wasmd's gas_register.go).
 *
 * An SVM call pays: a flat base, its compute units at GAS_PER_COMPUTE_UNIT, and the SDK's KV gas for the
 * account records it reads and writes (through the metered store). Deploys pay KV write gas for the ELF.
 * Solana wire transactions additionally pay Solana's own fee (5,000 lamports per signature) in lamports.
 */
export const SvmGas = {
  /** One compute unit (≈ one SBF instruction) costs one gas: an increment of counter.so is ≈ 1,200 CU. */
  perComputeUnit: 1n,
  /** Flat cost of preparing and running one SVM transaction (message build, engine sync, result). */
  txBase: 5_000n,
  /** Checking one ed25519 signature of a wire transaction (the SDK charges 1,000 for secp256k1). */
  sigVerifyEd25519: 1_000n,
  /** Loading a program's compiled image (the record read itself is KV gas; the ELF is cached). */
  programLoad: 2_000n,
  /** Verifying and compiling an uploaded ELF, per byte (on top of the KV write gas for storing it). */
  deployPerByte: 2n,
} as const;

/** Compute units a gas budget can buy after the flat base. */
export function computeUnitsFor(gasRemaining: bigint, maxUnits: number): number {
  const units = gasRemaining / SvmGas.perComputeUnit;
  return units > BigInt(maxUnits) ? maxUnits : Number(units);
}
