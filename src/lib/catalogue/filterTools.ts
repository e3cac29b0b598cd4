/**
 * Applies the catalogue's filters: a tool stays when, for every facet with a
 * selection, it has at least one selected value (AND across facets, OR within
 * one), and — when a text search ran — it is among the matches.
 */
import type { CatalogueTool } from './catalogueTool.ts';
import { FILTER_KEYS, facetValuesOf, type FilterKey, type Filters } from './facets.ts';

/**
 * @param textMatches ids matched by the text search, or null when there is no search text.
 * @param skip        a facet to ignore (used to count the options of that facet).
 * @example filterTools(tools, { ring: ['adopt'], stage: ['deployment', 'monitoring'] }).map((t) => t.id)
 */
export function filterTools<T extends CatalogueTool>(tools: readonly T[], filters: Filters, textMatches: ReadonlySet<string> | null = null, skip?: FilterKey): T[] {
  const active = FILTER_KEYS.filter((key) => key !== skip && (filters[key]?.length ?? 0) > 0);
  return tools.filter((tool) => {
    if (textMatches && !textMatches.has(tool.id)) return false;
    return active.every((key) => {
      const wanted = filters[key] ?? [];
      return facetValuesOf(tool, key).some((value) => wanted.includes(value));
    });
  });
}
