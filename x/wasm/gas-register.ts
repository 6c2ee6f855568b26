/**
 * Every conversion between x/wasm's work and Cosmos gas (wasmd's gas_register.go). Contract execution is
 * metered in XChain units by the runtime's GasSchedule (runtime/gas.ts); this file says what a unit costs.
 */

/**
 * Cosmos gas per contract gas unit. With 10, XChain's defaults line up with the SDK's KV costs: a state
 * read (100 units) costs 1,000 gas like the SDK's ReadFlat, a write (200) 2,000 like WriteFlat, a written
 * byte (3 units) 30 like WritePerByte.
 */
export const COSMOS_GAS_PER_UNIT = 10n;

/** Storing code: Cosmos gas per byte of (uncompressed) source — parsing, metering and a V8 compile. */
export const STORE_CODE_GAS_PER_BYTE = 3n;
/** Storing code: flat part (the throwaway-isolate syntax check). */
export const STORE_CODE_GAS_FLAT = 50_000n;

export const toCosmosGas = (units: number): bigint => BigInt(units) * COSMOS_GAS_PER_UNIT;

/** The most contract units a Cosmos gas budget buys (rounded down: a partial unit is not spendable). */
export function toContractUnits(cosmosGas: bigint): number {
  const u = cosmosGas / COSMOS_GAS_PER_UNIT;
  return u > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(u);
}
