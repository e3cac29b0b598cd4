/**
 * /search-index.json — the site search's documents without their descriptions
 * (those are /search-descriptions.json), with capability, stage, concern and
 * category names in tables the tools refer to by position, written at build
 * time and fetched by the search box and the catalogue's text filter on first
 * use only (src/data/searchIndexFiles.ts).
 */
import type { APIRoute } from 'astro';
import { loadSearchIndexFiles } from '../data/searchIndexFiles';

export const GET: APIRoute = async () => {
  const { index } = await loadSearchIndexFiles();
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
