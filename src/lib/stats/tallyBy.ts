/**
 * Counting for the stats page: how many items fall under each key, where an
 * item may have one key (its quadrant) or several (its stages).
 */

export interface Tally {
  key: string;
  count: number;
}

/**
 * Count items per key. Keys listed in `order` come first, in that order, and
 * are kept even when their count is 0 (an empty bar says something too); any
 * other key follows, most frequent first, then alphabetically.
 *
 * @example
 * tallyBy([{ s: ['a', 'b'] }, { s: ['b'] }], (t) => t.s, ['a', 'b', 'c'])
 * // → [{ key: 'a', count: 1 }, { key: 'b', count: 2 }, { key: 'c', count: 0 }]
 */
export function tallyBy<T>(items: readonly T[], keysOf: (item: T) => string | readonly string[], order: readonly string[] = []): Tally[] {
  const counts = new Map<string, number>(order.map((key) => [key, 0]));
  for (const item of items) {
    const keys = keysOf(item);
    for (const key of new Set(typeof keys === 'string' ? [keys] : keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const known = new Set(order);
  const rest = [...counts].filter(([key]) => !known.has(key)).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return [...order.map((key) => ({ key, count: counts.get(key) ?? 0 })), ...rest.map(([key, count]) => ({ key, count }))];
}
