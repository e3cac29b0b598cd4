import { describe, expect, it } from 'vitest';
import { tallyBy } from '../../../src/lib/stats/tallyBy.ts';

describe('tallyBy', () => {
  it('counts single and multiple keys, keeps the given order and empty keys', () => {
    const items = [{ s: ['a', 'b'] }, { s: ['b'] }, { s: ['b', 'b'] }];
    expect(tallyBy(items, (t) => t.s, ['a', 'b', 'c'])).toEqual([
      { key: 'a', count: 1 },
      { key: 'b', count: 3 },
      { key: 'c', count: 0 },
    ]);
  });

  it('lists keys outside the order after it, most frequent first, then by name', () => {
    const licences = ['MIT', 'Apache-2.0', 'proprietary', 'Apache-2.0', 'BSD-3-Clause', 'MIT', 'Apache-2.0'];
    expect(tallyBy(licences, (l) => l)).toEqual([
      { key: 'Apache-2.0', count: 3 },
      { key: 'MIT', count: 2 },
      { key: 'BSD-3-Clause', count: 1 },
      { key: 'proprietary', count: 1 },
    ]);
  });
});
