/**
 * The search itself, shared by the site search box and the catalogue's text
 * filter. Loaded in the browser with import() on first use only, together with
 * fuse.js; it takes the parsed /search-index.json and answers queries
 * synchronously (well under a frame for the catalogue's size).
 */
import Fuse from 'fuse.js/basic';
import { SEARCH_INDEX_VERSION, type SearchIndexFile } from './buildSearchIndex.ts';
import type { SearchDocument } from './searchDocument.ts';
import { SEARCH_CONFIG, type SearchConfig } from './searchConfig.ts';

export interface Searcher {
  /** Best matches first; an empty array for queries shorter than minQueryLength. */
  search(query: string, limit?: number): SearchDocument[];
  size: number;
}

/**
 * @throws Error when the file is not a search index of the expected version (e.g. a stale cache).
 * @example createSearcher(indexFile).search('mlflo')[0]?.id // → 'mlflow'
 */
export function createSearcher(file: SearchIndexFile, config: SearchConfig = SEARCH_CONFIG): Searcher {
  if (file?.version !== SEARCH_INDEX_VERSION || !Array.isArray(file.documents)) {
    throw new Error(`search-index.json: expected version ${SEARCH_INDEX_VERSION} with a documents list; rebuild the site (npm run build).`);
  }
  const fuse = new Fuse<SearchDocument>(
    file.documents,
    {
      keys: config.keys.map((key) => ({ ...key })),
      threshold: config.threshold,
      ignoreLocation: config.ignoreLocation,
      minMatchCharLength: config.minMatchCharLength,
    },
    Fuse.parseIndex<SearchDocument>(file.index),
  );
  return {
    size: file.documents.length,
    search(query, limit = config.limit) {
      const text = query.trim();
      if (text.length < config.minQueryLength) return [];
      return fuse.search(text, { limit }).map((result) => result.item);
    },
  };
}
