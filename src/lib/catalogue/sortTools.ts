/**
 * Sort orders of the catalogue. Every order falls back to the name so the
 * result never depends on the input order.
 */
import { RING_IDS } from '../../schemas/ids.ts';
import type { CatalogueTool } from './catalogueTool.ts';
import { compareNames } from '../text/compareNames.ts';

/** Sort keys as they appear in the query string (`?sort=ring`). */
export const SORT_KEYS = ['name', 'ring', 'first-release', 'last-reviewed'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const byName = (a: CatalogueTool, b: CatalogueTool) => compareNames(a.name, b.name) || a.id.localeCompare(b.id);

const COMPARATORS: Record<SortKey, (a: CatalogueTool, b: CatalogueTool) => number> = {
  name: byName,
  // Adopt first, Hold last: the radar read from the centre outwards.
  ring: (a, b) => RING_IDS.indexOf(a.ring) - RING_IDS.indexOf(b.ring) || byName(a, b),
  // Oldest first (the most proven); tools with an unknown year go last.
  'first-release': (a, b) => (a.firstRelease ?? Infinity) - (b.firstRelease ?? Infinity) || byName(a, b),
  // Most recently reviewed first.
  'last-reviewed': (a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || byName(a, b),
};

/**
 * A sorted copy; the input is left alone.
 *
 * @example sortTools(tools, 'ring')[0].ring // → 'adopt'
 */
export function sortTools<T extends CatalogueTool>(tools: readonly T[], key: SortKey): T[] {
  return [...tools].sort(COMPARATORS[key]);
}
