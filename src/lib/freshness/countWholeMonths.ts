/**
 * Calendar arithmetic for review freshness, in UTC so a page says the same
 * thing wherever it is built.
 */

/**
 * Whole calendar months from `from` to `to` (0 when `to` is earlier).
 *
 * @example
 * countWholeMonths(new Date('2026-01-31'), new Date('2026-02-28')) // → 0 (not a full month yet)
 * countWholeMonths(new Date('2026-01-15'), new Date('2026-03-15')) // → 2
 */
export function countWholeMonths(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  // The last month only counts once its day (and time) of the month has come round.
  const fromRest = from.getTime() - Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1);
  const toRest = to.getTime() - Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), 1);
  if (toRest < fromRest) months -= 1;
  return Math.max(0, months);
}
