/**
 * The performance budgets of issue 5, as data: how much JavaScript a page may
 * ship on first load and the Lighthouse (mobile) scores it must reach.
 * scripts/bench-pages.ts measures the built site against them.
 */

/** The pages the benchmark measures, by role. `tool` is filled in with a real tool id. */
export const BENCH_PAGES = ['home', 'catalogue', 'map', 'tool', 'results'] as const;
export type BenchPage = (typeof BENCH_PAGES)[number];

/** Most compressed (gzip) JavaScript a page may load before anyone interacts with it, in bytes. */
export const MAX_FIRST_LOAD_JS: Partial<Record<BenchPage, number>> = {
  catalogue: 60 * 1024,
  map: 60 * 1024,
};

/** Lowest acceptable Lighthouse category scores (0–100), mobile preset. */
export const MIN_LIGHTHOUSE = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;
export type LighthouseCategory = keyof typeof MIN_LIGHTHOUSE;
export const LIGHTHOUSE_CATEGORIES = Object.keys(MIN_LIGHTHOUSE) as LighthouseCategory[];
