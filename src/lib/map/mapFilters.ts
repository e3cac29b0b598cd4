/**
 * Filters on the landscape map and its embed: the catalogue's facets and URL
 * keys (/map/?stage=monitoring&ring=adopt reads like /tools/?stage=…), applied
 * to markers. A marker is a dot (one tool) or a cluster (several): it matches
 * a facet when any of its values is chosen, and the filters when it matches
 * every facet that has a choice.
 */
import type { FilterKey, Filters } from '../catalogue/facets.ts';

/** The facets the map offers. Their keys and values are the catalogue's. */
export const MAP_FILTER_KEYS = ['category', 'stage', 'capability', 'ring', 'status'] as const satisfies readonly FilterKey[];
export type MapFilterKey = (typeof MAP_FILTER_KEYS)[number];

/** A marker's values for each map facet (a cluster: the union of its tools'). */
export type MarkerValues = Partial<Record<MapFilterKey, readonly string[]>>;

/** Only the map's facets of a catalogue filter set, without empty choices. */
export function mapFiltersOf(filters: Filters): Partial<Record<MapFilterKey, readonly string[]>> {
  const out: Partial<Record<MapFilterKey, readonly string[]>> = {};
  for (const key of MAP_FILTER_KEYS) if (filters[key]?.length) out[key] = filters[key];
  return out;
}

/**
 * @example markerMatches({ ring: ['adopt'], stage: ['deployment', 'monitoring'] }, { stage: ['monitoring'] }) // → true
 */
export function markerMatches(marker: MarkerValues, filters: Partial<Record<MapFilterKey, readonly string[]>>): boolean {
  return MAP_FILTER_KEYS.every((key) => {
    const chosen = filters[key];
    if (!chosen?.length) return true;
    return (marker[key] ?? []).some((value) => chosen.includes(value));
  });
}
