/**
 * /api/tools/<id>.json — one tool: its frontmatter with the derived `quadrant`
 * and page `url` (as in /api/tools.json), and under `view` the rows the compare
 * page shows, so /compare/ loads only the tools it compares. Same envelope and
 * data licence (CC-BY-4.0) as every /api document.
 *
 * Thousands of one-file routes would each cost Astro a few milliseconds, so
 * this one route writes every tool's document at once, and the build splits it
 * into the per-tool files (the `split-tool-files` integration in
 * astro.config.mjs), leaving no combined file behind.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../data/catalogue';
import { quadrantOfCategory } from '../../schemas/ids';
import { serialiseEntry } from '../../lib/open-data/serialiseCollection';
import { toolPageUrl } from '../../lib/open-data/toolPageUrl';

export const GET: APIRoute = async ({ site }) => {
  const { entries, compareTools } = await loadCatalogue();
  const files = Object.fromEntries(
    entries.map((entry, index) => [entry.id, serialiseEntry('tools', entry, compareTools[index]!, () => ({ quadrant: quadrantOfCategory(entry.data.category), url: toolPageUrl(site, import.meta.env.BASE_URL, entry.id) }))]),
  );
  return new Response(JSON.stringify({ files }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
