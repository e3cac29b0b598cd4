import { describe, expect, it } from 'vitest';
import { describeReviewAge } from '../../../src/lib/freshness/describeReviewAge.ts';
import { bucketReviewAge } from '../../../src/lib/freshness/bucketReviewAge.ts';
import { countWholeMonths } from '../../../src/lib/freshness/countWholeMonths.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = day('2026-11-28');

describe('countWholeMonths', () => {
  it('counts a month only once its day has come round', () => {
    expect(countWholeMonths(day('2026-10-28'), NOW)).toBe(1);
    expect(countWholeMonths(day('2026-10-29'), NOW)).toBe(0);
    expect(countWholeMonths(day('2024-11-28'), NOW)).toBe(24);
    expect(countWholeMonths(day('2026-01-31'), day('2026-02-28'))).toBe(0);
    expect(countWholeMonths(day('2026-01-31'), day('2026-03-01'))).toBe(1);
  });

  it('is 0 for a review date after now (a clock ahead of the build machine)', () => {
    expect(countWholeMonths(day('2026-12-05'), NOW)).toBe(0);
  });
});

describe('describeReviewAge', () => {
  it('says how many months ago the review was', () => {
    expect(describeReviewAge(day('2026-11-28'), NOW).text).toBe('reviewed less than a month ago');
    expect(describeReviewAge(day('2026-10-20'), NOW).text).toBe('reviewed 1 month ago');
    expect(describeReviewAge(day('2026-05-01'), NOW)).toEqual({ months: 6, text: 'reviewed 6 months ago', stale: false });
  });

  it('warns only once more than twelve months have passed', () => {
    expect(describeReviewAge(day('2025-11-28'), NOW)).toEqual({ months: 12, text: 'reviewed 12 months ago', stale: false });
    expect(describeReviewAge(day('2025-11-27'), NOW)).toEqual({ months: 12, text: 'reviewed 12 months ago', stale: true });
    expect(describeReviewAge(day('2023-02-14'), NOW)).toMatchObject({ months: 45, stale: true });
  });
});

describe('bucketReviewAge', () => {
  it('groups ages for the stats page, stale entries last', () => {
    const bucket = (iso: string) => bucketReviewAge(describeReviewAge(day(iso), NOW));
    expect(bucket('2026-09-01')).toBe('under-3-months');
    expect(bucket('2026-08-28')).toBe('3-to-5-months');
    expect(bucket('2026-05-28')).toBe('6-to-12-months');
    expect(bucket('2025-11-28')).toBe('6-to-12-months');
    expect(bucket('2025-11-27')).toBe('stale');
  });
});
