// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES } from './src/lib/safety/markdownFeatures.ts';
import { safetyPlugin } from './src/lib/safety/safetyPlugin.ts';
import { splitToolFiles } from './src/integrations/splitToolFiles.ts';
import { toolCards } from './src/integrations/toolCards.ts';

// SITE_URL sets the canonical origin (sitemap, feeds); BASE_PATH serves the site
// from a sub-path, e.g. /mlops-navigator/ on GitHub Pages.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://mlops-navigator.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Tests that build fixture content use their own cache, so it never leaks into the real build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  ...(process.env.NAVIGATOR_OUT_DIR ? { outDir: process.env.NAVIGATOR_OUT_DIR } : {}),
  // Tool bodies (MDX) are rendered to HTML by the content loader from the tree the safety check accepted
  // (src/content.config.ts, src/lib/safety/renderBody.ts): no entry is ever compiled to a JavaScript module.
  // The Markdown-only collections use Astro's pipeline, with the features the safety check parses with and the
  // safety plugin first on the compiler's own tree.
  markdown: {
    processor: satteri({ features: { ...MARKDOWN_FEATURES }, mdastPlugins: [safetyPlugin] }),
    // rel="noopener noreferrer" on external links is added to every built page by scripts/build.ts (entries and components alike).
  },
  integrations: [splitToolFiles(), toolCards()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
});
