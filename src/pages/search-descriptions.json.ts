/**
 * /search-descriptions.json — the descriptions half of the site search's index
 * (splitSearchIndex): fetched right after /search-index.json, whose results
 * come first, and merged into the searcher when it arrives.
 */
import type { APIRoute } from 'astro';
import { loadSearchIndexFiles } from '../data/searchIndexFiles';

export const GET: APIRoute = async () => {
  const { descriptions } = await loadSearchIndexFiles();
  return new Response(JSON.stringify(descriptions), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
