/**
 * Builds the search index file (/search-index.json) at build time. It holds
 * each capability, stage, concern and category name once, in tables, and the
 * tools refer to them by position, so the file stays small: no pre-computed
 * index either, as the browser reads the few hundred tools in a millisecond.
 */
import type { ValidSearchConfig } from './parseSearchConfig.ts';
import { BADGED_STATUSES, type BadgedStatus, type IndexedDocument, type SearchDocument, type SearchVocabulary, type VocabularyItem } from './searchDocument.ts';

/** Bump when the file's shape changes, so a stale cached file is refused rather than misread. */
export const SEARCH_INDEX_VERSION = 3; // 3: descriptions moved to /search-descriptions.json

/**
 * Most bytes /search-index.json may take gzip-compressed, per tool (the
 * descriptions are most of it). tests/unit/search/relevance.test.ts checks it
 * on the real catalogue. For scale: 92 bytes per tool when this was set (421
 * tools, 38 KB); the earlier file with Fuse's pre-built index took 168 (70 KB).
 */
export const MAX_INDEX_GZIP_BYTES_PER_TOOL = 110;

/**
 * Most bytes the first part of the index (splitSearchIndex: everything but the descriptions) may take
 * gzip-compressed, per tool: 60 KB for 1,000 tools, issue 14's budget for what the first search loads.
 */
export const MAX_FIRST_INDEX_GZIP_BYTES_PER_TOOL = 60;

/** [id, display name] */
export type VocabularyEntry = [string, string];

export interface SearchIndexFile {
  version: number;
  capabilities: VocabularyEntry[];
  stages: VocabularyEntry[];
  concerns: VocabularyEntry[];
  categories: VocabularyEntry[];
  documents: IndexedDocument[];
}

type Kind = keyof SearchVocabulary;
const KIND_FOLDERS: Record<Kind, string> = { capabilities: 'content/capabilities', stages: 'content/stages', concerns: 'content/concerns', categories: 'content/categories' };

