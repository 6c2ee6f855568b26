import { WEI_PER_UTRV } from '../types/index.ts';

/**
 * The rounding rule between the bank's utrv and the EVM's wei.
 *
 * An address's EVM balance is exact: `wei = utrv × 10^12 + fractional`, where `utrv` is its bank balance and
 * `fractional` (0 ≤ fractional < 10^12) is kept by x/evm next to the account's nonce. Writing a wei balance
 * splits it the same way (floor division), so no wei is ever created or lost by the conversion; the bank sees
 * only whole utrv, and a Cosmos-side read of an address that holds 1.5 utrv worth of wei shows 1 utrv.
 * Changing the whole part mints or burns utrv, so the bank's supply is always the sum of the whole parts and
 * the wei total exceeds supply × 10^12 by exactly the sum of the fractional parts.
 */
export function splitWei(wei: bigint): { utrv: bigint; fractional: bigint } {
  if (wei < 0n) throw new Error(`negative balance ${wei}`);
  return { utrv: wei / WEI_PER_UTRV, fractional: wei % WEI_PER_UTRV };
}

export function joinWei(utrv: bigint, fractional: bigint): bigint {
  return utrv * WEI_PER_UTRV + fractional;
}

/** Whole utrv needed to cover `wei` (for the Cosmos side of fees): ceil(wei / 10^12). */
export function weiToUtrvCeil(wei: bigint): bigint {
  return (wei + WEI_PER_UTRV - 1n) / WEI_PER_UTRV;
}
