/**
 * npm run validate [-- --content <dir>] [--ci | --draft] [--quiet]
 *
 * Checks every content entry and every cross-reference, prints every problem at
 * once (file, line, field, value found, what is allowed, the fix) and exits 1 on
 * any. In GitHub Actions it also prints ::error annotations for the PR diff.
 *
 * TODO placeholders are warnings while drafting and errors in CI: --ci, or the
 * CI environment variable (set by GitHub Actions and most CI systems), makes
 * them fail the run; --draft keeps them warnings even there.
 *
 * A duplicate of an existing entry is reported on the file the change adds:
 * NAVIGATOR_NEW_FILES (comma-separated paths) names those files, otherwise they
 * come from git, against NAVIGATOR_BASE_REF (default HEAD) plus untracked files
 * (src/lib/validation/addedFiles.ts).
 *
 * An integration that only one of the two tools lists is a notice, never a
 * failure: shown for the added entries (a ::notice annotation in a pull
 * request), or for every entry with --integrations.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateContentInParallel } from '../src/lib/validation/validateContent.ts';
import { addedFiles } from '../src/lib/validation/addedFiles.ts';
import { formatAnnotations, formatNotices, formatReport } from '../src/lib/validation/formatReport.ts';

const USAGE = 'Usage: npm run validate -- [--content <dir>] [--ci | --draft] [--quiet] [--integrations]';

let values;
try {
  ({ values } = parseArgs({
    options: {
      content: { type: 'string', default: process.env.NAVIGATOR_CONTENT_DIR ?? 'content' },
      ci: { type: 'boolean', default: false },
      draft: { type: 'boolean', default: false },
      integrations: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`✖ ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.ci && values.draft) {
  console.error(`✖ --ci and --draft contradict each other: --ci fails on TODO placeholders, --draft only warns.\n${USAGE}`);
  process.exit(2);
}
const strict = values.ci || (!values.draft && /^(1|true|yes)$/i.test(process.env.CI ?? ''));

const started = performance.now();
const contentDir = resolve(values.content);
const result = await validateContentInParallel(contentDir, process.cwd(), { newFiles: addedFiles(contentDir, { warn: (message) => console.error(message) }), integrationNotices: values.integrations ? 'all' : 'new' });
const ms = Math.round(performance.now() - started);
const issues = strict ? [...result.issues, ...result.warnings] : result.issues;
const warnings = strict ? [] : result.warnings;

if (process.env.GITHUB_ACTIONS === 'true') {
  const annotations = [formatAnnotations(issues), formatAnnotations(warnings, 'warning'), formatAnnotations(result.notices, 'notice')].filter(Boolean).join('\n');
  if (annotations) console.log(annotations);
}
if (result.notices.length > 0) console.log(formatNotices(result.notices));
if (issues.length > 0) {
  console.error(formatReport(issues, result.fileCount, warnings));
  process.exit(1);
}
if (warnings.length > 0) console.error(formatReport(issues, result.fileCount, warnings));
else if (!values.quiet) console.log(`${formatReport(issues, result.fileCount)} (${ms} ms)`);
