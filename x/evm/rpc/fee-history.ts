import type { ChainView, EthBlockView } from './chain-view.ts';
import { invalidParams } from './errors.ts';
import type { BlockEnv } from './format.ts';
import { parseQuantity, quantity } from './hex.ts';

/** eth_feeHistory(blockCount, newestBlock, rewardPercentiles?): the base fee is fixed, the tips are real. */
export function feeHistory(view: ChainView, env: BlockEnv, p: unknown[], resolveHeight: (tag: unknown, name: string) => number) {
  const count = Number(parseQuantity(p[0], 'blockCount'));
  if (count < 1 || count > 1024) throw invalidParams('blockCount must be between 1 and 1024');
  const newest = resolveHeight(p[1], 'newestBlock');
  const percentiles = p[2] === undefined || p[2] === null ? undefined : (p[2] as unknown[]).map(Number);
  if (percentiles && percentiles.some((x, i) => !(x >= 0 && x <= 100) || (i > 0 && x < percentiles[i - 1]!))) {
    throw invalidParams('rewardPercentiles must be increasing values in [0, 100]');
  }
  const oldest = Math.max(0, newest - count + 1);
  const baseFeePerGas: string[] = [];
  const gasUsedRatio: number[] = [];
  const reward: string[][] = [];
  for (let h = oldest; h <= newest; h++) {
    const b = view.block(h);
    baseFeePerGas.push(quantity(env.baseFee));
    gasUsedRatio.push(b ? Number(b.gasUsed) / Number(env.gasLimit) : 0);
    if (percentiles) reward.push(rewards(b, env.baseFee, percentiles));
  }
  baseFeePerGas.push(quantity(env.baseFee));
  return { oldestBlock: quantity(oldest), baseFeePerGas, gasUsedRatio, ...(percentiles ? { reward } : {}) };
}

/** Effective tips at the given gas-weighted percentiles (geth's rule). */
function rewards(b: EthBlockView | undefined, baseFee: bigint, percentiles: number[]): string[] {
  if (!b || b.txs.length === 0) return percentiles.map(() => '0x0');
  const sorted = b.txs.map((t) => ({ tip: t.effectiveGasPrice - baseFee, gas: t.gasUsed })).sort((x, y) => (x.tip < y.tip ? -1 : x.tip > y.tip ? 1 : 0));
  const total = Number(b.gasUsed);
  return percentiles.map((pct) => {
    const threshold = (total * pct) / 100;
    let sum = 0;
    for (const s of sorted) {
      sum += Number(s.gas);
      if (sum >= threshold) return quantity(s.tip);
    }
    return quantity(sorted[sorted.length - 1]!.tip);
  });
}
