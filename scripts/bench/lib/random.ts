// A seeded PRNG (sfc32), so that the same seed always gives the same benchmark database.

export type Random = ReturnType<typeof createRandom>;

function hashSeed(seed: string): number[] {
  let h = 1779033703 ^ seed.length;
  const out: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < seed.length; i++) {
      h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
      h = (h << 13) | (h >>> 19);
    }
    h = Math.imul(h ^ (h >>> 16), 2246822507 + round);
    out.push((h ^= h >>> 13) >>> 0);
  }
  return out;
}

const base36 = "0123456789abcdefghijklmnopqrstuvwxyz";

export function createRandom(seed: string) {
  let [a, b, c, d] = hashSeed(seed);
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
      return items[items.length - 1];
    },
    /** A cuid-shaped id (25 lowercase characters), as the app's own rows have. */
    id(): string {
      let id = "c";
      for (let i = 0; i < 24; i++) id += base36[Math.floor(next() * 36)];
      return id;
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
}

/**
 * Splits `total` over `n` items by a Zipf law (weight 1/rank^exponent), exactly: floors first, then
 * the remainder to the largest fractions. Rank 1 is item 0.
 */
export function zipfCounts(total: number, n: number, exponent: number): number[] {
  const weights = Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, exponent));
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const byFraction = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) counts[byFraction[k][1]]++;
  return counts;
}
