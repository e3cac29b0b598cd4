/**
 * Serves a built site with Astro's own preview server (the programmatic
 * `preview()` API), for the browser tests and the page benchmarks. It honours
 * the project's base path, trailing-slash rule and 404 page exactly as
 * `npm run preview` does.
 *
 *   const { url, stop } = await previewSite('dist');
 */
import { resolve } from 'node:path';
import { preview } from 'astro';

export interface PreviewedSite {
  /** The site's root URL, ending in the base path (e.g. http://127.0.0.1:43123/). */
  url: string;
  stop(): Promise<void>;
}

export async function previewSite(dir = 'dist'): Promise<PreviewedSite> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const server = await preview({
    root: process.cwd(),
    outDir: resolve(dir),
    logLevel: 'error',
    // Port 0: the operating system picks a free one, so parallel runs never collide.
    server: { host: '127.0.0.1', port: 0 },
  });
  const base = process.env.BASE_PATH ?? '/';
  return { url: `http://127.0.0.1:${server.port}${base.endsWith('/') ? base : `${base}/`}`, stop: () => server.stop() };
}