/** A table of the ids the documents use, in the vocabulary's order; ids it lacks come last, named by themselves. */
class Table {
  readonly #names: Map<string, string>;
  readonly #order: Map<string, number>;
  readonly #used = new Set<string>();
  constructor(items: readonly VocabularyItem[] = []) {
    this.#names = new Map(items.map((item) => [item.id, item.name]));
    this.#order = new Map(items.map((item, index) => [item.id, index]));
  }
  use(id: string): void {
    this.#used.add(id);
  }
  entries(): VocabularyEntry[] {
    const rank = (id: string) => this.#order.get(id) ?? Infinity;
    return [...this.#used].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((id) => [id, this.#names.get(id) ?? id]);
  }
}

/**
 * @param _config   the validated search configuration; the file does not depend on it (the searcher
 *                  applies it), but building the index is where the build validates it.
 * @param vocabulary display names of the ids; ids it lacks are named by themselves.
 * @example buildSearchIndex(documents, parseSearchConfig(SEARCH_CONFIG), vocabulary).documents.length === documents.length
 */
export function buildSearchIndex(documents: readonly SearchDocument[], _config: ValidSearchConfig, vocabulary: Partial<SearchVocabulary> = {}): SearchIndexFile {
  const tables = { capabilities: new Table(vocabulary.capabilities), stages: new Table(vocabulary.stages), concerns: new Table(vocabulary.concerns), categories: new Table(vocabulary.categories) };
  const sorted = [...documents].sort((a, b) => a.id.localeCompare(b.id));
  for (const doc of sorted) {
    doc.capabilities.forEach((id) => tables.capabilities.use(id));
    doc.stages?.forEach((id) => tables.stages.use(id));
    doc.concerns?.forEach((concern) => tables.concerns.use(concern.id));
    tables.categories.use(doc.category);
  }
  const entries = { capabilities: tables.capabilities.entries(), stages: tables.stages.entries(), concerns: tables.concerns.entries(), categories: tables.categories.entries() };
  const positions = Object.fromEntries(Object.entries(entries).map(([kind, list]) => [kind, new Map(list.map(([id], index) => [id, index]))])) as Record<Kind, Map<string, number>>;
  const at = (kind: Kind, id: string) => positions[kind].get(id)!;

  const indexed = sorted.map((doc): IndexedDocument => {
    const out: IndexedDocument = { id: doc.id, name: doc.name, description: doc.description, category: at('categories', doc.category), capabilities: doc.capabilities.map((id) => at('capabilities', id)) };
    if (doc.aliases.length > 0) out.aliases = [...doc.aliases];
    if (doc.stages?.length) out.stages = doc.stages.map((id) => at('stages', id));
    if (doc.concerns?.length) out.concerns = doc.concerns.map((concern) => [at('concerns', concern.id), concern.strength]);
    if (doc.ring) out.ring = doc.ring;
    if (doc.status && (BADGED_STATUSES as readonly string[]).includes(doc.status)) out.status = doc.status as BadgedStatus;
    return out;
  });
  return { version: SEARCH_INDEX_VERSION, ...entries, documents: indexed };
}

/**
 * Checks that the synonym table names only capabilities, stages and concerns the content has.
 * @throws Error naming each synonym group and id the content lacks.
 * @example checkSynonyms(parseSearchConfig(SEARCH_CONFIG), vocabulary) // throws on a typo such as "vector-db"
 */
export function checkSynonyms(config: ValidSearchConfig, vocabulary: SearchVocabulary): void {
  const problems: string[] = [];
  config.synonyms.forEach((group, index) => {
    for (const kind of ['capabilities', 'stages', 'concerns'] as const) {
      const ids = new Set(vocabulary[kind].map((item) => item.id));
      for (const id of group[kind] ?? []) {
        if (!ids.has(id)) problems.push(`  src/lib/search/searchConfig.ts: synonyms.${index}.${kind}: "${id}" is not in ${KIND_FOLDERS[kind]}`);
      }
    }
  });
  if (problems.length > 0) throw new Error(`Invalid search configuration:\n${problems.join('\n')}\nUse an id of an existing entry (its file name without extension), or remove it from the synonym group.`);
}

/** /search-descriptions.json: each tool's description by id, for the searcher to add once it arrives. */
export interface SearchDescriptionsFile {
  version: number;
  descriptions: Record<string, string>;
}

/**
 * Splits the index in two for the browser: the first file (names, aliases, vocabulary, rings, statuses: what most
 * searches need, and what the first results are found with) and the descriptions, about half of the bytes, which
 * load right after it. Searching both together gives exactly the results of the whole index.
 * @example splitSearchIndex(file).index.documents.every((doc) => doc.description === undefined) // → true
 */
export function splitSearchIndex(file: SearchIndexFile): { index: SearchIndexFile; descriptions: SearchDescriptionsFile } {
  const descriptions: Record<string, string> = {};
  const documents = file.documents.map(({ description, ...rest }) => {
    if (description) descriptions[rest.id] = description;
    return rest;
  });
  return { index: { ...file, documents }, descriptions: { version: file.version, descriptions } };
}

/**
 * The index with the descriptions put back (for createSearcher). Descriptions of ids the index lacks are ignored.
 * @throws Error when the descriptions file is of another version (a stale cache).
 */
export function withDescriptions(file: SearchIndexFile, extra: SearchDescriptionsFile): SearchIndexFile {
  if (extra?.version !== file.version || typeof extra.descriptions !== 'object' || extra.descriptions === null) {
    throw new Error(`search-descriptions.json: expected version ${file.version}; rebuild the site (npm run build).`);
  }
  return { ...file, documents: file.documents.map((doc) => ({ ...doc, description: Object.hasOwn(extra.descriptions, doc.id) ? String(extra.descriptions[doc.id]) : doc.description })) };
}
