/**
 * The site search's tunable knobs: which fields are searched, how much each
 * counts, and how fuzzy a match may be. Plain data so the browser can import
 * it without pulling in zod; src/lib/search/parseSearchConfig.ts validates it
 * when the index is built (a bad value fails the build with the field named),
 * and a unit test does too.
 *
 * - weight: a match in a field with weight 3 counts three times one with weight 1.
 * - threshold: 0 demands an exact match, 1 matches anything; 0.35 tolerates a
 *   typo or two in a short word ("mlflo" → MLflow, "kubeflwo" → Kubeflow).
 * - ignoreLocation: match anywhere in the field, not only near its start.
 */
export const SEARCH_CONFIG = {
  keys: [
    { name: 'name', weight: 4 },
    { name: 'aliases', weight: 3 },
    { name: 'capabilities', weight: 1.5 },
    { name: 'description', weight: 1 },
  ],
  threshold: 0.35,
  ignoreLocation: true,
  minMatchCharLength: 2,
  /** Results listed in the site search's popup. */
  limit: 8,
  /** Queries shorter than this show no results yet. */
  minQueryLength: 2,
} as const;

export type SearchConfig = typeof SEARCH_CONFIG;
