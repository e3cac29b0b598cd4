/**
 * npm run bench:pages — measures the built site (it builds nothing itself)
 * against the budgets in src/lib/budgets/budgets.ts:
 *
 *   - compressed JavaScript loaded on first load by the home page, the
 *     catalogue, the landscape map, a tool page and the questionnaire's
 *     results page, in Chromium;
 *   - that the tool page loads no JavaScript except the layout's search loader
 *     (and the inline theme script), and that the searcher and the index load only
 *     when the search is used;
 *   - Lighthouse 12 (mobile preset) performance, accessibility, best practices
 *     and SEO on the same pages.
 *
 *   node scripts/bench-pages.ts [--dir dist] [--tool mlflow] [--no-lighthouse] [--write docs/budgets.md]
 *   node scripts/bench-pages.ts --tools 1000 [--write docs/budgets.md]
 *
 * With --tools N it first builds a synthetic catalogue of N tools (as
 * `npm run bench:build` makes them) into a temporary folder and measures that,
 * recording its report in a block of its own.
 *
 * Exits 1 when a budget is missed. Not part of npm test: Lighthouse takes a while
 * and its timings depend on the machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/setup/browser.ts';
import { previewSite } from './preview-site.ts';
import { BENCH_PAGES, LIGHTHOUSE_CATEGORIES, type BenchPage } from '../src/lib/budgets/budgets.ts';
import { evaluateJsBudgets, evaluateLighthouse, type LighthouseScores, type MeasuredScript, type PageMeasurement } from '../src/lib/budgets/evaluateBudgets.ts';
import { renderBudgetReport, replaceReport, reportMarkers, type BudgetReport } from '../src/lib/budgets/renderBudgetReport.ts';
import { buildSite, writeSyntheticContent } from './bench-build.ts';
import { RESERVED_IDS } from '../src/lib/validation/validateContent.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    tool: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    write: { type: 'string' },
    tools: { type: 'string' },
  },
});
let dir = values.dir;
let synthetic: { tools: number; work: string } | undefined;
if (values.tools !== undefined) {
  const tools = Number(values.tools);
  if (!Number.isInteger(tools) || tools < 1) {
    console.error(`bench-pages: --tools takes a whole number of 1 or more (got ${JSON.stringify(values.tools)}), e.g. npm run bench:pages -- --tools 1000`);
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'navigator-bench-pages-'));
  console.log(`bench-pages: building a synthetic catalogue of ${tools} tools in ${work}…`);
  const catalogue = writeSyntheticContent(tools, join(work, 'content'));
  const build = await buildSite(catalogue.dir, work, catalogue.toolIds);
  if (!build.ok) {
    console.error(`bench-pages: the build failed; the end of its log:\n${build.log.split('\n').slice(-30).join('\n')}`);
    process.exit(1);
  }
  dir = join(work, 'site-dist');
  synthetic = { tools, work };
}
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`bench-pages: ${dir}/index.html is missing. Build the site first (npm run build), or pass --dir <folder with a build>.`);
  process.exit(2);
}
const toolsDir = join(dir, 'tools');
const toolIds = existsSync(toolsDir) ? readdirSync(toolsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !RESERVED_IDS.tools?.includes(entry.name)).map((entry) => entry.name).sort() : [];
const toolId = values.tool ?? (toolIds.includes('mlflow') ? 'mlflow' : toolIds[0]);
if (!toolId) {
  console.error(`bench-pages: no tool pages in ${toolsDir}; build the site with at least one tool.`);
  process.exit(2);
}
const PATHS: Record<BenchPage, string> = {
  home: '',
  catalogue: 'tools/',
  map: 'map/',
  tool: `tools/${toolId}/`,
  // A typical answer set: its results (shortlist, stack, radar) are drawn in the browser from the scoring file.
  results: 'fit/results/?workload=tabular&cloud=aws&pain-points=lost-experiments,hard-serving',
};

const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;
const rawSize = (body: Buffer | string) => (typeof body === 'string' ? Buffer.byteLength(body) : body.length);

/** Scripts loaded and inline scripts present, plus other requests, from the moment the page is opened until the network is idle. */
async function measure(browser: Browser, url: string, page: BenchPage): Promise<PageMeasurement> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts: MeasuredScript[] = [];
  const otherRequests: string[] = [];
  const pending: Promise<void>[] = [];
  let phase: 'first' | 'after' = 'first';
  const after: { scripts: MeasuredScript[]; requests: string[] } = { scripts: [], requests: [] };
  tab.on('response', (response) => {
    const type = response.request().resourceType();
    const target = phase === 'first' ? { scripts, requests: otherRequests } : after;
    if (type === 'script') {
      pending.push(
        response.body().then((body) => {
          target.scripts.push({ key: new URL(response.url()).pathname, gzipBytes: gzipSize(body), rawBytes: rawSize(body) });
        }),
      );
    } else if (type !== 'document') {
      target.requests.push(response.url());
    }
  });
  const response = await tab.goto(url, { waitUntil: 'networkidle' });
  const status = response?.status() ?? 0;
  const inline = await tab.$$eval('script:not([src])', (nodes) =>
    nodes.filter((node) => ['', 'module', 'text/javascript', 'application/javascript'].includes(node.getAttribute('type') ?? '')).map((node) => node.textContent ?? ''),
  );
  for (const code of inline) scripts.push({ key: `inline:${createHash('sha1').update(code).digest('hex').slice(0, 8)}`, gzipBytes: gzipSize(code), rawBytes: rawSize(code) });
  await Promise.all(pending);
  const measurement: PageMeasurement = { page, path: PATHS[page], status, firstLoad: scripts, otherRequests };
  if (page === 'tool' && status === 200) {
    phase = 'after';
    await useSearch(tab);
    await Promise.all(pending);
    measurement.afterSearch = after;
  }
  await context.close();
  return measurement;
}

