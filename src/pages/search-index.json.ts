/**
 * /search-index.json — the site search's documents, with capability, stage,
 * concern and category names in tables the tools refer to by position, written
 * at build time and fetched by the search box and the catalogue's text filter
 * on first use only. The search configuration is validated here (and its
 * synonym table against the content), so a bad value fails the build.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadCatalogue } from '../data/catalogue';
import { buildSearchIndex, checkSynonyms } from '../lib/search/buildSearchIndex';
import { parseSearchConfig } from '../lib/search/parseSearchConfig';
import { SEARCH_CONFIG } from '../lib/search/searchConfig';
import { toSearchDocument, toSearchVocabulary } from '../lib/search/toSearchDocument';

export const GET: APIRoute = async () => {
  const config = parseSearchConfig(SEARCH_CONFIG);
  const [{ entries }, capabilities, stages, concerns, categories] = await Promise.all([
    loadCatalogue(),
    getCollection('capabilities'),
    getCollection('stages'),
    getCollection('concerns'),
    getCollection('categories'),
  ]);
  const vocabulary = toSearchVocabulary({ capabilities, stages, concerns, categories });
  checkSynonyms(config, vocabulary);
  const documents = entries.map((entry) => toSearchDocument(entry.id, entry.data));
  return new Response(JSON.stringify(buildSearchIndex(documents, config, vocabulary)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
