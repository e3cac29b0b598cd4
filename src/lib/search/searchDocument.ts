/**
 * What the site search knows about a tool: the searched fields plus what a
 * result shows. Built at build time into /search-index.json, where capability,
 * stage, concern and category names are stored once and each tool refers to
 * them by position (see buildSearchIndex.ts).
 */
import type { StatusState } from '../catalogue/catalogueTool.ts';
import type { RingId } from '../../schemas/ids.ts';

/** The fields a query word is looked for in; each has a weight in SEARCH_CONFIG. */
export const SEARCH_FIELDS = ['name', 'aliases', 'capabilities', 'stages', 'concerns', 'category', 'description'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Statuses shown as a badge in results and ranked lower. */
export const BADGED_STATUSES = ['deprecated', 'discontinued'] as const satisfies readonly StatusState[];
export type BadgedStatus = (typeof BADGED_STATUSES)[number];

/** One tool, as handed to buildSearchIndex. */
export interface SearchDocument {
  id: string;
  name: string;
  aliases: string[];
  description: string;
  /** Capability ids in the entry's order (the first is the main one), or display names when no vocabulary is given. */
  capabilities: string[];
  /** Category id, or display name when no vocabulary is given. */
  category: string;
  /** Lifecycle stage ids. */
  stages?: string[];
  /** The concerns (pain points, needs, wants) the tool addresses, with the entry's strength 1–3. */
  concerns?: { id: string; strength: number }[];
  status?: StatusState;
  /** The radar ring: among equally good matches, the rings nearer the centre come first. */
  ring?: RingId;
}

export interface VocabularyItem {
  id: string;
  name: string;
}

/** Display names of the ids the documents use. */
export interface SearchVocabulary {
  capabilities: VocabularyItem[];
  stages: VocabularyItem[];
  concerns: VocabularyItem[];
  categories: VocabularyItem[];
}

/** A tool in /search-index.json: capabilities, stages, concerns and category are positions in the file's tables. */
export interface IndexedDocument {
  id: string;
  name: string;
  /** Left out when empty. */
  aliases?: string[];
  /** Left out of the first file the browser loads; /search-descriptions.json brings it (splitSearchIndex). */
  description?: string;
  category: number;
  capabilities: number[];
  stages?: number[];
  /** [position in `concerns`, strength 1–3] */
  concerns?: [number, number][];
  /** Only deprecated and discontinued tools carry a status. */
  status?: BadgedStatus;
  ring?: RingId;
}

/** What a search returns for each matching tool, best first. */
export interface SearchHit {
  id: string;
  name: string;
  /** Category display name, shown under the result. */
  category: string;
  /** Set for deprecated and discontinued tools, which results badge. */
  status?: BadgedStatus;
  score: number;
}
