/**
 * Applies the catalogue's filters: a tool stays when, for every facet with a
 * selection, it has at least one selected value (AND across facets, OR within
 * one), and — when a text search ran — it is among the matches.
 */
import type { CatalogueTool } from './catalogueTool.ts';
import { FILTER_KEYS, facetValuesOf, type FilterKey, type Filters } from './facets.ts';

/**
 * @param textMatches ids matched by the text search, or null when there is no search text. Given
 *                    as a list ranked best first (as the search returns them), the result keeps
 *                    that order, so the catalogue can show the best matches first; given as a set,
 *                    the tools keep their own order.
 * @param skip        a facet to ignore (used to count the options of that facet).
 * @example filterTools(tools, { ring: ['adopt'], stage: ['deployment', 'monitoring'] }).map((t) => t.id)
 * @example filterTools(tools, {}, searcher.search('vector', tools.length).map((hit) => hit.id)) // vector databases, best match first
 */
export function filterTools<T extends CatalogueTool>(tools: readonly T[], filters: Filters, textMatches: ReadonlySet<string> | readonly string[] | null = null, skip?: FilterKey): T[] {
  const active = FILTER_KEYS.filter((key) => key !== skip && (filters[key]?.length ?? 0) > 0);
  const keep = (tool: T) =>
    active.every((key) => {
      const wanted = filters[key] ?? [];
      return facetValuesOf(tool, key).some((value) => wanted.includes(value));
    });
  if (textMatches === null) return tools.filter(keep);
  if (isRanked(textMatches)) {
    const byId = new Map(tools.map((tool) => [tool.id, tool]));
    return textMatches.flatMap((id) => {
      const tool = byId.get(id);
      return tool && keep(tool) ? [tool] : [];
    });
  }
  return tools.filter((tool) => textMatches.has(tool.id) && keep(tool));
}

function isRanked(matches: ReadonlySet<string> | readonly string[]): matches is readonly string[] {
  return Array.isArray(matches);
}
