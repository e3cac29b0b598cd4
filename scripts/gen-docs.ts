/**
 * npm run gen:docs — refresh the documentation generated from the schemas:
 * the field reference and category table in CONTRIBUTING.md, the issue form
 * .github/ISSUE_TEMPLATE/propose-tool.yml and .github/pull_request_template.md.
 * `--check` writes nothing and exits 1 when a committed file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { renderGeneratedDocs } from '../src/lib/schema-docs/renderGeneratedDocs.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

let files: Record<string, string>;
try {
  files = renderGeneratedDocs(read);
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
}
let stale = 0;
for (const [path, text] of Object.entries(files)) {
  if (read(path) === text) continue;
  if (values.check) {
    console.error(`✖ ${path} is stale: run npm run gen:docs and commit the result.`);
    stale++;
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
if (values.check) console.log('✔ generated docs are up to date.');
