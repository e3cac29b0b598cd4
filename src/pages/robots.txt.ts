/** /robots.txt — everything may be crawled; points crawlers at the sitemap. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/open-data/toolPageUrl';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(site, import.meta.env.BASE_URL, 'sitemap.xml')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
