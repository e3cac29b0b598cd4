/**
 * /api/tools.json — every tool entry's frontmatter, plus the derived `quadrant`
 * and the absolute `url` of its page. Envelope: { version, collection, license,
 * licenseUrl, attribution, count, entries }; the data is CC-BY-4.0 (LICENSE-DATA.md).
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../data/catalogue';
import { quadrantOfCategory } from '../../schemas/ids';
import { serialiseCollection } from '../../lib/open-data/serialiseCollection';
import { toolPageUrl } from '../../lib/open-data/toolPageUrl';

export const GET: APIRoute = async ({ site }) => {
  const { entries } = await loadCatalogue();
  const document = serialiseCollection('tools', entries, (entry) => ({
    quadrant: quadrantOfCategory(entry.data.category),
    url: toolPageUrl(site, import.meta.env.BASE_URL, entry.id),
  }));
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
