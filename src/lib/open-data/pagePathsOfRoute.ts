/**
 * Turns a page file under src/pages and the params its getStaticPaths returns
 * into the site paths it builds — how the sitemap finds every page, including
 * pages added later, without a list to keep up to date.
 */

/**
 * @param file the page's path relative to src/pages, e.g. 'tools/[id].astro'
 * @param paramsList one params object per built page (from getStaticPaths); ignored for static routes
 * @returns paths relative to the base, with a trailing slash ('' for the home page)
 * @example pagePathsOfRoute('tools/[id].astro', [{ id: 'mlflow' }]) // → ['tools/mlflow/']
 * @example pagePathsOfRoute('index.astro')                        // → ['']
 */
export function pagePathsOfRoute(file: string, paramsList: readonly Record<string, string | number | undefined>[] = [{}]): string[] {
  const segments = file.replace(/\.(astro|md|mdx|html)$/, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  const paths = new Set<string>();
  for (const params of paramsList) {
    const parts = segments.flatMap((segment) =>
      segment.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_match: string, _rest: string | undefined, name: string) => String(params[name] ?? '')).split('/'),
    );
    const path = parts.filter((part) => part.length > 0).join('/');
    paths.add(path === '' ? '' : `${path}/`);
  }
  return [...paths];
}

/** True for page files the sitemap leaves out: error pages, embeddable views (noindex) and files or folders starting with _. */
export function isUnlistedPage(file: string): boolean {
  return /(^|\/)_/.test(file) || /^(404|500)\.(astro|md|mdx|html)$/.test(file) || file.startsWith('embed/');
}
