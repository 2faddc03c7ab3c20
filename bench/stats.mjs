/** Order statistics over millisecond samples. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = samples.reduce((sum, x) => sum + x, 0);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), total, pagesPerSecond: (samples.length * 1000) / total };
}

export const median = (samples) =>
  quantile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );

export const fixed = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
