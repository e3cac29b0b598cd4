/**
 * The site search's two files, /search-index.json and /search-descriptions.json,
 * built once per build from the catalogue (the search configuration and its
 * synonym table are validated here, so a bad value fails the build).
 */
import { getCollection } from 'astro:content';
import { loadCatalogue } from './catalogue';
import { buildSearchIndex, checkSynonyms, splitSearchIndex } from '../lib/search/buildSearchIndex';
import { parseSearchConfig } from '../lib/search/parseSearchConfig';
import { SEARCH_CONFIG } from '../lib/search/searchConfig';
import { toSearchDocument, toSearchVocabulary } from '../lib/search/toSearchDocument';

let cached: ReturnType<typeof load> | undefined;

async function load() {
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
  return splitSearchIndex(buildSearchIndex(documents, config, vocabulary));
}

export function loadSearchIndexFiles(): ReturnType<typeof load> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
