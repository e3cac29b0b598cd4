import { describe, expect, it } from 'vitest';
import { evaluateJsBudgets, evaluateLighthouse, type MeasuredScript, type PageMeasurement } from '../../../src/lib/budgets/evaluateBudgets.ts';
import { REPORT_END, REPORT_START, renderBudgetReport, replaceReport, reportMarkers } from '../../../src/lib/budgets/renderBudgetReport.ts';

const script = (key: string, gzipBytes: number): MeasuredScript => ({ key, gzipBytes, rawBytes: gzipBytes * 3 });
const theme = script('inline:aaaa1111', 300);
const search = script('/_astro/SiteSearch.js', 1600);
const layout = [theme, search];
const page = (name: PageMeasurement['page'], firstLoad: MeasuredScript[], extra: Partial<PageMeasurement> = {}): PageMeasurement => ({
  page: name,
  path: `${name}/`,
  status: 200,
  firstLoad,
  otherRequests: [],
  ...extra,
});
const lazy = { scripts: [script('/_astro/createSearcher.js', 8000)], requests: ['http://x/search-index.json'] };
const failed = (checks: ReturnType<typeof evaluateJsBudgets>) => checks.filter((check) => !check.ok).map((check) => check.name);

describe('evaluateJsBudgets', () => {
  const good = [page('home', layout), page('catalogue', [...layout, script('/_astro/catalogue.js', 4000)]), page('map', [...layout, script('/_astro/map.js', 500)]), page('tool', layout, { afterSearch: lazy })];

  it('passes a site within budget', () => {
    expect(failed(evaluateJsBudgets(good))).toEqual([]);
  });

  it('fails the catalogue or map above 60 KB of compressed JS', () => {
    const heavy = good.map((p) => (p.page === 'map' ? { ...p, firstLoad: [...layout, script('/_astro/d3.js', 70 * 1024)] } : p));
    expect(failed(evaluateJsBudgets(heavy))).toEqual(['map: first-load JS ≤ 60.0 KB']);
  });

  it('fails a tool page that loads a script the other pages do not', () => {
    const checks = evaluateJsBudgets(good.map((p) => (p.page === 'tool' ? { ...p, firstLoad: [...layout, script('/_astro/minimap.js', 900)] } : p)));
    expect(failed(checks)).toEqual(['tool page: no JS but the layout’s search loader and theme script']);
    expect(checks.find((check) => !check.ok)?.detail).toBe('also loads /_astro/minimap.js (0.9 KB)');
  });

  it('fails a tool page that fetches the search index before anyone searches, or never loads it lazily', () => {
    const eager = good.map((p) => (p.page === 'tool' ? { ...p, otherRequests: ['http://x/search-index.json'] } : p));
    expect(failed(evaluateJsBudgets(eager))).toEqual(['tool page: search index not fetched on first load']);
    const never = good.map((p) => (p.page === 'tool' ? { ...p, afterSearch: { scripts: [], requests: [] } } : p));
    expect(failed(evaluateJsBudgets(never))).toEqual(['tool page: using the search loads the searcher and the index lazily']);
  });

  it('reports a missing page with the fix', () => {
    const checks = evaluateJsBudgets(good.map((p) => (p.page === 'map' ? { ...p, status: 404, firstLoad: [] } : p)));
    expect(checks.find((check) => !check.ok)).toEqual({ name: 'map page exists', ok: false, detail: '/map/ answered HTTP 404; build the page (npm run build) or pass --tool with an existing tool id.' });
  });
});

describe('evaluateLighthouse', () => {
  it('flags performance below 95 and any other category below 100', () => {
    const checks = evaluateLighthouse('catalogue', { performance: 94, accessibility: 100, 'best-practices': 96, seo: 100 });
    expect(checks.filter((check) => !check.ok).map((check) => check.name)).toEqual(['catalogue: Lighthouse performance ≥ 95', 'catalogue: Lighthouse best-practices ≥ 100']);
  });
});

describe('renderBudgetReport and replaceReport', () => {
  const report = renderBudgetReport({
    date: '2026-11-28',
    environment: 'test',
    pages: [page('home', layout), page('map', [], { status: 404 })],
    lighthouse: [{ page: 'home', path: '', scores: { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 }, failing: ['performance/total-blocking-time (600 ms)'] }],
    checks: [{ name: 'a', ok: true, detail: 'x|y' }, { name: 'b', ok: false, detail: 'z' }],
  });

  it('summarises sizes, scores, checks and failing audits', () => {
    expect(report).toContain('| home | `/home/` | 1.9 KB | 2 |');
    expect(report).toContain('| map | `/map/` | HTTP 404 | 0 |');
    expect(report).toContain('| home | **90** ⚠ | 100 | 100 | 100 |');
    expect(report).toContain('| a | pass | x\\|y |');
    expect(report).toContain('- home: performance/total-blocking-time (600 ms)');
    expect(report.endsWith('1 of 2 checks FAIL.')).toBe(true);
  });

  it('replaces only the text between the markers, and appends them when missing', () => {
    const doc = `# Budgets\n\nintro\n\n${REPORT_START}\nold\n${REPORT_END}\n\nafter\n`;
    expect(replaceReport(doc, 'new')).toBe(`# Budgets\n\nintro\n\n${REPORT_START}\nnew\n${REPORT_END}\n\nafter\n`);
    expect(replaceReport('# Budgets\n', 'new')).toBe(`# Budgets\n\n${REPORT_START}\nnew\n${REPORT_END}\n`);
    // A synthetic catalogue's report has markers of its own, so it never replaces the real catalogue's.
    const both = replaceReport(replaceReport('# Budgets\n', 'real'), 'synthetic', reportMarkers(1000));
    expect(both).toContain(`${REPORT_START}\nreal\n${REPORT_END}`);
    expect(both).toContain('<!-- bench-pages-1000:start -->\nsynthetic\n<!-- bench-pages-1000:end -->');
    expect(replaceReport(both, 'again', reportMarkers(1000))).toContain('<!-- bench-pages-1000:start -->\nagain\n');
  });
});
