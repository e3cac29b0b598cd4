/**
 * How many tools each option of a facet would show, given the other facets'
 * selections — the numbers next to the filter checkboxes.
 */
import type { CatalogueTool } from './catalogueTool.ts';
import { facetValuesOf, type FilterKey, type Filters } from './facets.ts';
import { filterTools } from './filterTools.ts';

/**
 * @example countFacetOptions(tools, { ring: ['adopt'] }, 'ring').get('trial') // tools in Trial, ignoring the ring selection
 */
export function countFacetOptions(tools: readonly CatalogueTool[], filters: Filters, key: FilterKey, textMatches: ReadonlySet<string> | null = null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tool of filterTools(tools, filters, textMatches, key)) {
    for (const value of facetValuesOf(tool, key)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
