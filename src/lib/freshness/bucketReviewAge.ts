/**
 * Review-age groups for the stats page, oldest last, the last one being the
 * stale entries that carry a warning on their pages.
 */
import type { ReviewAge } from './describeReviewAge.ts';

export const REVIEW_AGE_BUCKETS = [
  { id: 'under-3-months', label: 'Less than 3 months' },
  { id: '3-to-5-months', label: '3 to 5 months' },
  { id: '6-to-12-months', label: '6 to 12 months' },
  { id: 'stale', label: 'More than 12 months (stale)' },
] as const;
export type ReviewAgeBucket = (typeof REVIEW_AGE_BUCKETS)[number]['id'];

/**
 * @example
 * bucketReviewAge({ months: 4, text: 'reviewed 4 months ago', stale: false }) // → '3-to-5-months'
 */
export function bucketReviewAge(age: ReviewAge): ReviewAgeBucket {
  if (age.stale) return 'stale';
  if (age.months < 3) return 'under-3-months';
  if (age.months < 6) return '3-to-5-months';
  return '6-to-12-months';
}
