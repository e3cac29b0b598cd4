/**
 * npm run preview:entry -- content/tools/<id>.mdx [more files…] [--top 5] [--config config/scoring.json]
 *
 * For each file: validates the entry against the whole catalogue, then shows
 * where it lands on the landscape (quadrant, an ASCII plot, nearest tools),
 * its ring against its category's default, and how it ranks for a few
 * reference teams compared with the committed version (or, for a new or
 * unchanged entry, with the catalogue without it). Exits 1 when an entry has
 * problems.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseScoringConfig } from '../src/lib/scoring/parseScoringConfig.ts';
import { previewEntry } from '../src/lib/preview/previewEntry.ts';
import { formatPreview } from '../src/lib/preview/formatPreview.ts';
import { REFERENCE_TEAMS } from '../src/lib/preview/referenceTeams.ts';
import { committedText } from '../src/lib/preview/changedEntries.ts';

const USAGE = 'Usage: npm run preview:entry -- content/tools/<id>.mdx [more files…] [--top 5] [--config config/scoring.json] [--no-baseline]';

function fail(message: string): never {
  console.error(`✖ ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '5' },
      config: { type: 'string', default: 'config/scoring.json' },
      'no-baseline': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail('give the entry to preview, e.g. content/tools/mlflow.mdx');
const top = Number(values.top);
if (!Number.isInteger(top) || top < 1 || top > 50) fail(`--top must be a whole number from 1 to 50 (found "${values.top}")`);

let weights;
try {
  weights = parseScoringConfig(readFileSync(values.config, 'utf8'), values.config);
} catch (error) {
  fail(`cannot use the scoring weights ${values.config}: ${(error as Error).message}`);
}


let failed = false;
for (const [index, file] of positionals.entries()) {
  const path = resolve(file);
  if (extname(path) !== '.mdx' || basename(dirname(path)) !== 'tools') fail(`${file} is not a tool entry: expected a path like content/tools/<id>.mdx`);
  if (!existsSync(path)) fail(`${file} does not exist. Create it with npm run new:tool.`);
  const preview = previewEntry({
    contentDir: dirname(dirname(path)),
    id: basename(path, '.mdx'),
    text: readFileSync(path),
    baselineText: values['no-baseline'] ? undefined : committedText(path),
    weights,
    teams: REFERENCE_TEAMS,
    top,
  });
  if (index > 0) console.log(`\n${'═'.repeat(80)}\n`);
  console.log(formatPreview(preview));
  if (preview.issues.length) failed = true;
}
process.exit(failed ? 1 : 0);
