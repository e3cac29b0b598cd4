/**
 * The search itself, shared by the site search box and the catalogue's text
 * filter. Loaded in the browser with import() on first use only; it takes the
 * parsed /search-index.json and answers queries synchronously (well under a
 * frame for the catalogue's size). The rules and their numbers are described
 * and set in searchConfig.ts.
 *
 * Every distinct word of the names, aliases and descriptions is numbered once,
 * when the index is built (buildSearchIndex.ts), so creating the searcher only
 * reads the file; a query word is then compared with each distinct word once,
 * and tools are scored by looking those results up.
 */
import { SEARCH_INDEX_VERSION, type SearchIndexFile, type VocabularyEntry } from './buildSearchIndex.ts';
import type { SearchHit } from './searchDocument.ts';
import { SEARCH_CONFIG, type SearchConfig } from './searchConfig.ts';
import { compact, editDistance, sameStem, words, type TextRules } from './searchText.ts';

export interface Searcher {
  /** Every tool that matches all words of the query, best first, at most `limit`; an empty array for queries shorter than minQueryLength. */
  search(query: string, limit?: number): SearchHit[];
  size: number;
}

type Kind = 'capabilities' | 'stages' | 'concerns' | 'categories';
const KINDS: readonly Kind[] = ['capabilities', 'stages', 'concerns', 'categories'];
/** How a word may match: names, aliases and the vocabulary tolerate typos, descriptions do not. */
type MatchMode = 'name' | 'vocabulary' | 'description';

interface Prepared {
  hit: Omit<SearchHit, 'score'>;
  /** Position in name order, for ties. */
  order: number;
  /** Whole name first, then each alias, compacted. */
  whole: string[];
  /** Numbers of distinct words, in the name dictionary. */
  nameWords: number[];
  aliasWords: number[];
  /** Numbers of distinct words, in the description dictionary. */
  descriptionWords: number[];
  capabilities: number[];
  stages: number[];
  concerns: [number, number][];
  category: number;
  factor: number;
  bonus: number;
}

/** What one query word matches: per dictionary word and per vocabulary entry, the match quality (0 for none). */
interface WordMatch {
  names: Float32Array;
  descriptions: Float32Array;
  /** 1 where a description word is another word of one of the query word's synonym groups. */
  related: Uint8Array;
  vocabulary: Record<Kind, Float32Array>;
  /** The word belongs to a strict synonym group: a description alone does not make the tool match. */
  strict: boolean;
}

interface Group {
  words: string[];
  strict: boolean;
  targets: { kind: Kind; position: number }[];
}

const unique = <T>(list: readonly T[]) => [...new Set(list)];

/**
 * @throws Error when the file is not a search index of the expected version (e.g. a stale cache).
 * @example createSearcher(indexFile).search('mlflo')[0]?.id // → 'mlflow'
 */
