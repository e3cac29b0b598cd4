/**
 * The site's Content-Security-Policy. Pages are static, so the policy is
 * computed from each built page: nothing loads from another origin, and the
 * few inline scripts and styles are allowed by their SHA-256 hash only.
 * Embeddable pages (under /embed/) may be framed; every other page may not.
 */
import { createHash } from 'node:crypto';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inline <script> and <style> contents, and style="" attribute values, of a page. */
export function inlineSources(html: string): { scripts: string[]; styles: string[]; styleAttributes: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!).filter((s) => s.length > 0);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  const styleAttributes = [...html.matchAll(/\sstyle="([^"]*)"/gi)].map((m) => decodeAttribute(m[1]!));
  return { scripts, styles, styleAttributes };
}

function decodeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The policy for one page, as the meta tag carries it (frame-ancestors only works as a header). */
export function policyFor(html: string): string {
  const { scripts, styles, styleAttributes } = inlineSources(html);
  const uniq = (list: string[]) => [...new Set(list)];
  const styleHashes = uniq(styles.map(hash));
  const attributeHashes = uniq(styleAttributes.map(hash));
  return [
    "default-src 'none'",
    `script-src 'self' ${uniq(scripts.map(hash)).join(' ')}`.trim(),
    `style-src 'self' ${[...styleHashes, ...(attributeHashes.length ? ["'unsafe-hashes'", ...attributeHashes] : [])].join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element of <head>, before anything it governs. */
export function withCspMeta(html: string): string {
  const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(cleaned)}">`;
  return cleaned.replace(/<head([^>]*)>/i, (tag) => `${tag}${meta}`);
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages and others read it) with the header-only rules. Hosts apply every
 * rule whose path matches, so the framing rules must never overlap: the site-wide rule carries only what every
 * page shares, and "never framed" is given path by path for everything the build wrote except /embed/, which may
 * be framed anywhere.
 *
 * @param topLevel the names directly under the output folder (pages' folders and files), e.g. ['index.html', 'tools', 'embed']
 */
export function headersFile(base = '/', topLevel: readonly string[] = []): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const common = ['  X-Content-Type-Options: nosniff', '  Referrer-Policy: no-referrer', '  Permissions-Policy: camera=(), microphone=(), geolocation=()'];
  const framed = "  Content-Security-Policy: frame-ancestors *; base-uri 'none'; form-action 'self'; object-src 'none'";
  const unframed = ['  Cross-Origin-Opener-Policy: same-origin', "  Content-Security-Policy: frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'", '  X-Frame-Options: DENY'];
  const paths = [root, ...[...topLevel].filter((name) => name !== 'embed' && name !== '_headers').sort().map((name) => (name.includes('.') ? `${root}${name}` : `${root}${name}/*`))];
  return [
    `${root}*`,
    ...common,
    '',
    ...paths.flatMap((path) => [path, ...unframed, '']),
    `${root}embed/*`,
    framed,
    '',
    // Files whose names carry a hash of their content never change under the same URL: cache them for a year.
    ...[`${root}_astro/*`, `${root}fit/scoring-*`, `${root}fit/texts-*`, `${root}data/catalogue-*`].flatMap((path) => [path, '  Cache-Control: public, max-age=31536000, immutable', '']),
  ].join('\n');
}
