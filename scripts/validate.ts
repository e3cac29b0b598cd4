/**
 * npm run validate [-- --content <dir>] [--quiet]
 *
 * Checks every content entry and every cross-reference, prints every problem at
 * once (file, field, value found, what is allowed, the fix) and exits 1 on any.
 * In GitHub Actions it also prints ::error annotations for the PR diff.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateContent } from '../src/lib/validation/validateContent.ts';
import { formatAnnotations, formatReport } from '../src/lib/validation/formatReport.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env.NAVIGATOR_CONTENT_DIR ?? 'content' },
    quiet: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const { issues, fileCount } = validateContent(resolve(values.content));
const ms = Math.round(performance.now() - started);

if (issues.length > 0) {
  console.error(formatReport(issues, fileCount));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatAnnotations(issues));
  process.exit(1);
}
if (!values.quiet) console.log(`${formatReport(issues, fileCount)} (${ms} ms)`);
