/**
 * The catalogue's one-line result status, read out by screen readers: how many
 * tools match, of how many, how many of those are on screen, and whether the
 * best text matches come first.
 */
export interface ResultCounts {
  /** Tools that match the filters and text. */
  matching: number;
  /** Tools in the catalogue. */
  total: number;
  /** Matching tools on screen (the rest wait behind "Show more tools"). */
  shown: number;
  /** True when a text search orders the list. */
  byRelevance?: boolean;
}

/**
 * @example resultStatus({ matching: 12, total: 421, shown: 12 }) // → 'Showing 12 of 421 tools.'
 * @example resultStatus({ matching: 10000, total: 10000, shown: 500 }) // → 'Showing the first 500 of 10,000 tools.'
 */
export function resultStatus({ matching, total, shown, byRelevance = false }: ResultCounts): string {
  const n = (value: number) => value.toLocaleString('en');
  let text: string;
  if (shown < matching) text = matching === total ? `Showing the first ${n(shown)} of ${n(total)} tools.` : `${n(matching)} of ${n(total)} tools match; showing the first ${n(shown)}.`;
  else text = matching === total ? `Showing all ${n(total)} tools.` : `Showing ${n(matching)} of ${n(total)} tools.`;
  return byRelevance && matching > 1 ? `${text} Best matches first.` : text;
}

/**
 * The "Show more tools" button's label.
 * @example showMoreLabel(500, 9500) // → 'Show 500 more tools (9,500 not shown yet)'
 */
export function showMoreLabel(pageSize: number, hidden: number): string {
  const next = Math.min(pageSize, hidden);
  return `Show ${next.toLocaleString('en')} more ${next === 1 ? 'tool' : 'tools'} (${hidden.toLocaleString('en')} not shown yet)`;
}
