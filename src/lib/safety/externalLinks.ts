/** The rel every link to another origin carries. */
export const EXTERNAL_REL = 'noopener noreferrer';

/** True for a link that leaves the site: an absolute http(s) URL or a protocol-relative one. */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}

/**
 * Every link in a built page that leaves the site gets rel="noopener noreferrer"
 * (added to an existing rel, or as a new attribute). Runs once per page after
 * the build, so links written by components are covered as well as those in entries.
 *
 * @example addExternalRel('<a href="https://x.org">x</a>') // → '<a href="https://x.org" rel="noopener noreferrer">x</a>'
 */
export function addExternalRel(html: string): string {
  return html.replace(/<a\b[^>]*>/gi, (tag) => {
    const href = /\shref\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? /\shref\s*=\s*'([^']*)'/i.exec(tag)?.[1];
    if (!href || !isExternalHref(href)) return tag;
    const rel = /\srel\s*=\s*"([^"]*)"/i.exec(tag);
    if (!rel) return tag.replace(/\s*\/?>$/, (end) => ` rel="${EXTERNAL_REL}"${end.trim() === '/>' ? ' />' : '>'}`);
    const values = new Set(rel[1]!.split(/\s+/).filter(Boolean));
    for (const value of EXTERNAL_REL.split(' ')) values.add(value);
    return tag.replace(rel[0], ` rel="${[...values].join(' ')}"`);
  });
}
