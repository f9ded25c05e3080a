// Median / p95 / count, the nearest-rank rule every benchmark uses (../timing.ts times with it).
export interface Stats {
  median: number;
  p95: number;
  count: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2), count: samples.length };
}
