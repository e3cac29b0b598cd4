/**
 * What a page that would list a whole part of a very large catalogue shows
 * instead (issue 14): the most recommended few — rings nearer the centre first,
 * then the list's own order — and a link to the catalogue filtered to the rest.
 * Below the limit nothing is cut.
 */
import { RING_IDS, type RingId } from '../../schemas/ids.ts';
import { wholeNumberOverride } from '../wholeNumberOverride.ts';
import { DEFAULT_CATALOGUE_STATE } from '../url-state/catalogueState.ts';
import { serialiseCatalogueState } from '../url-state/serialiseCatalogueState.ts';
import type { FilterKey } from './facets.ts';

/** Tools each list shows when the catalogue is over the list limit. NAVIGATOR_SHORT_LIST_SIZE overrides it in tests. */
export const SHORT_LIST_SIZE = 24;

/** The size in force: a whole number of at least 1 from the override, or SHORT_LIST_SIZE. */
export function shortListSize(override: string | undefined): number {
  return wholeNumberOverride(override, SHORT_LIST_SIZE);
}

export interface ShortList<T> {
  shown: T[];
  /** How many of the list are not shown (0 when nothing is cut). */
  hidden: number;
}

/**
 * @param cut whether lists are cut at all (the catalogue is over its list limit)
 * @example shortList(tools, (t) => t.ring, true, 2).shown // the two tools nearest Adopt, in the list's order among equals
 */
export function shortList<T>(items: readonly T[], ringOf: (item: T) => RingId, cut: boolean, size = SHORT_LIST_SIZE): ShortList<T> {
  if (!cut || items.length <= size) return { shown: [...items], hidden: 0 };
  const rank = (item: T) => RING_IDS.indexOf(ringOf(item));
  const shown = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .slice(0, size)
    .map(({ item }) => item);
  return { shown, hidden: items.length - size };
}

/**
 * The catalogue address with these filters, written as the catalogue itself writes its state (one key per facet,
 * in the URL contract's order).
 * @example catalogueFilterHref('/tools/', [['stage', 'monitoring'], ['quadrant', 'ml-platforms']]) // → '/tools/?quadrant=ml-platforms&stage=monitoring'
 */
export function catalogueFilterHref(toolsPath: string, filters: readonly (readonly [FilterKey, string])[]): string {
  const chosen: Partial<Record<FilterKey, string[]>> = {};
  for (const [key, value] of filters) (chosen[key] ??= []).push(value);
  return `${toolsPath}${serialiseCatalogueState({ ...DEFAULT_CATALOGUE_STATE, filters: chosen })}`;
}
