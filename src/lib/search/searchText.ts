/**
 * Text handling shared by the search index and the searcher: the same words
 * come out of a tool's name at build time and of a visitor's query in the
 * browser. Words are lower-cased, stripped of accents, respelled to one form
 * (British "labelling" → "labeling", see SEARCH_CONFIG.spellings) and lose a
 * plural "s", so "GPUs", "gpu" and "GPU" are one word.
 */

export interface TextRules {
  stopwords: readonly string[];
  spellings: Readonly<Record<string, string>>;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: "Décor" → "decor". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "GPUs" → "gpu", "pipelines" → "pipeline"; short words and "ss" endings stay, and so do longer words in "us" or "is" ("status", "analysis"). */
export function stem(word: string): string {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss') || (word.length > 4 && /(us|is)$/.test(word))) return word;
  return word.slice(0, -1);
}

/**
 * The words of a text, respelled and stemmed.
 * @example words('Data labelling tools', rules) // → ['data', 'labeling', 'tool']
 */
export function words(text: string, rules: TextRules): string[] {
  return (fold(text).match(WORD) ?? []).map((word) => stem(rules.spellings[word] ?? word));
}

/**
 * A name or query with spaces, punctuation and filler words removed, for
 * whole-name comparison: "Weights & Biases" and "weights and biases" → "weightsbiases",
 * "W&B" → "wb". A text made of filler words only keeps them.
 */
export function compact(text: string, rules: TextRules): string {
  const all = fold(text).match(WORD) ?? [];
  const kept = all.filter((word) => !rules.stopwords.includes(word));
  return (kept.length > 0 ? kept : all).join('');
}

/** Endings that make another form of the same word: "serve" and "serving", "annotate" and "annotation". */
const SUFFIXES = new Set(['', 'e', 'ed', 'er', 'or', 'ing', 'ion', 'ation', 'ment']);

/**
 * Whether two words are forms of one: a shared start of at least 4 letters
 * followed by one of a few English endings on each side.
 * @example sameStem('serve', 'serving') // → true; sameStem('data', 'datadog') // → false
 */
export function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && SUFFIXES.has(a.slice(common)) && SUFFIXES.has(b.slice(common));
}

export { editDistance } from '../text/editDistance.ts';
