/**
 * Offline checks of a link's form: what can be known without a network.
 * Errors: a scheme other than http(s) (or mailto: in bodies), credentials,
 * white space, no real host name, local or private addresses, placeholder
 * domains, stray punctuation from copy-pasting; in frontmatter, anything but
 * an absolute URL. Warnings: plain http:// where https:// is the norm.
 * Relative links in bodies must not start with "/", because the site may be
 * served from a sub-path (GitHub Pages).
 */
import type { LinkRef } from './collectLinks.ts';

export interface LinkProblem {
  severity: 'error' | 'warning';
  message: string;
  fix: string;
}

const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|test|invalid|localhost)$/i;
const PRIVATE_IP = /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|0\.)/;

/**
 * @example checkLinkForm({ url: 'https://mlflow.org', in: 'frontmatter', … }) // → undefined
 * @example checkLinkForm({ url: 'mlflow.org', in: 'frontmatter', … })?.message // → 'is not an absolute URL…'
 */
export function checkLinkForm(link: Pick<LinkRef, 'url' | 'in'>): LinkProblem | undefined {
  const raw = link.url;
  const error = (message: string, fix: string): LinkProblem => ({ severity: 'error', message, fix });
  if (raw.trim() === '') return error('is empty', 'Give the full URL, or remove the link.');
  if (raw !== raw.trim() || /\s/.test(raw)) return error('contains white space', 'Remove the spaces, or encode them as %20.');
  if (raw.length > 500) return error('is longer than 500 characters', 'Link to a shorter, stable page.');
  if (link.in === 'body') {
    if (raw.startsWith('#')) return undefined;
    if (raw.startsWith('//')) return error('is protocol-relative', 'Write the full https:// URL.');
    if (raw.startsWith('/')) return error('starts with "/", which breaks when the site is served from a sub-path (GitHub Pages)', 'Write a relative link such as ../mlflow/ for a page of this site, or the full https:// URL.');
    if (/^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(raw)) return undefined;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(raw)) return undefined; // a relative link within the site
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (!scheme) return error('is not an absolute URL: it has no https:// in front', `Write it in full, e.g. https://${raw.replace(/^\/+/, '')}.`);
  if (scheme !== 'http' && scheme !== 'https') return error(`uses the "${scheme}:" scheme; only https:// (or http://) links are allowed`, 'Link to an https:// page instead.');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return error('is not a well-formed URL', 'Copy the address again from the browser address bar.');
  }
  if (url.username || url.password) return error('contains a user name or password', 'Remove the credentials from the URL.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) return error(`points at an IP address (${host}), not a host name`, 'Use the public host name of the page.');
  if (PRIVATE_IP.test(host) || PLACEHOLDER_HOST.test(host)) return error(`points at a local or placeholder host (${host})`, 'Replace it with the real public page.');
  if (!/\.[a-z][a-z0-9-]*[a-z0-9]$/i.test(host) || host.split('.').some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))) {
    return error(`has no valid host name (${host})`, 'Check the address for typos: it needs a domain such as example.org.');
  }
  const unbalanced = (open: string, close: string) => raw.endsWith(close) && raw.split(close).length > raw.split(open).length;
  if (/[.,;:!?'"]$/.test(raw) || unbalanced('(', ')') || unbalanced('[', ']')) return error('ends with punctuation, probably copied with the surrounding text', `Remove the trailing "${raw.slice(-1)}".`);
  if (scheme === 'http') return { severity: 'warning', message: 'uses plain http://', fix: `Use https://${raw.slice('http://'.length)} if the site supports it (most do).` };
  return undefined;
}
