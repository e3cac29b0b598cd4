import { describe, expect, it } from 'vitest';
import { catalogueFilterHref, shortList, shortListSize, SHORT_LIST_SIZE } from '../../../src/lib/catalogue/shortList.ts';
import type { RingId } from '../../../src/schemas/ids.ts';

const tool = (name: string, ring: RingId) => ({ name, ring });
const list = [tool('a', 'hold'), tool('b', 'trial'), tool('c', 'adopt'), tool('d', 'assess'), tool('e', 'adopt'), tool('f', 'trial')];

describe('shortList', () => {
  it('keeps every tool, in order, while lists are not cut or are short enough', () => {
    expect(shortList(list, (t) => t.ring, false, 2)).toEqual({ shown: list, hidden: 0 });
    expect(shortList(list, (t) => t.ring, true, 6)).toEqual({ shown: list, hidden: 0 });
  });

  it('shows the most recommended first, Adopt before Trial, the list’s order among equals, and counts the rest', () => {
    const { shown, hidden } = shortList(list, (t) => t.ring, true, 3);
    expect(shown.map((t) => t.name)).toEqual(['c', 'e', 'b']);
    expect(hidden).toBe(3);
  });

  it('takes its size from an override only when it is a whole number', () => {
    expect(shortListSize('5')).toBe(5);
    expect(shortListSize('')).toBe(SHORT_LIST_SIZE);
    expect(shortListSize('0')).toBe(SHORT_LIST_SIZE);
  });
});

describe('catalogueFilterHref', () => {
  it('writes the catalogue address as the catalogue writes its state: one key per facet, in the URL contract’s order', () => {
    expect(catalogueFilterHref('/tools/', [['stage', 'monitoring'], ['quadrant', 'ml-platforms']])).toBe('/tools/?quadrant=ml-platforms&stage=monitoring');
    expect(catalogueFilterHref('/base/tools/', [])).toBe('/base/tools/');
  });
});
