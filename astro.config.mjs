// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  // One compiler for Markdown and MDX, with the features the safety check parses with.
  // The safety plugin runs first on the compiler's own tree and stops the build before any code is generated.
  markdown: {
    processor: satteri({ features: { ...MARKDOWN_FEATURES }, mdastPlugins: [safetyPlugin] }),
    // rel="noopener noreferrer" on external links is added to every built page by scripts/build.ts (entries and components alike).
  },
  integrations: [mdx(), splitToolFiles(), toolCards()],
  vite: {
    build: {
      rollupOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the bundler warns about once
        // per entry (hundreds of identical lines). It is harmless: https://github.com/withastro/astro/issues/18087
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
});
