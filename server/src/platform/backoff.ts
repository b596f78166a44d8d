/** A source of numbers in [0, 1). Injected so tests (and retries) are reproducible. */
export type RandomSource = () => number;

/** A small seeded generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/**
 * Exponential backoff with "equal jitter": the ceiling doubles per attempt (base, 2·base, 4·base …,
 * capped at max) and the delay is half the ceiling plus a random part of the other half, so retries
 * from many workers spread out but never come sooner than half the ceiling.
 *
 * @example backoffMs(3, () => 1, { baseMs: 1000, maxMs: 60_000 }) // 4000
 */
export function backoffMs(attempt: number, random: RandomSource, opts: BackoffOptions): number {
  const ceiling = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
