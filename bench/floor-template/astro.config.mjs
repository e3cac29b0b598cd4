// @ts-check
// The floor of `npm run bench:build`: a bare Astro + MDX project that builds one page per MDX entry of a content
// collection and nothing else. The benchmark copies this folder, links the site's node_modules into the copy and
// builds it on the same entries as the site, so the site's build time can be read against what Astro itself needs.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const cacheDir = process.env.FLOOR_CACHE_DIR;

export default defineConfig({
  ...(process.env.FLOOR_OUT_DIR ? { outDir: process.env.FLOOR_OUT_DIR } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    // Vite's own cache too, so the floor never touches the shared node_modules/.vite of the site.
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
    build: {
      rollupOptions: {
        // The same filter as the site's config: one harmless warning per MDX entry (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
