/**
 * The state of the catalogue page (/tools/) — text, filters, sort, grouping and
 * view — as it lives in the query string. The keys and values are a public URL
 * contract (README, "Catalogue, search, compare and open data"):
 *
 *   /tools/?q=track&stage=deployment&stage=monitoring&ring=adopt&sort=ring&group=stage&view=list
 *
 * List filters may repeat the key or separate values with commas.
 */
import type { FilterKey } from '../catalogue/facets.ts';
import type { GroupKey } from '../catalogue/groupTools.ts';
import type { SortKey } from '../catalogue/sortTools.ts';

export const VIEW_KEYS = ['grid', 'list'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

/** Longest search text kept from the address bar. */
export const MAX_QUERY_LENGTH = 100;

export interface CatalogueState {
  /** Free-text search (fuzzy, over name, aliases, description and capabilities). */
  q: string;
  view: ViewKey;
  group: GroupKey;
  sort: SortKey;
  /** Selected values per facet, in vocabulary order; only facets with a selection. */
  filters: Partial<Record<FilterKey, string[]>>;
}

export const DEFAULT_CATALOGUE_STATE: CatalogueState = Object.freeze({
  q: '',
  view: 'grid',
  group: 'category',
  sort: 'name',
  filters: Object.freeze({}),
});
