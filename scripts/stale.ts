/**
 * npm run stale [-- --months 12] [--now YYYY-MM-DD] [--fail] [--content <dir>]
 *
 * Lists tool entries whose lastReviewed is older than --months (default 12),
 * oldest first. Exits 0 (it is a to-do list), or 1 with --fail when any is due.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findStaleEntries, formatStaleReport, readDate } from '../src/lib/freshness/findStaleEntries.ts';
import { readContentEntries } from '../src/lib/scaffold/readContentEntries.ts';

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      months: { type: 'string', default: '12' },
      now: { type: 'string' },
      fail: { type: 'boolean', default: false },
      content: { type: 'string', default: process.env.NAVIGATOR_CONTENT_DIR ?? 'content' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}. Usage: npm run stale -- [--months 12] [--now YYYY-MM-DD] [--fail] [--content <dir>]`);
}
const months = Number(values.months);
if (!Number.isInteger(months) || months < 1) fail(`--months must be a whole number of months, at least 1 (found "${values.months}").`);
const now = values.now === undefined ? new Date() : readDate(values.now);
if (!now) fail(`--now must be a date written YYYY-MM-DD (found "${values.now}").`);

const tools = readContentEntries(resolve(values.content), 'tools');
if (tools.length === 0) fail(`no tool entries found in ${values.content}/tools.`);
const report = findStaleEntries(tools, now, months);
console.log(formatStaleReport(report, months));
if (values.fail && report.stale.length + report.undated.length > 0) process.exit(1);