export function createSearcher(file: SearchIndexFile, config: SearchConfig = SEARCH_CONFIG): Searcher {
  if (file?.version !== SEARCH_INDEX_VERSION || !Array.isArray(file.tools?.id) || !Array.isArray(file.nameWords)) {
    throw new Error(`search-index.json: expected version ${SEARCH_INDEX_VERSION} with a tools list; rebuild the site (npm run build).`);
  }
  const rules: TextRules = config;
  const { quality, weights } = config;
  const meaningful = (list: string[]) => list.filter((word) => !config.stopwords.includes(word));

  const tables: Record<Kind, VocabularyEntry[]> = { capabilities: file.capabilities, stages: file.stages, concerns: file.concerns, categories: file.categories };
  // Concern names are whole sentences ("Scale training and serving"), so concerns match by the words of their ids only.
  const vocabulary = Object.fromEntries(KINDS.map((kind) => [kind, tables[kind].map(([id, name]) => unique(meaningful(words(kind === 'concerns' ? id : `${name} ${id}`, rules))))])) as Record<Kind, string[][]>;

  const groups: Group[] = config.synonyms.map((group) => {
    const targets: Group['targets'] = [];
    for (const kind of ['capabilities', 'stages', 'concerns'] as const) {
      for (const id of group[kind] ?? []) {
        const position = tables[kind].findIndex(([known]) => known === id);
        if (position >= 0) targets.push({ kind, position });
      }
    }
    return { words: group.words.map((word) => words(word, rules)[0] ?? word), strict: group.strict === true, targets };
  });

  const nameWords = file.nameWords;
  const descriptionWords = file.descriptionWords ?? [];
  let descriptionNumbers: Map<string, number> | undefined;
  /** The number of a description word, for synonyms (the table is made on the first query that needs it). */
  const descriptionNumberOf = (word: string) => (descriptionNumbers ??= new Map(descriptionWords.map((known, number) => [known, number]))).get(word);
  // The file lists the tools in name order: their position is the order of equally good results.
  const tools = file.tools;
  const documents: Prepared[] = tools.id.map((id, order) => {
    const status = tools.status[order] || undefined;
    const ring = tools.ring[order] || undefined;
    const category = tools.category[order]!;
    const hit: Omit<SearchHit, 'score'> = { id, name: tools.name[order]!, category: file.categories[category]?.[1] ?? '' };
    if (status) hit.status = status;
    return {
      hit,
      order,
      whole: tools.whole[order] ?? [],
      nameWords: tools.nameWords[order] ?? [],
      aliasWords: tools.aliasWords[order] ?? [],
      descriptionWords: tools.descriptionWords?.[order] ?? [],
      capabilities: tools.capabilities[order] ?? [],
      stages: tools.stages[order] ?? [],
      concerns: tools.concerns[order] ?? [],
      category,
      factor: status ? (config.statusFactor[status] ?? 1) : 1,
      bonus: ring ? (config.ringBonus[ring] ?? 0) : 0,
    };
  });

  /** A wrong, missing, extra or swapped letter (two for long words), not in the first letter, in the whole word or the part typed so far. */
  function isTypo(typed: string, word: string): number {
    if (typed.length < config.typoFrom || typed[0] !== word[0]) return 0;
    const max = typed.length >= config.twoTyposFrom ? 2 : 1;
    if (editDistance(typed, word, max) <= max) return quality.typo;
    if (typed.length >= config.typoInPrefixFrom && word.length > typed.length && editDistance(typed, word.slice(0, typed.length), max) <= max) return quality.typo * 0.9;
    return 0;
  }

  /** How well a typed word matches a word of a field: 1 the same, less for a prefix, another form or a typo, 0 not at all. */
  function match(typed: string, word: string, mode: MatchMode): number {
    // Every kind of match below keeps the first letter.
    if (typed[0] !== word[0]) return 0;
    if (typed === word) return 1;
    if (typed.length >= config.prefixFrom[mode] && word.startsWith(typed)) return quality.prefixMin + ((quality.prefixMax - quality.prefixMin) * typed.length) / word.length;
    if (sameStem(typed, word)) return quality.stem;
    return mode === 'description' ? 0 : isTypo(typed, word);
  }

  function matchWord(typed: string): WordMatch {
    const qualities = (dictionary: readonly string[], mode: MatchMode) => {
      const out = new Float32Array(dictionary.length);
      for (let number = 0; number < out.length; number++) out[number] = match(typed, dictionary[number]!, mode);
      return out;
    };
    const result: WordMatch = {
      names: qualities(nameWords, 'name'),
      descriptions: qualities(descriptionWords, 'description'),
      related: new Uint8Array(descriptionWords.length),
      vocabulary: Object.fromEntries(KINDS.map((kind) => [kind, Float32Array.from(vocabulary[kind], (list) => Math.max(0, ...list.map((word) => match(typed, word, 'vocabulary'))))])) as Record<Kind, Float32Array>,
      strict: false,
    };
    for (const group of groups) {
      const value = Math.max(...group.words.map((word) => match(typed, word, 'vocabulary')));
      if (value === 0) continue;
      if (group.strict) result.strict = true;
      for (const { kind, position } of group.targets) result.vocabulary[kind][position] = Math.max(result.vocabulary[kind][position]!, value);
      for (const word of group.words) {
        const number = word === typed ? undefined : descriptionNumberOf(word);
        if (number !== undefined) result.related[number] = 1;
      }
    }
    return result;
  }

  /** Points for a name or alias equal to the whole query, starting with it, or (for a one-word query) a typo away from it. */
  function wholeNameScore(doc: Prepared, query: string, oneWord: boolean): number {
    let top = 0;
    for (let index = 0; index < doc.whole.length; index++) {
      const name = doc.whole[index]!;
      let value = 0;
      if (name === query) value = config.wholeName.exact;
      else if (query.length >= config.prefixFrom.name && name.startsWith(query)) value = config.wholeName.prefix * (0.8 + (0.2 * query.length) / name.length);
      else if (oneWord && isTypo(query, name) > 0) value = config.wholeName.typo;
      const scaled = index === 0 ? value : value * config.aliasFactor;
      if (scaled > top) top = scaled;
    }
    return top;
  }

  const bestOf = (numbers: readonly number[], qualities: Float32Array) => {
    let top = 0;
    for (const number of numbers) if (qualities[number]! > top) top = qualities[number]!;
    return top;
  };

  /** The query word in the description, or words of its synonym groups, each further one adding a little. */
  function descriptionScore(doc: Prepared, word: WordMatch): number {
    let own = 0;
    let related = 0;
    for (const number of doc.descriptionWords) {
      if (word.descriptions[number]! > own) own = word.descriptions[number]!;
      related += word.related[number]!;
    }
    if (own === 0 && related === 0) return 0;
    const found = (own > 0 ? 1 : 0) + related;
    return (related > 0 ? 1 : own) + config.relatedWords.each * Math.min(config.relatedWords.upTo, found - 1);
  }

  /** The best capability hit, the entry's later (less central) capabilities counting a little less. */
  function capabilityScore(doc: Prepared, hits: Float32Array): number {
    let top = 0;
    for (let index = 0; index < doc.capabilities.length; index++) {
      const value = hits[doc.capabilities[index]!]! * Math.max(config.capabilityFloor, 1 - config.capabilityStep * index);
      if (value > top) top = value;
    }
    return top;
  }

  /** The best concern hit, by the entry's strength (1–3); `strongOnly` leaves out those below concernsMatchFrom. */
  function concernScore(doc: Prepared, hits: Float32Array, strongOnly: boolean): number {
    let top = 0;
    for (const [concern, strength] of doc.concerns) if (!strongOnly || strength >= config.concernsMatchFrom) top = Math.max(top, (hits[concern]! * strength) / 3);
    return top;
  }

  /** The capabilities, stages, concerns and categories that every word of the query points at ("llm" and "monitoring": LLM tracing and observability). */
  function sharedTopic(matches: readonly WordMatch[]): Record<Kind, Set<number>> | null {
    let found = false;
    const topic = Object.fromEntries(
      KINDS.map((kind) => {
        const shared = new Set<number>();
        tables[kind].forEach((_, position) => {
          if (matches.every((word) => word.vocabulary[kind][position]! > 0)) shared.add(position);
        });
        if (shared.size > 0) found = true;
        return [kind, shared];
      }),
    ) as Record<Kind, Set<number>>;
    return found ? topic : null;
  }

  function onTopic(doc: Prepared, topic: Record<Kind, Set<number>>): boolean {
    return (
      doc.capabilities.some((capability) => topic.capabilities.has(capability)) ||
      doc.stages.some((stage) => topic.stages.has(stage)) ||
      doc.concerns.some(([concern, strength]) => strength >= config.concernsMatchFrom && topic.concerns.has(concern)) ||
      topic.categories.has(doc.category)
    );
  }

  /** For each name word, description word, capability, stage, category and (strongly addressed) concern, the tools that have it, by position. */
  interface Postings {
    names: number[][];
    descriptions: number[][];
    vocabulary: Record<Kind, number[][]>;
  }
  let postings: Postings | undefined;
  /** Made on the first search: one pass over the tools, so that a query visits only the tools that can match. */
  function getPostings(): Postings {
    if (postings) return postings;
    const lists = (length: number) => Array.from({ length }, () => [] as number[]);
    const made: Postings = {
      names: lists(nameWords.length),
      descriptions: lists(descriptionWords.length),
      vocabulary: Object.fromEntries(KINDS.map((kind) => [kind, lists(tables[kind].length)])) as Record<Kind, number[][]>,
    };
    documents.forEach((doc, index) => {
      for (const number of doc.nameWords) made.names[number]?.push(index);
      for (const number of doc.aliasWords) made.names[number]?.push(index);
      for (const number of doc.descriptionWords) made.descriptions[number]?.push(index);
      for (const position of doc.capabilities) made.vocabulary.capabilities[position]?.push(index);
      for (const position of doc.stages) made.vocabulary.stages[position]?.push(index);
      for (const [position, strength] of doc.concerns) if (strength >= config.concernsMatchFrom) made.vocabulary.concerns[position]?.push(index);
      made.vocabulary.categories[doc.category]?.push(index);
    });
    return (postings = made);
  }

  /**
   * Counts, per tool, the query words it can match: a word in its name or aliases, its capabilities, stages,
   * category or strongly addressed concerns, or (unless the word is strict) its description. Only tools that can
   * match every word, or whose whole name matches, are scored; the scoring below decides.
   */
  function countPossible(matches: readonly WordMatch[]): Uint32Array {
    const { names, descriptions, vocabulary } = getPostings();
    const count = new Uint32Array(documents.length);
    const seen = new Uint32Array(documents.length);
    matches.forEach((word, w) => {
      const stamp = w + 1;
      const mark = (lists: number[][], hits: ArrayLike<number>, also?: Uint8Array) => {
        for (let k = 0; k < lists.length; k++) {
          if (!(hits[k]! > 0 || (also !== undefined && also[k] === 1))) continue;
          for (const index of lists[k]!) {
            if (seen[index] === stamp) continue;
            seen[index] = stamp;
            count[index]!++;
          }
        }
      };
      mark(names, word.names);
      if (!word.strict) mark(descriptions, word.descriptions, word.related);
      for (const kind of KINDS) mark(vocabulary[kind], word.vocabulary[kind]);
    });
    return count;
  }

  return {
    size: documents.length,
    search(query, limit = config.limit) {
      const text = query.trim();
      if (text.length < config.minQueryLength) return [];
      const all = unique(words(text, rules));
      const kept = meaningful(all);
      const matches = (kept.length > 0 ? kept : all).map(matchWord);
      const whole = compact(text, rules);
      const topic = matches.length > 1 ? sharedTopic(matches) : null;

      const results: { doc: Prepared; score: number }[] = [];
      const scores = new Float64Array(7);
      const possible = countPossible(matches);
      for (let index = 0; index < documents.length; index++) {
        const doc = documents[index]!;
        const wholeName = wholeNameScore(doc, whole, all.length === 1);
        if (wholeName === 0 && possible[index]! < matches.length) continue;
        let total = wholeName;
        let missing = false;
        for (const word of matches) {
          scores[0] = weights.name * bestOf(doc.nameWords, word.names);
          scores[1] = weights.aliases * bestOf(doc.aliasWords, word.names);
          scores[2] = weights.capabilities * capabilityScore(doc, word.vocabulary.capabilities);
          scores[3] = weights.stages * bestOf(doc.stages, word.vocabulary.stages);
          scores[4] = weights.concerns * concernScore(doc, word.vocabulary.concerns, false);
          scores[5] = weights.category * word.vocabulary.categories[doc.category]!;
          scores[6] = weights.description * descriptionScore(doc, word);
          let top = 0;
          let qualifying = 0;
          let sum = 0;
          for (let field = 0; field < scores.length; field++) {
            const score = scores[field]!;
            sum += score;
            if (score > top) top = score;
            // Under a strict synonym a description alone does not make the tool match, nor does a weak concern; both still add points.
            if (score > qualifying && field !== 4 && !(field === 6 && word.strict)) qualifying = score;
          }
          if (qualifying === 0 && concernScore(doc, word.vocabulary.concerns, true) === 0) missing = true;
          total += top + config.otherFields * (sum - top);
        }
        if (missing && wholeName === 0) continue;
        if (topic) {
          if (onTopic(doc, topic)) total += config.topicBonus;
          else if (wholeName === 0 && !matches.every((word) => bestOf(doc.nameWords, word.names) > 0 || bestOf(doc.aliasWords, word.names) > 0)) continue;
        }
        results.push({ doc, score: Math.round((total + doc.bonus) * doc.factor * 1000) / 1000 });
      }
      results.sort((a, b) => b.score - a.score || a.doc.order - b.doc.order);
      return results.slice(0, limit).map(({ doc, score }) => ({ ...doc.hit, score }));
    },
  };
}
