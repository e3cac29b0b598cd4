/**
 * The catalogue's filter facets: their query-string keys (part of the public
 * URL contract of /tools/, see README) and how each reads its values off a tool.
 * Filters combine with AND across facets and OR within one facet.
 */
import type { CatalogueTool } from './catalogueTool.ts';

/** Facet keys, in the order the filter form shows them. */
export const FILTER_KEYS = ['quadrant', 'category', 'stage', 'capability', 'persona', 'ring', 'offering', 'license', 'hosting', 'cloud', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The value a tool that is tied to no cloud has for the `cloud` facet. */
export const CLOUD_NEUTRAL = 'neutral';

/** Selected values per facet; a missing or empty list means "any". */
export type Filters = Partial<Record<FilterKey, readonly string[]>>;

/** The allowed values of every facet (from the content at build time). */
export type FilterVocabulary = Record<FilterKey, readonly string[]>;

/**
 * The values a tool has for one facet.
 *
 * @example facetValuesOf(mlflow, 'stage') // → ['model-training', 'model-evaluation', 'deployment']
 * @example facetValuesOf(dvc, 'cloud')    // → ['neutral']
 */
export function facetValuesOf(tool: CatalogueTool, key: FilterKey): readonly string[] {
  switch (key) {
    case 'quadrant':
      return [tool.quadrant];
    case 'category':
      return [tool.category];
    case 'stage':
      return tool.stages;
    case 'capability':
      return tool.capabilities;
    case 'persona':
      return tool.personas;
    case 'ring':
      return [tool.ring];
    case 'offering':
      return [tool.offering];
    case 'license':
      return [tool.license];
    case 'hosting':
      return [tool.hosting];
    case 'cloud':
      return tool.clouds.length > 0 ? tool.clouds : [CLOUD_NEUTRAL];
    case 'status':
      return [tool.status];
  }
}
