// Sizes and credentials shared by the generator, the benchmark and the smoke test.

export const sizes = {
  smoke: { commitments: 200, updates: 5_000 },
  full: { commitments: 10_000, updates: 1_000_000 },
} as const;

/** The bench admin's password: a local throwaway database only, never a real account. */
export const benchPassword = process.env.BENCH_PASSWORD ?? "followthrough-bench-only";
