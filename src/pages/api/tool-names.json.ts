/**
 * /api/tool-names.json — every tool's id and name, `[[id, name], …]` sorted by
 * name: what a picker needs to offer tools without loading them (the compare
 * page's "Add a tool"). Same envelope and data licence as every /api document.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../data/catalogue';
import { DATA_LICENSE } from '../../lib/open-data/dataLicense';
import { OPEN_DATA_VERSION } from '../../lib/open-data/serialiseCollection';

export const GET: APIRoute = async () => {
  const { tools } = await loadCatalogue();
  const document = { version: OPEN_DATA_VERSION, collection: 'tools', ...DATA_LICENSE, count: tools.length, entries: tools.map((tool) => [tool.id, tool.name]) };
  return new Response(`${JSON.stringify(document)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
