// How the benchmarks time an operation: n runs one after another, median and p95 in milliseconds
// (the same nearest-rank rule as the UI benchmark's, so the figures compare).
import { stats } from './ui/stats';

export { stats };

export async function time(n: number, fn: (i: number) => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return stats(samples);
}
