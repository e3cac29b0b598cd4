/**
 * Serves the built site with Astro's preview server for the browser tests and
 * hands its URL to them (inject('baseUrl')). NAVIGATOR_E2E_DIST serves another
 * build folder (default dist/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { previewSite } from '../../../scripts/preview-site.ts';

export default async function setup(project: TestProject) {
  const dist = process.env.NAVIGATOR_E2E_DIST ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/ is missing: run \`npm run build\` before the browser tests (npm test does this for you).`);
  const site = await previewSite(dist);
  project.provide('baseUrl', site.url);
  return () => site.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
