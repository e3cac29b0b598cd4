/**
 * Starts a static server on the built site for the browser tests and hands its
 * URL to them (inject('baseUrl')). NAVIGATOR_E2E_DIST serves another build
 * folder (default dist/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/serve-static.ts';

export default async function setup(project: TestProject) {
  const dist = process.env.NAVIGATOR_E2E_DIST ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/ is missing: run \`npm run build\` before the browser tests (npm test does this for you).`);
  const { server, url } = await startStaticServer(dist, 0, '/');
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
