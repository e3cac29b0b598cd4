import { describe, expect, it } from 'vitest';
import { mapFiltersOf, markerMatches } from '../../../src/lib/map/mapFilters.ts';

describe('map filters', () => {
  const mlflow = { category: ['ml-project-frameworks'], stage: ['model-training', 'deployment'], ring: ['assess'], status: ['active'], capability: ['experiment-tracking'] };
  const cluster = { category: ['experimentation-platforms', 'data-version-control'], ring: ['trial', 'hold'], stage: ['model-training'], status: ['active', 'discontinued'] };

  it('match with OR inside a facet and AND across facets, like the catalogue', () => {
    expect(markerMatches(mlflow, {})).toBe(true);
    expect(markerMatches(mlflow, { stage: ['deployment', 'monitoring'] })).toBe(true);
    expect(markerMatches(mlflow, { stage: ['deployment'], ring: ['adopt'] })).toBe(false);
    expect(markerMatches(mlflow, { capability: ['feature-store'] })).toBe(false);
  });

  it('match a cluster when any of its tools does', () => {
    expect(markerMatches(cluster, { ring: ['hold'] })).toBe(true);
    expect(markerMatches(cluster, { category: ['data-version-control'], status: ['active'] })).toBe(true);
    expect(markerMatches(cluster, { ring: ['adopt'] })).toBe(false);
  });

  it('keep only the facets the map offers', () => {
    expect(mapFiltersOf({ stage: ['monitoring'], license: ['MIT'], ring: [] })).toEqual({ stage: ['monitoring'] });
  });
});
