/**
 * A calendar date as YYYY-MM-DD (UTC), the form every file and page of the
 * site uses for dates.
 *
 * @example formatIsoDate(new Date('2026-11-28T00:00:00Z')) // → '2026-11-28'
 */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
