/**
 * A sitemap (sitemaps.org protocol 0.9) listing every page's absolute URL,
 * sorted and without duplicates.
 *
 * @example renderSitemap(['https://example.org/']) // → '<?xml …><urlset …><url><loc>https://example.org/</loc></url></urlset>'
 */
import { escapeXml } from './escapeXml.ts';

export function renderSitemap(urls: Iterable<string>): string {
  const unique = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...unique.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
