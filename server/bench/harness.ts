/**
 * Small helpers shared by the benchmarks: latency percentiles, throughput and peak memory.
 * Benchmarks print figures; they never assert (they are not timed tests).
 */
export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(samplesMs: number[]): LatencyStats {
  const s = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
  return { count: s.length, p50: at(50), p95: at(95), p99: at(99), max: s[s.length - 1] ?? 0 };
}

/** Runs `fn` `n` times (after `warmup` runs) and returns its latency percentiles in ms. */
export async function measure(n: number, fn: (i: number) => Promise<unknown> | unknown, warmup = 5) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return percentiles(samples);
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function fmt(stats: LatencyStats): string {
  const f = (x: number) => x.toFixed(2);
  return `n=${stats.count} p50=${f(stats.p50)}ms p95=${f(stats.p95)}ms p99=${f(stats.p99)}ms max=${f(stats.max)}ms`;
}

export function rate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString('en-US')}/s`;
}
