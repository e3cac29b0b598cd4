/**
 * The catalogue page's data file, /data/catalogue-<hash>.json: every tool as
 * the catalogue filters, sorts, groups and draws it, with the vocabulary and
 * labels. /tools/ names it and fetches it when a visitor first reaches for the
 * filters (or arrives with a filtered address), so the page's first HTML holds
 * only its first page of tools whatever the size of the catalogue. The hash in
 * the name lets browsers and CDNs cache it for a year (`_headers`).
 */
import { createHash } from 'node:crypto';
import { loadCatalogue } from './catalogue';
import { withBase } from '../lib/withBase';
import { cataloguePageSize, paginateGroups } from '../lib/catalogue/paginateGroups';
import { groupTools } from '../lib/catalogue/groupTools';
import { sortTools } from '../lib/catalogue/sortTools';
import { DEFAULT_CATALOGUE_STATE } from '../lib/url-state/catalogueState';

/** Each grouping has a page per group (built by the taxonomy pages); group headings link there. */
export const GROUP_PAGES = { category: 'categories/', stage: 'stages/', quadrant: 'quadrants/', ring: 'rings/' } as const;

/** Tools per catalogue page; NAVIGATOR_CATALOGUE_PAGE_SIZE overrides it (tests build small catalogues with small pages). */
export const pageSize = (): number => cataloguePageSize(process.env.NAVIGATOR_CATALOGUE_PAGE_SIZE);

let cached: Promise<{ name: string; text: string }> | undefined;

export function loadCatalogueFile(): Promise<{ name: string; text: string }> {
  const load = async () => {
    const { tools, vocabulary, groupOrder, groupLabels, labels } = await loadCatalogue();
    const base = import.meta.env.BASE_URL;
    const text = JSON.stringify({
      tools,
      vocabulary,
      groupOrder,
      groupLabels,
      groupPages: Object.fromEntries(Object.entries(GROUP_PAGES).map(([key, path]) => [key, withBase(base, path)])),
      itemLabels: { categories: labels.categories, rings: labels.rings },
      toolPages: withBase(base, 'tools/'),
    });
    return { name: `catalogue-${createHash('sha256').update(text).digest('hex').slice(0, 10)}`, text };
  };
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

let pagesCached: ReturnType<typeof paginate> | undefined;

async function paginate() {
  const { tools, groupOrder } = await loadCatalogue();
  const state = DEFAULT_CATALOGUE_STATE;
  const grouping = state.group === 'none' ? 'category' : state.group;
  const groups = groupTools(sortTools(tools, state.sort), grouping, groupOrder[grouping]);
  return { grouping, pages: paginateGroups(groups, pageSize()), total: tools.length };
}

/** The default view (grouped by category, by name) cut into pages, once per build: /tools/ is page 1, /tools/page/<n>/ the rest. */
export function loadCataloguePages(): ReturnType<typeof paginate> {
  if (import.meta.env.DEV) return paginate();
  pagesCached ??= paginate();
  return pagesCached;
}

