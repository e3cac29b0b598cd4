import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../src/lib/grouping/groupBy.ts';

describe('groupBy', () => {
  it('groups in the given order, keeps item order, drops empty groups and appends unknown keys by name', () => {
    const tools = [
      { id: 'a', q: 'specialized' },
      { id: 'b', q: 'cloud' },
      { id: 'c', q: 'zeta' },
      { id: 'd', q: 'specialized' },
      { id: 'e', q: 'alpha' },
    ];
    const groups = groupBy(tools, (t) => t.q, ['cloud', 'platforms', 'specialized']);
    expect(groups.map((g) => [g.key, g.items.map((t) => t.id)])).toEqual([
      ['cloud', ['b']],
      ['specialized', ['a', 'd']],
      ['alpha', ['e']],
      ['zeta', ['c']],
    ]);
  });
});
