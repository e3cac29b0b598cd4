/**
 * /sitemap.xml — every HTML page of the site. Pages are discovered from
 * src/pages itself (each page file, expanded through its getStaticPaths), so a
 * page added later is listed without anyone updating a list here.
 */
import type { APIRoute } from 'astro';
import { isUnlistedPage, pagePathsOfRoute } from '../lib/open-data/pagePathsOfRoute';
import { renderSitemap } from '../lib/open-data/renderSitemap';
import { siteUrl } from '../lib/open-data/toolPageUrl';

type StaticPaths = { params: Record<string, string | number | undefined> }[];
interface PageModule {
  getStaticPaths?: (options: { paginate: () => never; routePattern: string }) => StaticPaths | Promise<StaticPaths>;
}

const pages = import.meta.glob<PageModule>(['./**/*.astro', './**/*.md', './**/*.mdx']);

export const GET: APIRoute = async ({ site }) => {
  const paths: string[] = [];
  for (const [file, load] of Object.entries(pages)) {
    const relative = file.replace(/^\.\//, '');
    if (isUnlistedPage(relative)) continue;
    const dynamic = /\[[^\]]+\]/.test(relative);
    let paramsList: StaticPaths[number]['params'][] = [{}];
    if (dynamic) {
      const module = await load();
      if (!module.getStaticPaths) throw new Error(`sitemap.xml: src/pages/${relative} is a dynamic route without getStaticPaths; export one so the sitemap can list its pages.`);
      const result = await module.getStaticPaths({
        paginate: () => {
          throw new Error(`sitemap.xml: src/pages/${relative} uses paginate(), which the sitemap does not expand yet; extend src/pages/sitemap.xml.ts.`);
        },
        routePattern: relative,
      });
      paramsList = result.map((entry) => entry.params);
    }
    paths.push(...pagePathsOfRoute(relative, paramsList));
  }
  const base = import.meta.env.BASE_URL;
  return new Response(renderSitemap(paths.map((path) => siteUrl(site, base, path))), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
