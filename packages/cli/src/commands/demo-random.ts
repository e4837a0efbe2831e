/**
 * A small seeded random source for the demo, so the same seed always gives the same circle.
 * mulberry32: 32 bits of state, fast, and plenty for made-up activity (not for secrets).
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Whole number in [0, n). */
  below(n: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** An index drawn with probability proportional to `weights[i]` (all ≥ 0, some > 0). */
  weighted(weights: ArrayLike<number>): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    below: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    weighted(weights) {
      let total = 0;
      for (let i = 0; i < weights.length; i++) total += weights[i]!;
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i]!;
        if (r < 0) return i;
      }
      // Rounding can leave r at a hair above 0: the last positive weight takes it.
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
      return 0;
    },
  };
}
