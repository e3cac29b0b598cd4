/**
 * Join the site's base path and a site-relative path, so links work when the
 * site is served from a sub-path (GitHub Pages).
 *
 * @example withBase('/mlops/', 'tools/mlflow/') // → '/mlops/tools/mlflow/'
 */
export function withBase(base: string, path: string): string {
  const left = base.endsWith('/') ? base : `${base}/`;
  return `${left}${path.replace(/^\/+/, '')}`;
}
