/**
 * npm run check:links [-- --online] [--timeout 10000] [--concurrency 8] [--content <dir>]
 *
 * Offline (default): checks the form of every URL in the content folder, in
 * frontmatter and in Markdown bodies; needs no network. --online also checks
 * that each distinct http(s) URL is reachable. Prints every problem grouped by
 * file (and GitHub annotations in Actions); exits 1 on any error, 0 when there
 * are only warnings.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectLinks, type LinkRef } from '../src/lib/links/collectLinks.ts';
import { checkLinkForm } from '../src/lib/links/checkLinkForm.ts';
import { checkReachability } from '../src/lib/links/checkReachability.ts';
import { formatLinkReport, type LinkIssue } from '../src/lib/links/formatLinkReport.ts';

function usageError(message: string): never {
  console.error(`✖ ${message}\nUsage: npm run check:links -- [--online] [--timeout <ms>] [--concurrency <n>] [--content <dir>]`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      online: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '8' },
      content: { type: 'string', default: process.env.NAVIGATOR_CONTENT_DIR ?? 'content' },
    },
  }));
} catch (error) {
  usageError((error as Error).message);
}
const timeoutMs = Number(values.timeout);
const concurrency = Number(values.concurrency);
if (!Number.isInteger(timeoutMs) || timeoutMs < 100) usageError(`--timeout must be a whole number of milliseconds, at least 100 (found "${values.timeout}").`);
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) usageError(`--concurrency must be a whole number from 1 to 64 (found "${values.concurrency}").`);

const links = collectLinks(resolve(values.content));
const issues: LinkIssue[] = [];
const wellFormed: LinkRef[] = [];
for (const link of links) {
  const problem = checkLinkForm(link);
  if (problem) issues.push({ ...link, ...problem });
  if (!problem || problem.severity === 'warning') wellFormed.push(link);
}

let checked = 0;
if (values.online) {
  const byUrl = new Map<string, LinkRef[]>();
  for (const link of wellFormed) if (/^https?:/i.test(link.url)) byUrl.set(link.url, [...(byUrl.get(link.url) ?? []), link]);
  const urls = [...byUrl.keys()];
  console.log(`Checking ${urls.length} distinct URLs online (timeout ${timeoutMs / 1000} s, ${concurrency} at a time)…`);
  const results = await checkReachability(urls, { timeoutMs, concurrency }, () => {
    checked++;
    if (process.stdout.isTTY) process.stdout.write(`\r  ${checked}/${urls.length}`);
  });
  if (process.stdout.isTTY) process.stdout.write('\n');
  for (const result of results) {
    if (result.verdict === 'reachable') continue;
    for (const link of byUrl.get(result.url) ?? []) {
      issues.push({ ...link, severity: result.verdict === 'broken' ? 'error' : 'warning', message: `is not reachable: ${result.detail}`, fix: result.verdict === 'broken' ? 'Find the page\'s new address (or an archived copy) and update the link, or remove it.' : 'Open it in a browser; if it works, nothing to do.' });
    }
  }
}

const report = formatLinkReport(issues, links.length, { online: values.online, annotations: process.env.GITHUB_ACTIONS === 'true' });
const errors = issues.filter((issue) => issue.severity === 'error').length;
(errors ? console.error : console.log)(report);
process.exit(errors ? 1 : 0);
