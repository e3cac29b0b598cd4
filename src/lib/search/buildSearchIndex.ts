/**
 * Builds the search index file (/search-index.json) at build time: the
 * documents plus Fuse's pre-computed index, so the browser only parses it
 * instead of indexing on first use.
 */
import Fuse from 'fuse.js/basic';
import type { ValidSearchConfig } from './parseSearchConfig.ts';
import type { SearchDocument } from './searchDocument.ts';

/** Bump when the file's shape changes, so a stale cached file is refused rather than misread. */
export const SEARCH_INDEX_VERSION = 1;

export interface SearchIndexFile {
  version: number;
  documents: SearchDocument[];
  /** Fuse.createIndex(...).toJSON() */
  index: ReturnType<ReturnType<typeof Fuse.createIndex<SearchDocument>>['toJSON']>;
}

/**
 * @example buildSearchIndex(documents, parseSearchConfig(SEARCH_CONFIG)).documents.length === documents.length
 */
export function buildSearchIndex(documents: readonly SearchDocument[], config: ValidSearchConfig): SearchIndexFile {
  const sorted = [...documents].sort((a, b) => a.id.localeCompare(b.id));
  const index = Fuse.createIndex<SearchDocument>(
    config.keys.map((key) => ({ ...key })),
    sorted,
  );
  return { version: SEARCH_INDEX_VERSION, documents: sorted, index: index.toJSON() };
}
