/**
 * How fresh a tool entry is: "reviewed N months ago", and whether it is stale
 * (last reviewed more than twelve months before `now`). Pure: the caller
 * passes `now` (the build time on the site, a fixed date in tests).
 */
import { countWholeMonths } from './countWholeMonths.ts';
import { subtractMonths } from './findStaleEntries.ts';

/** Months after which an entry counts as stale and its page shows a warning. */
export const STALE_AFTER_MONTHS = 12;

export interface ReviewAge {
  /** Whole months since the review. */
  months: number;
  /** Human text, e.g. "reviewed 3 months ago". */
  text: string;
  /** True once more than STALE_AFTER_MONTHS months have passed since the review. */
  stale: boolean;
}

/**
 * @example
 * describeReviewAge(new Date('2025-01-10'), new Date('2026-03-01'))
 * // → { months: 13, text: 'reviewed 13 months ago', stale: true }
 */
export function describeReviewAge(lastReviewed: Date, now: Date): ReviewAge {
  const months = countWholeMonths(lastReviewed, now);
  const text = months === 0 ? 'reviewed less than a month ago' : months === 1 ? 'reviewed 1 month ago' : `reviewed ${months} months ago`;
  // The same rule as `npm run stale`: reviewed before the day twelve months ago.
  // On that day itself the entry is exactly twelve months old, not yet stale.
  return { months, text, stale: lastReviewed.getTime() < subtractMonths(now, STALE_AFTER_MONTHS).getTime() };
}
