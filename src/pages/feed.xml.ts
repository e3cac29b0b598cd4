/**
 * /feed.xml — an Atom feed of tools added or changed, dated by their
 * lastReviewed date (newest first, at most 100 entries).
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../data/catalogue';
import { SITE } from '../config/site';
import { renderAtomFeed } from '../lib/open-data/renderAtomFeed';
import { siteUrl, toolPageUrl } from '../lib/open-data/toolPageUrl';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const { tools, labels } = await loadCatalogue();
  const xml = renderAtomFeed({
    title: `${SITE.name}: tools added and reviewed`,
    subtitle: 'Tools added to the catalogue or re-checked by an editor, newest first.',
    siteUrl: siteUrl(site, base, ''),
    feedUrl: siteUrl(site, base, 'feed.xml'),
    author: `${SITE.name} editors`,
    entries: tools.map((tool) => ({
      title: tool.name,
      url: toolPageUrl(site, base, tool.id),
      updated: tool.lastReviewed,
      summary: tool.description,
      categories: [labels.quadrants[tool.quadrant] ?? tool.quadrant, labels.categories[tool.category] ?? tool.category],
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
