// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// SITE_URL sets the canonical origin (sitemap, feeds); BASE_PATH serves the site
// from a sub-path, e.g. /mlops-navigator/ on GitHub Pages.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://mlops-navigator.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Tests that build fixture content use their own cache, so it never leaks into the real build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [mdx()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
});
