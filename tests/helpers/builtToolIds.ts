/**
 * The ids of every tool page in the build the browser tests serve
 * (NAVIGATOR_E2E_DIST or dist/): the catalogue, read independently of any page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RESERVED_IDS } from '../../src/lib/validation/validateContent.ts';

export function builtToolIds(): string[] {
  const dir = join(process.env.NAVIGATOR_E2E_DIST ?? 'dist', 'tools');
  return readdirSync(dir, { withFileTypes: true })
    // tools/page/<n>/ holds the catalogue's later pages, not a tool: validation reserves such ids.
    .filter((entry) => entry.isDirectory() && !RESERVED_IDS.tools?.includes(entry.name))
    .map((entry) => entry.name)
    .sort();
}
