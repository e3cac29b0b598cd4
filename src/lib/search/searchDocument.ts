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

/**
 * The tools in /search-index.json, column by column (a list per field, the tools in name order, position i of every
 * list is tool i): half the bytes of one object per tool, and quicker for the browser to parse. Capabilities, stages,
 * concerns and category are positions in the file's tables, words positions in its dictionaries.
 */
export interface IndexedTools {
  id: string[];
  name: string[];
  /** The name, then each alias, compacted (searchText's compact()) for whole-name comparison. */
  whole: string[][];
  /** Positions in the file's `nameWords` of the name's distinct words. */
  nameWords: number[][];
  /** Positions in `nameWords` of the aliases' words. */
  aliasWords: number[][];
  /** Positions in the file's `descriptionWords`; left out of the first file the browser loads (/search-descriptions.json brings them). */
  descriptionWords?: number[][];
  category: number[];
  capabilities: number[][];
  stages: number[][];
  /** [position in `concerns`, strength 1–3] */
  concerns: [number, number][][];
  /** Only deprecated and discontinued tools carry a status; 0 for the others. */
  status: (BadgedStatus | 0)[];
  /** 0 for tools without a ring. */
  ring: (RingId | 0)[];
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
