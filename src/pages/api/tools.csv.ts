/**
 * /api/tools.csv — the catalogue as one CSV table (RFC 4180, safe to open in a
 * spreadsheet). Columns: see src/lib/open-data/toolsToCsv.ts. The data is
 * CC-BY-4.0 like the JSON files (LICENSE-DATA.md); a bare table has no envelope
 * to say so, and a comment row would break spreadsheets and CSV readers.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../data/catalogue';
import { toolsToCsv } from '../../lib/open-data/toolsToCsv';
import { toolPageUrl } from '../../lib/open-data/toolPageUrl';

export const GET: APIRoute = async ({ site }) => {
  const { tools, entries } = await loadCatalogue();
  const rows = tools.map((tool, index) => ({
    ...tool,
    website: entries[index]?.data.website ?? '',
    repository: entries[index]?.data.repository,
    url: toolPageUrl(site, import.meta.env.BASE_URL, tool.id),
  }));
  return new Response(toolsToCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
