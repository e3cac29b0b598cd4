/**
 * The absolute URL of a page of this site, from Astro's `site` and base path —
 * open-data files link back to the pages with full URLs.
 *
 * @example siteUrl(new URL('https://example.org'), '/nav/', 'tools/mlflow/') // → 'https://example.org/nav/tools/mlflow/'
 */
import { withBase } from '../withBase.ts';

export function siteUrl(site: URL | undefined, base: string, path: string): string {
  const relative = withBase(base, path);
  return site ? new URL(relative, site).href : relative;
}

/** @example toolPageUrl(new URL('https://example.org'), '/', 'mlflow') // → 'https://example.org/tools/mlflow/' */
export function toolPageUrl(site: URL | undefined, base: string, id: string): string {
  return siteUrl(site, base, `tools/${id}/`);
}
