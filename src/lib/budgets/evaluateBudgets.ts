/**
 * Judges benchmark measurements against the budgets (budgets.ts). Pure: the
 * script does the measuring in a browser and hands the numbers over.
 *
 * "The tool page ships no JavaScript except the lazily loaded search" is
 * checked as: every script the tool page loads on first load is one that every
 * measured page loads (the layout's search loader and theme script), and none
 * of the search's heavy parts (searcher chunk, index) is fetched until someone
 * uses the search — while using it does fetch them.
 */
import { LIGHTHOUSE_CATEGORIES, MAX_FIRST_LOAD_JS, MIN_LIGHTHOUSE, type BenchPage, type LighthouseCategory } from './budgets.ts';

export interface MeasuredScript {
  /** Path of an external script, or `inline:<hash>` for an inline one. */
  key: string;
  gzipBytes: number;
  rawBytes: number;
}

export interface PageMeasurement {
  page: BenchPage;
  path: string;
  /** HTTP status of the page; anything but 200 means the page is missing. */
  status: number;
  /** Scripts executed on first load, before any interaction. */
  firstLoad: MeasuredScript[];
  /** Non-script requests on first load (to check that the search index is not fetched). */
  otherRequests: string[];
  /** Only for the tool page: what using the search loaded afterwards. */
  afterSearch?: { scripts: MeasuredScript[]; requests: string[] };
}

export interface BudgetCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export const totalGzip = (scripts: readonly MeasuredScript[]) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Either file of the search index: the first (search-index.json) or its descriptions (search-descriptions.json). */
const isSearchIndex = (url: string) => /search-(index|descriptions)\.json(\?|$)/.test(url);

/**
 * @example evaluateJsBudgets(measurements).filter((check) => !check.ok) // the failed budgets, each with a reason
 */
export function evaluateJsBudgets(pages: readonly PageMeasurement[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const present = pages.filter((page) => page.status === 200);
  for (const page of pages.filter((p) => p.status !== 200)) {
    checks.push({ name: `${page.page} page exists`, ok: false, detail: `/${page.path} answered HTTP ${page.status}; build the page (npm run build) or pass --tool with an existing tool id.` });
  }
  // Scripts every page loads are the layout's (theme + search loader).
  const shared = present.length > 0 ? present.map((page) => new Set(page.firstLoad.map((s) => s.key))).reduce((a, b) => new Set([...a].filter((key) => b.has(key)))) : new Set<string>();

  for (const page of present) {
    const limit = MAX_FIRST_LOAD_JS[page.page];
    if (limit !== undefined) {
      const total = totalGzip(page.firstLoad);
      checks.push({ name: `${page.page}: first-load JS ≤ ${kb(limit)}`, ok: total <= limit, detail: `${kb(total)} compressed in ${page.firstLoad.length} scripts` });
    }
  }

  const tool = present.find((page) => page.page === 'tool');
  if (tool) {
    const extra = tool.firstLoad.filter((script) => !shared.has(script.key));
    checks.push({
      name: 'tool page: no JS but the layout’s search loader and theme script',
      ok: extra.length === 0,
      detail: extra.length === 0 ? `${kb(totalGzip(tool.firstLoad))} compressed, all of it shared with every page` : `also loads ${extra.map((s) => `${s.key} (${kb(s.gzipBytes)})`).join(', ')}`,
    });
    const early = tool.otherRequests.filter(isSearchIndex);
    checks.push({ name: 'tool page: search index not fetched on first load', ok: early.length === 0, detail: early.length === 0 ? 'not fetched' : `fetched ${early.join(', ')}` });
    const after = tool.afterSearch;
    const lazyOk = !!after && after.requests.some(isSearchIndex) && after.scripts.length > 0;
    checks.push({
      name: 'tool page: using the search loads the searcher and the index lazily',
      ok: lazyOk,
      detail: after ? `then loaded ${after.scripts.map((s) => `${s.key} (${kb(s.gzipBytes)})`).join(', ') || 'no script'}${after.requests.some(isSearchIndex) ? ' and the index' : ', but not the index'}` : 'not measured',
    });
  }
  return checks;
}

export type LighthouseScores = Record<LighthouseCategory, number>;

/**
 * @example evaluateLighthouse('home', { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 }) // all ok
 */
export function evaluateLighthouse(page: BenchPage, scores: LighthouseScores): BudgetCheck[] {
  return LIGHTHOUSE_CATEGORIES.map((category) => ({
    name: `${page}: Lighthouse ${category} ≥ ${MIN_LIGHTHOUSE[category]}`,
    ok: scores[category] >= MIN_LIGHTHOUSE[category],
    detail: String(scores[category]),
  }));
}
