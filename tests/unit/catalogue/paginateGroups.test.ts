import { describe, expect, it } from 'vitest';
import { cataloguePagePath, cataloguePageSize, CATALOGUE_PAGE_SIZE, pageRange, paginateGroups } from '../../../src/lib/catalogue/paginateGroups';

const tools = (...ids: string[]) => ids.map((id) => ({ id }));
const shape = (pages: ReturnType<typeof paginateGroups<{ id: string }>>) => pages.map((page) => page.map((g) => `${g.id}${g.continued ? '+' : ''}:${g.tools.map((t) => t.id).join(',')}`));

describe('paginateGroups', () => {
  it('cuts the grouped list after every `size` tools, continuing a group on the next page', () => {
    const groups = [
      { id: 'a', tools: tools('1', '2', '3') },
      { id: 'b', tools: tools('4', '5') },
    ];
    expect(shape(paginateGroups(groups, 2))).toEqual([['a:1,2'], ['a+:3', 'b:4'], ['b+:5']]);
    expect(paginateGroups(groups, 2)[1]![0]!.total).toBe(3);
  });

  it('puts everything on one page when it fits, and gives no page for no tools', () => {
    const groups = [{ id: 'a', tools: tools('1', '2') }];
    expect(shape(paginateGroups(groups, 500))).toEqual([['a:1,2']]);
    expect(paginateGroups([], 10)).toEqual([]);
  });

  it('counts a tool listed under several groups once, on the page where it first appears', () => {
    const groups = [
      { id: 'train', tools: tools('x', 'y') },
      { id: 'serve', tools: tools('x', 'z', 'y') },
    ];
    // Page 1 holds x and y (under both groups where they appear on it); z starts page 2.
    expect(shape(paginateGroups(groups, 2))).toEqual([['train:x,y', 'serve:x'], ['serve+:z']]);
    const pages = paginateGroups(groups, 2);
    const distinct = pages.map((page) => new Set(page.flatMap((g) => g.tools.map((t) => t.id))).size);
    expect(distinct).toEqual([2, 1]);
  });

  it('lists every tool exactly once over all pages of a large catalogue', () => {
    const ids = Array.from({ length: 1234 }, (_, i) => `t${i}`);
    const groups = [0, 1, 2].map((g) => ({ id: `g${g}`, tools: tools(...ids.filter((_, i) => i % 3 === g)) }));
    const pages = paginateGroups(groups, 500);
    expect(pages.map((page) => page.reduce((sum, g) => sum + g.tools.length, 0))).toEqual([500, 500, 234]);
    expect(pages.flat().flatMap((g) => g.tools.map((t) => t.id)).sort()).toEqual([...ids].sort());
  });

  it('says which tools of the whole list a page holds, counting a tool in several groups once', () => {
    const pages = paginateGroups([{ id: 'train', tools: tools('x', 'y') }, { id: 'serve', tools: tools('x', 'z', 'y') }], 2);
    expect(pageRange(pages, 0)).toEqual({ first: 1, last: 2 });
    expect(pageRange(pages, 1)).toEqual({ first: 3, last: 3 });
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginateGroups([], 0)).toThrow(/at least 1/);
  });
});

describe('cataloguePageSize and cataloguePagePath', () => {
  it('reads a whole-number override and falls back to the default otherwise', () => {
    expect(cataloguePageSize('40')).toBe(40);
    for (const bad of [undefined, '', '0', '-3', '2.5', 'many']) expect(cataloguePageSize(bad)).toBe(CATALOGUE_PAGE_SIZE);
  });

  it('keeps /tools/ as the first page', () => {
    expect(cataloguePagePath(1)).toBe('tools/');
    expect(cataloguePagePath(3)).toBe('tools/page/3/');
  });
});
