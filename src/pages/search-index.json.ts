/**
 * /search-index.json — the site search's documents and pre-built Fuse index,
 * written at build time and fetched by the search box on first use only.
 * The search configuration is validated here, so a bad value fails the build.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../data/catalogue';
import { buildSearchIndex } from '../lib/search/buildSearchIndex';
import { parseSearchConfig } from '../lib/search/parseSearchConfig';
import { SEARCH_CONFIG } from '../lib/search/searchConfig';
import type { SearchDocument } from '../lib/search/searchDocument';

export const GET: APIRoute = async () => {
  const config = parseSearchConfig(SEARCH_CONFIG);
  const { tools, labels } = await loadCatalogue();
  const capabilityNames = new Map(labels.capabilities.map((capability) => [capability.id, capability.name]));
  const documents: SearchDocument[] = tools.map((tool) => ({
    id: tool.id,
    name: tool.name,
    aliases: tool.aliases,
    description: tool.description,
    capabilities: tool.capabilities.map((id) => capabilityNames.get(id) ?? id),
    category: labels.categories[tool.category] ?? tool.category,
  }));
  return new Response(JSON.stringify(buildSearchIndex(documents, config)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
