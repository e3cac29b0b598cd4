/** The rel every link to another origin carries. */
export const EXTERNAL_REL = 'noopener noreferrer';

/** True for a link that leaves the site: an absolute http(s) URL or a protocol-relative one. */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}
