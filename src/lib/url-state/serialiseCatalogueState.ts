/**
 * Writes the catalogue state as a query string — the inverse of
 * parseCatalogueState. Defaults are left out, so the plain catalogue is just
 * /tools/; keys come in a fixed order so equal states give equal URLs.
 */
import { FILTER_KEYS } from '../catalogue/facets.ts';
import { DEFAULT_CATALOGUE_STATE, type CatalogueState } from './catalogueState.ts';

/**
 * @example serialiseCatalogueState({ ...DEFAULT_CATALOGUE_STATE, sort: 'ring', filters: { ring: ['adopt', 'trial'] } })
 * // → '?sort=ring&ring=adopt&ring=trial'
 */
export function serialiseCatalogueState(state: CatalogueState): string {
  const params = new URLSearchParams();
  if (state.q) params.append('q', state.q);
  for (const key of ['view', 'group', 'sort'] as const) {
    if (state[key] !== DEFAULT_CATALOGUE_STATE[key]) params.append(key, state[key]);
  }
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) params.append(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
