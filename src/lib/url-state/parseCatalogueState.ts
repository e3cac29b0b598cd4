/**
 * Reads the catalogue state from a query string. Only known keys and values are
 * taken; everything else is ignored and described in a notice the page shows
 * (as text — values here are untrusted). Never throws.
 */
import { FILTER_KEYS, type FilterKey, type FilterVocabulary } from '../catalogue/facets.ts';
import { GROUP_KEYS } from '../catalogue/groupTools.ts';
import { SORT_KEYS } from '../catalogue/sortTools.ts';
import { DEFAULT_CATALOGUE_STATE, MAX_QUERY_LENGTH, VIEW_KEYS, type CatalogueState } from './catalogueState.ts';
import { MAX_QUERY_PAIRS, quoteForNotice, readQueryPairs, splitListValue } from './readQueryPairs.ts';

export interface ParsedCatalogueState {
  state: CatalogueState;
  /** One sentence per problem, saying what was ignored and what is allowed. */
  notices: string[];
}

const SINGLE_KEYS = { view: VIEW_KEYS, group: GROUP_KEYS, sort: SORT_KEYS } as const;
type SingleKey = keyof typeof SINGLE_KEYS;

/** How many allowed values a notice lists before pointing at the form instead. */
const MAX_LISTED = 8;

function allowedText(allowed: readonly string[], key: string): string {
  if (allowed.length <= MAX_LISTED) return `use one of: ${allowed.join(', ')}`;
  return `choose from the ${key} filter on the page`;
}

function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

function isSingleKey(key: string): key is SingleKey {
  return Object.hasOwn(SINGLE_KEYS, key);
}

/**
 * @example
 * parseCatalogueState('?ring=adopt&ring=bogus&sort=ring', vocabulary)
 * // → { state: { …, sort: 'ring', filters: { ring: ['adopt'] } },
 * //     notices: ['Ignored ring "bogus": not a known value; use one of: adopt, trial, assess, hold.'] }
 */
export function parseCatalogueState(query: string | URLSearchParams, vocabulary: FilterVocabulary): ParsedCatalogueState {
  const { pairs, truncated } = readQueryPairs(query);
  const notices: string[] = [];
  const state: CatalogueState = { ...DEFAULT_CATALOGUE_STATE, filters: {} };
  const selected = new Map<FilterKey, Set<string>>();
  const rejected = new Map<FilterKey, string[]>();
  const singleSeen = new Set<SingleKey>();
  const unknownKeys: string[] = [];
  let sawQuery = false;

  for (const [key, rawValue] of pairs) {
    const value = rawValue.trim();
    if (key === 'q') {
      if (sawQuery || value === '') continue;
      sawQuery = true;
       
      const text = value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
      if (text.length > MAX_QUERY_LENGTH) notices.push(`Shortened the search text to its first ${MAX_QUERY_LENGTH} characters.`);
      state.q = text.slice(0, MAX_QUERY_LENGTH);
    } else if (isSingleKey(key)) {
      if (value === '') continue;
      const allowed: readonly string[] = SINGLE_KEYS[key];
      const match = allowed.find((option) => option === value.toLowerCase());
      if (!match) {
        notices.push(`Ignored ${key} ${quoteForNotice(value)}: not a known ${key}; ${allowedText(allowed, key)}.`);
      } else if (singleSeen.has(key)) {
        if (match !== state[key]) notices.push(`Ignored a second ${key} ${quoteForNotice(value)}: the first one given, "${state[key]}", is used.`);
      } else {
        singleSeen.add(key);
        (state as unknown as Record<SingleKey, string>)[key] = match;
      }
    } else if (isFilterKey(key)) {
      const allowed = vocabulary[key];
      for (const part of splitListValue(value)) {
        const match = allowed.find((option) => option.toLowerCase() === part.toLowerCase());
        if (match) {
          const set = selected.get(key) ?? new Set<string>();
          set.add(match);
          selected.set(key, set);
        } else {
          const list = rejected.get(key) ?? [];
          list.push(part);
          rejected.set(key, list);
        }
      }
    } else if (!unknownKeys.includes(key)) {
      unknownKeys.push(key);
    }
  }

  for (const key of FILTER_KEYS) {
    const set = selected.get(key);
    if (set) state.filters[key] = vocabulary[key].filter((option) => set.has(option));
    const bad = rejected.get(key);
    if (bad) {
      const shown = bad.slice(0, 3).map(quoteForNotice).join(', ') + (bad.length > 3 ? ` and ${bad.length - 3} more` : '');
      notices.push(`Ignored ${key} ${shown}: not a known value; ${allowedText(vocabulary[key], key)}.`);
    }
  }
  if (unknownKeys.length > 0) {
    const shown = unknownKeys.slice(0, 3).map(quoteForNotice).join(', ') + (unknownKeys.length > 3 ? ` and ${unknownKeys.length - 3} more` : '');
    notices.push(`Ignored unknown parameter${unknownKeys.length > 1 ? 's' : ''} ${shown}; this page understands q, view, group, sort and ${FILTER_KEYS.join(', ')}.`);
  }
  if (truncated) notices.push(`Read only the first ${MAX_QUERY_PAIRS} parameters of the address; the rest were ignored.`);
  return { state, notices };
}
