import { describe, expect, it } from 'vitest';
import { GROUP_KEYS, groupTools } from '../../../src/lib/catalogue/groupTools.ts';
import { RING_IDS } from '../../../src/schemas/ids.ts';
import { makeTool } from '../../helpers/catalogueRecords.ts';

describe('groupTools by ring', () => {
  const tools = [makeTool('a', { ring: 'hold' }), makeTool('b', { ring: 'adopt' }), makeTool('c', { ring: 'trial' }), makeTool('d', { ring: 'adopt' })];

  it('is a group key', () => {
    expect(GROUP_KEYS).toContain('ring');
  });

  it('puts each tool in its one ring, Adopt first, leaving out empty rings', () => {
    const groups = groupTools(tools, 'ring');
    expect(groups.map((g) => g.id)).toEqual(['adopt', 'trial', 'hold']);
    expect(groups[0]!.tools.map((t) => t.id)).toEqual(['b', 'd']);
    expect(groups.flatMap((g) => g.tools)).toHaveLength(tools.length);
  });

  it('follows an explicit order when given one', () => {
    expect(groupTools(tools, 'ring', [...RING_IDS].reverse()).map((g) => g.id)).toEqual(['hold', 'trial', 'adopt']);
  });
});
