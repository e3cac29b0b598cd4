/**
 * JSON for a `<script type="application/json">` block. Content is contributed
 * text, so `<`, `>` and `&` are written as \u escapes: a value containing
 * "</script>" cannot end the block early and inject markup. U+2028/U+2029 are
 * escaped too, for old parsers. JSON.parse reads the result back unchanged.
 *
 * @example serialiseJsonForHtml({ name: '</script><b>' }) // → '{"name":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 */
export function serialiseJsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
