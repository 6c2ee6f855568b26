import type { SimulateResult } from '../executor/executor.ts';
import { RpcCodes, RpcError } from './errors.ts';

/** Bisection steps at most (2^-24 of 50 M gas is 3 gas: the 1.5 % rule stops far sooner; this is a backstop). */
export const MAX_ESTIMATE_STEPS = 24;

/**
 * eth_estimateGas: geth's search. Run at the cap; the gas the run needed is a lower bound; 64/63 of it (CALL's
 * 63/64 rule, plus the SSTORE stipend) usually suffices; then bisect until within 1.5 %.
 */
export async function searchGas(cap: bigint, run: (gas: bigint) => Promise<SimulateResult>, failure: (r: SimulateResult) => RpcError): Promise<bigint> {
  const first = await run(cap);
  if (!first.success) {
    if (first.vmError === 'out of gas' || first.vmError?.startsWith('intrinsic gas too low')) {
      throw new RpcError(RpcCodes.Server, `gas required exceeds allowance (${cap})`);
    }
    throw failure(first);
  }
  let lo = first.gasNeeded - 1n;
  let hi = cap;
  const optimistic = ((first.gasNeeded + 2300n) * 64n) / 63n;
  if (optimistic < hi) {
    if ((await run(optimistic)).success) hi = optimistic;
    else lo = optimistic;
  }
  if (lo < hi - 1n && (await run(first.gasNeeded)).success) return first.gasNeeded;
  for (let step = 0; step < MAX_ESTIMATE_STEPS && lo + 1n < hi; step++) {
    if ((hi - lo) * 1000n < hi * 15n) break;
    const mid = (lo + hi) / 2n;
    if ((await run(mid)).success) hi = mid;
    else lo = mid;
  }
  return hi;
}
