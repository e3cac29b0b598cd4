/**
 * npm run gen:schema — writes schemas/<collection>.schema.json from the zod
 * schemas, for editor autocompletion in frontmatter (see CONTRIBUTING.md).
 * `--check` exits 1 when a committed file is stale (a test runs this too).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderJsonSchemas } from '../src/lib/schema-docs/renderJsonSchemas.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const files = renderJsonSchemas();
let stale = 0;
mkdirSync('schemas', { recursive: true });
for (const [path, text] of Object.entries(files)) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current === text) continue;
  if (values.check) {
    console.error(`✖ ${path} is stale: run npm run gen:schema and commit the result.`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
