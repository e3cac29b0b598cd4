/**
 * The catalogue in pages, so no page that lists tools grows with the catalogue:
 * the grouped list is cut after every `size` distinct tools. Without
 * JavaScript, /tools/ is the first page and /tools/page/<n>/ the others; with
 * it, the catalogue shows the first `size` matching tools and a "Show more"
 * button, the same cut applied to whatever the filters leave.
 */
import type { ToolGroup } from './groupTools.ts';
import { wholeNumberOverride } from '../wholeNumberOverride.ts';

/**
 * Tools per page. A hundred cards keep the page quick to lay out on a slow phone (Lighthouse's mobile profile: at
 * about 420 cards on one page, laying them out blocked the main thread for over 300 ms).
 */
export const CATALOGUE_PAGE_SIZE = 100;

/**
 * The page size from an override (an environment variable in builds and tests),
 * or the default when it is missing or not a whole number of at least 1.
 * @example cataloguePageSize('40') // → 40
 */
export function cataloguePageSize(override: string | undefined): number {
  return wholeNumberOverride(override, CATALOGUE_PAGE_SIZE);
}

export interface PagedGroup<T> extends ToolGroup<T> {
  /** True when the group began on an earlier page. */
  continued: boolean;
  /** The group's size over all pages, for its heading's count. */
  total: number;
}

/**
 * Cuts groups into pages of at most `size` distinct tools each, in order. A
 * tool listed under several groups counts once, on the page where it first
 * appears, and is kept on that page under every group it belongs to there.
 * @example paginateGroups([{ id: 'a', tools: [1, 2, 3] }], 2).map((p) => p.map((g) => g.tools)) // → [[[1, 2]], [[3]]]
 */
export function paginateGroups<T extends { id: string }>(groups: readonly ToolGroup<T>[], size: number): PagedGroup<T>[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginateGroups: the page size must be a whole number of at least 1, not ${size}`);
  const pages: PagedGroup<T>[][] = [];
  const pageOf = new Map<string, number>();
  let current: PagedGroup<T>[] = [];
  let count = 0;
  const flush = () => {
    if (current.length > 0) pages.push(current);
    current = [];
    count = 0;
  };
  for (const group of groups) {
    let part: PagedGroup<T> | undefined;
    let started = false;
    for (const tool of group.tools) {
      const seen = pageOf.get(tool.id);
      if (seen === undefined) {
        if (count === size) {
          flush();
          part = undefined;
        }
        pageOf.set(tool.id, pages.length);
        count++;
      } else if (seen !== pages.length) {
        // Listed already on an earlier page, under another group.
        continue;
      }
      if (!part) {
        part = { id: group.id, tools: [], continued: started, total: group.tools.length };
        current.push(part);
      }
      started = true;
      part.tools.push(tool);
    }
  }
  flush();
  return pages;
}

/** The address of page `n` (1-based) of the catalogue, relative to the site root. */
export function cataloguePagePath(n: number): string {
  return n <= 1 ? 'tools/' : `tools/page/${n}/`;
}

/**
 * Where page `index` (0-based) of `pages` starts and ends in the whole list, counting distinct tools, 1-based.
 * @example pageRange([[{ tools: [{ id: 'a' }, { id: 'b' }] }], [{ tools: [{ id: 'c' }] }]], 1) // → { first: 3, last: 3 }
 */
export function pageRange(pages: readonly (readonly { tools: readonly { id: string }[] }[])[], index: number): { first: number; last: number } {
  const distinct = (page: readonly { tools: readonly { id: string }[] }[]) => new Set(page.flatMap((g) => g.tools.map((t) => t.id))).size;
  let before = 0;
  for (let i = 0; i < index; i++) before += distinct(pages[i]!);
  return { first: before + 1, last: before + distinct(pages[index] ?? []) };
}
