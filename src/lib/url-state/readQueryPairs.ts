/**
 * Reads a query string into bounded key/value pairs. Query strings are
 * untrusted input: whoever builds a link controls them. This caps their size so
 * a hostile link cannot make a page do unbounded work; the parsers then accept
 * only known keys and values.
 */

/** At most this many parameters are read; the rest are ignored with a notice. */
export const MAX_QUERY_PAIRS = 200;

export interface QueryPairs {
  pairs: [string, string][];
  /** True when parameters beyond MAX_QUERY_PAIRS were dropped. */
  truncated: boolean;
}

/**
 * @example readQueryPairs('?ring=adopt&ring=trial').pairs // → [['ring', 'adopt'], ['ring', 'trial']]
 */
export function readQueryPairs(query: string | URLSearchParams): QueryPairs {
  const params = typeof query === 'string' ? new URLSearchParams(query.startsWith('?') ? query.slice(1) : query) : query;
  const pairs: [string, string][] = [];
  let truncated = false;
  for (const [key, value] of params) {
    if (pairs.length >= MAX_QUERY_PAIRS) {
      truncated = true;
      break;
    }
    pairs.push([key, value]);
  }
  return { pairs, truncated };
}

/**
 * A value from the address bar made safe and short for a notice: control
 * characters removed, at most 40 characters, quoted. The result is still
 * untrusted text and must be shown with textContent, never innerHTML.
 *
 * @example quoteForNotice('<img src=x onerror=alert(1)>') // → '"<img src=x onerror=alert(1)>"'
 */
export function quoteForNotice(value: string): string {
   
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  const short = clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
  return `"${short}"`;
}

/** Splits a list parameter written either as repeated keys or comma-separated: `a,b`. */
export function splitListValue(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
