import { describe, expect, it } from 'vitest';
import { descriptionsUrlOf } from '../../../src/components/search/loadSearcher.ts';

describe('descriptionsUrlOf', () => {
  it('puts the descriptions next to the index, keeping the version query that keeps stale cached files out', () => {
    expect(descriptionsUrlOf('/search-index.json?v=4')).toBe('/search-descriptions.json?v=4');
    expect(descriptionsUrlOf('/base/search-index.json')).toBe('/base/search-descriptions.json');
    expect(descriptionsUrlOf('/search-index.json.bak')).toBe('/search-index.json.bak');
  });
});
