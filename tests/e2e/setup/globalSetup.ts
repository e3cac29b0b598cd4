/**
 * Starts a static server on dist/ for the browser tests and hands its URL to
 * them through the NAVIGATOR_E2E_URL environment variable.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/serve-static.ts';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does this for you).');
  const { server, url } = await startStaticServer('dist', 0, '/');
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
