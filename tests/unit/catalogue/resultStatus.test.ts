import { describe, expect, it } from 'vitest';
import { resultStatus, showMoreLabel } from '../../../src/lib/catalogue/resultStatus';

describe('resultStatus', () => {
  it('says all tools are shown, or how many match, when everything matching is on screen', () => {
    expect(resultStatus({ matching: 421, total: 421, shown: 421 })).toBe('Showing all 421 tools.');
    expect(resultStatus({ matching: 12, total: 421, shown: 12 })).toBe('Showing 12 of 421 tools.');
  });

  it('says how many are on screen when the rest wait behind "Show more"', () => {
    expect(resultStatus({ matching: 10000, total: 10000, shown: 500 })).toBe('Showing the first 500 of 10,000 tools.');
    expect(resultStatus({ matching: 1200, total: 10000, shown: 500 })).toBe('1,200 of 10,000 tools match; showing the first 500.');
  });

  it('adds that the best matches come first for a text search with more than one match', () => {
    expect(resultStatus({ matching: 3, total: 421, shown: 3, byRelevance: true })).toBe('Showing 3 of 421 tools. Best matches first.');
    expect(resultStatus({ matching: 1, total: 421, shown: 1, byRelevance: true })).toBe('Showing 1 of 421 tools.');
  });
});

describe('showMoreLabel', () => {
  it('offers the next page, or what is left when less than a page remains', () => {
    expect(showMoreLabel(500, 9500)).toBe('Show 500 more tools (9,500 not shown yet)');
    expect(showMoreLabel(500, 1)).toBe('Show 1 more tool (1 not shown yet)');
  });
});
