import { describe, expect, it } from 'vitest';
import type { FilterVocabulary } from '../../../src/lib/catalogue/facets.ts';
import { DEFAULT_CATALOGUE_STATE } from '../../../src/lib/url-state/catalogueState.ts';
import { parseCatalogueState } from '../../../src/lib/url-state/parseCatalogueState.ts';
import { serialiseCatalogueState } from '../../../src/lib/url-state/serialiseCatalogueState.ts';
import { CATEGORY_IDS, PERSONA_IDS, QUADRANT_IDS, RING_IDS, STAGE_IDS } from '../../../src/schemas/ids.ts';

const vocabulary: FilterVocabulary = {
  quadrant: QUADRANT_IDS,
  category: CATEGORY_IDS,
  stage: STAGE_IDS,
  capability: ['experiment-tracking'],
  persona: PERSONA_IDS,
  ring: RING_IDS,
  offering: ['open-source'],
  license: ['MIT'],
  hosting: ['saas'],
  cloud: ['neutral'],
  status: ['active'],
};

describe('catalogue state: group=ring', () => {
  it('reads group=ring (any case) without notices', () => {
    expect(parseCatalogueState('?group=Ring', vocabulary)).toEqual({ state: { ...DEFAULT_CATALOGUE_STATE, group: 'ring', filters: {} }, notices: [] });
  });

  it('round-trips through the query string', () => {
    const state = { ...DEFAULT_CATALOGUE_STATE, group: 'ring' as const, filters: { ring: ['adopt'] } };
    const query = serialiseCatalogueState(state);
    expect(query).toBe('?group=ring&ring=adopt');
    expect(parseCatalogueState(query, vocabulary).state).toEqual(state);
  });

  it('still rejects unknown groupings, listing ring among the allowed ones', () => {
    const { notices } = parseCatalogueState('?group=colour', vocabulary);
    expect(notices).toEqual(['Ignored group "colour": not a known group; use one of: category, stage, quadrant, ring, none.']);
  });
});
