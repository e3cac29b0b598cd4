/**
 * npm run pr:summary [-- --config config/scoring.json] [--top 5]
 *
 * For a pull request: the decision impact of every tool entry it adds or
 * changes — where the entry lands on the map (quadrant, position), its
 * category and ring, and how its rank moves for the reference teams, before
 * (the version at the base commit) versus after. The same code as
 * `npm run preview:entry` (src/lib/preview/previewEntry.ts), formatted as
 * Markdown (formatPreviewMarkdown.ts).
 *
 * The entries: NAVIGATOR_CHANGED_FILES (comma-separated paths), otherwise
 * `git diff --diff-filter=AM ${NAVIGATOR_BASE_REF:-HEAD} -- content/tools`
 * plus untracked entries (src/lib/preview/changedEntries.ts). The Markdown is
 * appended to $GITHUB_STEP_SUMMARY, or printed when that is unset.
 * Informational: exits 0 even when an entry has problems (validate reports
 * them); 2 on a usage or configuration error.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseScoringConfig } from '../src/lib/scoring/parseScoringConfig.ts';
import { previewEntry, type EntryPreview } from '../src/lib/preview/previewEntry.ts';
import { changedEntries, committedText } from '../src/lib/preview/changedEntries.ts';
import { formatSummaryMarkdown } from '../src/lib/preview/formatPreviewMarkdown.ts';
import { REFERENCE_TEAMS } from '../src/lib/preview/referenceTeams.ts';

const USAGE = 'Usage: npm run pr:summary -- [--config config/scoring.json] [--top 5]   (entries: NAVIGATOR_CHANGED_FILES, or git diff against NAVIGATOR_BASE_REF)';

function fail(message: string): never {
  console.error(`✖ ${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      top: { type: 'string', default: '5' },
      config: { type: 'string', default: 'config/scoring.json' },
      content: { type: 'string', default: process.env.NAVIGATOR_CONTENT_DIR || 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const top = Number(values.top);
if (!Number.isInteger(top) || top < 1 || top > 50) fail(`--top must be a whole number from 1 to 50 (found "${values.top}")`);

let weights;
try {
  weights = parseScoringConfig(readFileSync(values.config, 'utf8'), values.config);
} catch (error) {
  fail(`cannot use the scoring weights ${values.config}: ${(error as Error).message}`);
}

const base = process.env.NAVIGATOR_BASE_REF || 'HEAD';
const previews: EntryPreview[] = [];
for (const path of changedEntries(values.content, { warn: (message) => console.error(message) })) {
  if (!existsSync(path)) continue; // listed but deleted since
  previews.push(
    previewEntry({
      contentDir: dirname(dirname(path)),
      id: basename(path, '.mdx'),
      text: readFileSync(path),
      baselineText: committedText(path, base),
      weights,
      teams: REFERENCE_TEAMS,
      top,
    }),
  );
}

const markdown = formatSummaryMarkdown(previews, /^[0-9a-f]{40}$/i.test(base) ? base.slice(0, 12) : base);
const target = process.env.GITHUB_STEP_SUMMARY;
if (target) {
  appendFileSync(target, `${markdown}\n`);
  console.log(`✔ Summary of ${previews.length} ${previews.length === 1 ? 'entry' : 'entries'} written to the step summary.`);
} else {
  process.stdout.write(markdown);
}
