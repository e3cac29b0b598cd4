import { describe, expect, it } from 'vitest';
import { wholeNumberOverride } from '../../src/lib/wholeNumberOverride.ts';
import { mapListLimit, MAP_LIST_LIMIT } from '../../src/lib/layout/types.ts';

describe('wholeNumberOverride', () => {
  it('takes a whole number at or above the minimum, and the fallback for anything else', () => {
    expect(wholeNumberOverride('40', 100)).toBe(40);
    expect(wholeNumberOverride('0', 100, 0)).toBe(0);
    for (const bad of [undefined, '', '  ', '0', '-3', '2.5', 'many']) expect(wholeNumberOverride(bad, 100), String(bad)).toBe(100);
  });

  it('keeps the whole map listing every tool when the override is empty (an unset variable in a CI file)', () => {
    expect(mapListLimit('')).toBe(MAP_LIST_LIMIT);
    expect(mapListLimit('60')).toBe(60);
  });
});
