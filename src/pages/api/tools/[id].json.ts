/**
 * /api/tools/<id>.json — one tool: its frontmatter with the derived `quadrant`
 * and page `url` (as in /api/tools.json), and under `view` the rows the compare
 * page shows, so /compare/ loads only the tools it compares. Same envelope and
 * data licence (CC-BY-4.0) as every /api document.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../../data/catalogue';
import { quadrantOfCategory } from '../../../schemas/ids';
import { serialiseEntry } from '../../../lib/open-data/serialiseCollection';
import { toolPageUrl } from '../../../lib/open-data/toolPageUrl';

export const getStaticPaths = (async () => {
  const { entries } = await loadCatalogue();
  return entries.map((entry, index) => ({ params: { id: entry.id }, props: { index } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entries, compareTools } = await loadCatalogue();
  const { index } = props as { index: number };
  const entry = entries[index]!;
  const document = serialiseEntry('tools', entry, compareTools[index]!, () => ({ quadrant: quadrantOfCategory(entry.data.category), url: toolPageUrl(site, import.meta.env.BASE_URL, entry.id) }));
  return new Response(`${JSON.stringify(document)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
