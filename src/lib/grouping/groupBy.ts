/**
 * Grouping for list pages ("tools of this stage, by quadrant").
 */

export interface Group<T> {
  key: string;
  items: T[];
}

/**
 * Split items into groups by key, keeping the items' own order inside each
 * group. Groups follow `order`; keys missing from it come after, by name.
 * Empty groups are left out.
 *
 * @example
 * groupBy(['apple', 'avocado', 'banana'], (s) => s[0]!, ['b', 'a'])
 * // → [{ key: 'b', items: ['banana'] }, { key: 'a', items: ['apple', 'avocado'] }]
 */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string, order: readonly string[] = []): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => ({ key, items: list }));
}