async function useSearch(tab: Page): Promise<void> {
  await tab.keyboard.press('/');
  await tab.keyboard.type('mlflo');
  await tab.waitForSelector('navigator-search [role="option"]', { timeout: 10_000 }).catch(() => undefined);
  await tab.waitForLoadState('networkidle');
}

interface LighthouseRow {
  page: BenchPage;
  path: string;
  scores: LighthouseScores | null;
  failing: string[];
}

async function runLighthouse(baseUrl: string): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of BENCH_PAGES) {
      const result = await lighthouse(`${baseUrl}${PATHS[page]}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        rows.push({ page, path: PATHS[page], scores: null, failing: [lhr?.runtimeError?.message ?? 'Lighthouse returned no result'] });
        continue;
      }
      const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as LighthouseScores;
      const failing: string[] = [];
      for (const category of LIGHTHOUSE_CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
          failing.push(`${category}/${ref.id} (${audit.displayValue ?? audit.score})`);
        }
      }
      // The default config is the mobile preset (emulated phone, simulated slow 4G and CPU); refuse anything else.
      if (lhr.configSettings.formFactor !== 'mobile') failing.push(`ran with formFactor ${lhr.configSettings.formFactor}, not mobile`);
      rows.push({ page, path: PATHS[page], scores, failing });
      const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map((id) => `${id} ${lhr.audits[id]?.displayValue ?? '?'}`);
      console.log(`lighthouse ${page} (${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling): ${LIGHTHOUSE_CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')}; ${metrics.join(', ')}`);
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

const site = await previewSite(dir);
const url = site.url;
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const pages: PageMeasurement[] = [];
  const chromiumVersion = browser.version();
  try {
    for (const page of BENCH_PAGES) pages.push(await measure(browser, `${url}${PATHS[page]}`, page));
  } finally {
    await browser.close();
  }
  const checks = evaluateJsBudgets(pages);
  const lighthouseRows = values['no-lighthouse'] ? BENCH_PAGES.map((page): LighthouseRow => ({ page, path: PATHS[page], scores: null, failing: [] })) : await runLighthouse(url);
  for (const row of lighthouseRows) {
    if (row.scores) checks.push(...evaluateLighthouse(row.page, row.scores));
    else if (!values['no-lighthouse']) checks.push({ name: `${row.page}: Lighthouse ran`, ok: false, detail: row.failing.join('; ') });
    const preset = row.failing.find((text) => text.startsWith('ran with formFactor'));
    if (preset) checks.push({ name: `${row.page}: Lighthouse used the mobile preset`, ok: false, detail: preset });
  }
  const version = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
  const report: BudgetReport = {
    date: new Date().toISOString().slice(0, 10),
    environment: `${synthetic ? 'a synthetic catalogue of ' : ''}${toolIds.length} tools, tool page /tools/${toolId}/, Chromium ${chromiumVersion}, Lighthouse ${version} mobile preset, gzip -9`,
    pages,
    lighthouse: lighthouseRows,
    checks,
  };
  const markdown = renderBudgetReport(report);
  console.log(`\n${markdown}`);
  if (values.write) {
    const previous = existsSync(values.write) ? readFileSync(values.write, 'utf8') : '# Budgets\n';
    writeFileSync(values.write, synthetic ? replaceReport(previous, markdown, reportMarkers(synthetic.tools)) : replaceReport(previous, markdown));
    console.log(`\nWrote the results into ${values.write}.`);
  }
  process.exitCode = checks.every((check) => check.ok) ? 0 : 1;
} finally {
  await site.stop();
  if (synthetic) rmSync(synthetic.work, { recursive: true, force: true });
}

