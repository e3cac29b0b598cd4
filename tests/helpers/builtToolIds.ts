/**
 * The ids of every tool page in the build the browser tests serve
 * (NAVIGATOR_E2E_DIST or dist/): the catalogue, read independently of any page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function builtToolIds(): string[] {
  const dir = join(process.env.NAVIGATOR_E2E_DIST ?? 'dist', 'tools');
  return readdirSync(dir, { withFileTypes: true })
    // tools/page/<n>/ holds the catalogue's later pages, not a tool (validation reserves the id "page").
    .filter((entry) => entry.isDirectory() && entry.name !== 'page')
    .map((entry) => entry.name)
    .sort();
}
