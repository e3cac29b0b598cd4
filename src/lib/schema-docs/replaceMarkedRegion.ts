/**
 * Generated blocks inside hand-written files sit between two marker comments:
 *
 *   <!-- generated:NAME:start … -->
 *   …generated text…
 *   <!-- generated:NAME:end -->
 *
 * These helpers read and replace such a block (or any `<!-- TAG:start -->` …
 * `<!-- TAG:end -->` block), leaving the rest of the file as it is.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The opening marker written for a generated block. */
export function startMarker(name: string): string {
  return `<!-- generated:${name}:start — do not edit by hand; run npm run gen:docs -->`;
}

function locate(text: string, tag: string, file: string): { start: number; inner: number; end: number } {
  const match = new RegExp(`<!-- ${escape(tag)}:start[^>]*-->\\n?`).exec(text);
  const end = text.indexOf(`<!-- ${tag}:end -->`);
  if (!match || end === -1 || end < match.index) {
    throw new Error(`${file}: the marker comments "<!-- ${tag}:start … -->" and "<!-- ${tag}:end -->" are missing or out of order; put them back around the ${tag} block`);
  }
  return { start: match.index, inner: match.index + match[0].length, end };
}

/**
 * Replace the generated block NAME.
 *
 * @example replaceMarkedRegion('a\n<!-- generated:x:start -->\nold\n<!-- generated:x:end -->\nb', 'x', 'new')
 *   // → 'a\n<!-- generated:x:start — do not edit by hand; run npm run gen:docs -->\nnew\n<!-- generated:x:end -->\nb'
 */
export function replaceMarkedRegion(text: string, name: string, content: string, file = 'file'): string {
  const { start, end } = locate(text, `generated:${name}`, file);
  return `${text.slice(0, start)}${startMarker(name)}\n${content.trimEnd()}\n${text.slice(end)}`;
}

/**
 * The trimmed text between `<!-- TAG:start … -->` and `<!-- TAG:end -->`.
 *
 * @example readMarkedRegion('<!-- checklist:start -->\n- [ ] a\n<!-- checklist:end -->', 'checklist') // → '- [ ] a'
 */
export function readMarkedRegion(text: string, tag: string, file = 'file'): string {
  const { inner, end } = locate(text, tag, file);
  return text.slice(inner, end).trim();
}
