/**
 * Reads the compare page's tool list from `?tools=a,b,c` (or repeated
 * `tools=` keys). Unknown ids, extra tools beyond the maximum and unknown
 * parameters are ignored with a notice; values are untrusted. Never throws.
 */
import { MAX_QUERY_PAIRS, quoteForNotice, readQueryPairs, splitListValue } from './readQueryPairs.ts';

/** The compare page shows at most this many tools side by side. */
export const MAX_COMPARED = 4;

export interface ParsedCompareState {
  /** Known tool ids, in the order given, without duplicates. */
  ids: string[];
  notices: string[];
}

/**
 * @example parseCompareState('?tools=mlflow,nope,dvc', ['mlflow', 'dvc'])
 * // → { ids: ['mlflow', 'dvc'], notices: ['Ignored tools "nope": no tool has that id; …'] }
 */
export function parseCompareState(query: string | URLSearchParams, knownIds: Iterable<string>, max = MAX_COMPARED): ParsedCompareState {
  const known = new Set(knownIds);
  const { pairs, truncated } = readQueryPairs(query);
  const ids: string[] = [];
  const unknown: string[] = [];
  const otherKeys: string[] = [];
  let dropped = 0;
  for (const [key, value] of pairs) {
    if (key !== 'tools') {
      if (!otherKeys.includes(key)) otherKeys.push(key);
      continue;
    }
    for (const part of splitListValue(value)) {
      const id = part.toLowerCase();
      if (!known.has(id)) unknown.push(part);
      else if (ids.includes(id)) continue;
      else if (ids.length >= max) dropped++;
      else ids.push(id);
    }
  }
  const notices: string[] = [];
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map(quoteForNotice).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
    notices.push(`Ignored tools ${shown}: no tool has that id; pick tools with "Add a tool" below.`);
  }
  if (dropped > 0) notices.push(`Compared only the first ${max} tools; ${dropped} more ${dropped === 1 ? 'was' : 'were'} left out. Remove one to add another.`);
  if (otherKeys.length > 0) notices.push(`Ignored unknown parameter${otherKeys.length > 1 ? 's' : ''} ${otherKeys.slice(0, 3).map(quoteForNotice).join(', ')}; this page understands only tools.`);
  if (truncated) notices.push(`Read only the first ${MAX_QUERY_PAIRS} parameters of the address; the rest were ignored.`);
  return { ids, notices };
}
