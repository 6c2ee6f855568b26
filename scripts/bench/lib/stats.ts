/** min / median / max of a benchmark's rounds (the median of an even count is the mean of the middle two). */
export function spread(xs: number[]): { min: number; median: number; max: number } {
  if (xs.length === 0) throw new Error('spread of no values');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return { min: s[0]!, median: s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2, max: s[s.length - 1]! };
}

export const fmtSpread = (xs: number[], digits = 0): string => {
  const { min, median, max } = spread(xs);
  return `${min.toFixed(digits)} / ${median.toFixed(digits)} / ${max.toFixed(digits)}`;
};
