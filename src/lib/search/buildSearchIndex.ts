/**
 * Builds the search index file (/search-index.json) at build time. It holds
 * each capability, stage, concern and category name once, in tables, and the
 * tools refer to them by position, so the file stays small. The text work is
 * done here too, once, not in every visitor's browser: each distinct word of
 * the names and aliases (and, in the second file, of the descriptions) is
 * stored once and the tools refer to their words by number, the names come
 * compacted for whole-name comparison, and the tools are in name order. The
 * searcher then only reads the file: at 10,000 tools, splitting and
 * numbering the words and sorting the names in the browser took most of a
 * second on a phone before the first result.
 */
import type { ValidSearchConfig } from './parseSearchConfig.ts';
import { BADGED_STATUSES, type BadgedStatus, type IndexedTools, type SearchDocument, type SearchVocabulary, type VocabularyItem } from './searchDocument.ts';
import { compact, words, type TextRules } from './searchText.ts';
import { compareNames } from '../text/compareNames.ts';

/** Bump when the file's shape changes, so a stale cached file is refused rather than misread. */
export const SEARCH_INDEX_VERSION = 4; // 3: descriptions moved to /search-descriptions.json; 4: words numbered at build time, tools in name order

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
  /** Every distinct word of the names and aliases, once; documents refer to them by position. */
  nameWords: string[];
  /** Every distinct word of the descriptions, once; left out of the first file (splitSearchIndex). */
  descriptionWords?: string[];
  /** Column by column, in name order (the order of equally good results). */
  tools: IndexedTools;
}

/** Numbers each distinct word once, in order of first use. */
class Dictionary {
  readonly words: string[] = [];
  readonly #numbers = new Map<string, number>();
  numbersOf(list: readonly string[]): number[] {
    return [
      ...new Set(
        list.map((word) => {
          let number = this.#numbers.get(word);
          if (number === undefined) {
            number = this.words.length;
            this.words.push(word);
            this.#numbers.set(word, number);
          }
          return number;
        }),
      ),
    ];
  }
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
 * @param config     the validated search configuration: its text rules (spellings, stop words) split the
 *                   words here, as the searcher splits a query with the same rules.
 * @param vocabulary display names of the ids; ids it lacks are named by themselves.
 * @example buildSearchIndex(documents, parseSearchConfig(SEARCH_CONFIG), vocabulary).tools.id.length === documents.length
 */
export function buildSearchIndex(documents: readonly SearchDocument[], config: ValidSearchConfig, vocabulary: Partial<SearchVocabulary> = {}): SearchIndexFile {
  const rules: TextRules = config;
  const tables = { capabilities: new Table(vocabulary.capabilities), stages: new Table(vocabulary.stages), concerns: new Table(vocabulary.concerns), categories: new Table(vocabulary.categories) };
  // Name order, ties (never two equal names in valid content) by id in code-point order.
  const sorted = [...documents].sort((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const doc of sorted) {
    doc.capabilities.forEach((id) => tables.capabilities.use(id));
    doc.stages?.forEach((id) => tables.stages.use(id));
    doc.concerns?.forEach((concern) => tables.concerns.use(concern.id));
    tables.categories.use(doc.category);
  }
  const entries = { capabilities: tables.capabilities.entries(), stages: tables.stages.entries(), concerns: tables.concerns.entries(), categories: tables.categories.entries() };
  const positions = Object.fromEntries(Object.entries(entries).map(([kind, list]) => [kind, new Map(list.map(([id], index) => [id, index]))])) as Record<Kind, Map<string, number>>;
  const at = (kind: Kind, id: string) => positions[kind].get(id)!;

  const nameWords = new Dictionary();
  const descriptionWords = new Dictionary();
  const tools: Required<IndexedTools> = { id: [], name: [], whole: [], nameWords: [], aliasWords: [], descriptionWords: [], category: [], capabilities: [], stages: [], concerns: [], status: [], ring: [] };
  for (const doc of sorted) {
    tools.id.push(doc.id);
    tools.name.push(doc.name);
    tools.whole.push([doc.name, ...doc.aliases].map((text) => compact(text, rules)));
    tools.nameWords.push(nameWords.numbersOf(words(doc.name, rules)));
    tools.aliasWords.push(nameWords.numbersOf(doc.aliases.flatMap((alias) => words(alias, rules))));
    tools.descriptionWords.push(descriptionWords.numbersOf(words(doc.description ?? '', rules)));
    tools.category.push(at('categories', doc.category));
    tools.capabilities.push(doc.capabilities.map((id) => at('capabilities', id)));
    tools.stages.push((doc.stages ?? []).map((id) => at('stages', id)));
    tools.concerns.push((doc.concerns ?? []).map((concern) => [at('concerns', concern.id), concern.strength]));
    tools.status.push(doc.status && (BADGED_STATUSES as readonly string[]).includes(doc.status) ? (doc.status as BadgedStatus) : 0);
    tools.ring.push(doc.ring ?? 0);
  }
  return { version: SEARCH_INDEX_VERSION, ...entries, nameWords: nameWords.words, descriptionWords: descriptionWords.words, tools };
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

/** /search-descriptions.json: the descriptions' distinct words once, and each tool's words by number, by id. */
export interface SearchDescriptionsFile {
  version: number;
  words: string[];
  documents: Record<string, number[]>;
}

/**
 * Splits the index in two for the browser: the first file (names, aliases, vocabulary, rings, statuses: what most
 * searches need, and what the first results are found with) and the descriptions' words, about half of the bytes,
 * which load right after it. Searching both together gives exactly the results of the whole index.
 * @example splitSearchIndex(file).index.tools.descriptionWords // → undefined
 */
export function splitSearchIndex(file: SearchIndexFile): { index: SearchIndexFile; descriptions: SearchDescriptionsFile } {
  const { descriptionWords: dictionary, tools, ...tables } = file;
  const { descriptionWords, ...columns } = tools;
  const byId: Record<string, number[]> = {};
  descriptionWords?.forEach((numbers, i) => {
    if (numbers.length > 0) byId[tools.id[i]!] = numbers;
  });
  return { index: { ...tables, tools: columns }, descriptions: { version: file.version, words: dictionary ?? [], documents: byId } };
}

/**
 * The index with the descriptions put back (for createSearcher). Descriptions of ids the index lacks are ignored,
 * and so are word numbers outside the file's word list.
 * @throws Error when the descriptions file is of another version (a stale cache) or not of this shape.
 */
export function withDescriptions(file: SearchIndexFile, extra: SearchDescriptionsFile): SearchIndexFile {
  if (extra?.version !== file.version || !Array.isArray(extra.words) || typeof extra.documents !== 'object' || extra.documents === null) {
    throw new Error(`search-descriptions.json: expected version ${file.version}; rebuild the site (npm run build).`);
  }
  const known = (list: unknown): number[] => (Array.isArray(list) ? list.filter((n): n is number => Number.isInteger(n) && n >= 0 && n < extra.words.length) : []);
  const descriptionWords = file.tools.id.map((id) => (Object.hasOwn(extra.documents, id) ? known(extra.documents[id]) : []));
  return { ...file, descriptionWords: extra.words.map(String), tools: { ...file.tools, descriptionWords } };
}
