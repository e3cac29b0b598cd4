/**
 * The benchmark's Markdown report, written to the terminal and, with --write,
 * into docs/budgets.md between marker comments.
 */
import { LIGHTHOUSE_CATEGORIES, MIN_LIGHTHOUSE } from './budgets.ts';
import { totalGzip, type BudgetCheck, type LighthouseScores, type PageMeasurement } from './evaluateBudgets.ts';

export interface BudgetReport {
  /** When it ran, YYYY-MM-DD. */
  date: string;
  /** One line about the environment (content size, browser). */
  environment: string;
  pages: PageMeasurement[];
  lighthouse: { page: string; path: string; scores: LighthouseScores | null; failing: string[] }[];
  checks: BudgetCheck[];
}

export const REPORT_START = '<!-- bench-pages:start -->';
export const REPORT_END = '<!-- bench-pages:end -->';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * @example renderBudgetReport(report).startsWith('Measured on')
 */
export function renderBudgetReport(report: BudgetReport): string {
  const failed = report.checks.filter((check) => !check.ok);
  const lines = [
    `Measured on ${report.date} with \`npm run bench:pages\` (${report.environment}).`,
    '',
    '| page | path | first-load JS (gzip) | scripts |',
    '|---|---|---:|---:|',
    ...report.pages.map((page) => `| ${page.page} | \`/${page.path}\` | ${page.status === 200 ? `${kb(totalGzip(page.firstLoad))} KB` : `HTTP ${page.status}`} | ${page.firstLoad.length} |`),
    '',
    `| page | ${LIGHTHOUSE_CATEGORIES.join(' | ')} |`,
    `|---|${LIGHTHOUSE_CATEGORIES.map(() => '---:').join('|')}|`,
    ...report.lighthouse.map((row) => `| ${row.page} | ${LIGHTHOUSE_CATEGORIES.map((category) => {
      const score = row.scores?.[category];
      if (score === undefined) return 'not run';
      return score < MIN_LIGHTHOUSE[category] ? `**${score}** ⚠` : String(score);
    }).join(' | ')} |`),
    '',
    '| check | result | detail |',
    '|---|---|---|',
    ...report.checks.map((check) => `| ${check.name} | ${check.ok ? 'pass' : '**FAIL**'} | ${check.detail.replace(/\|/g, '\\|')} |`),
  ];
  const failing = report.lighthouse.filter((row) => row.failing.length > 0);
  if (failing.length > 0) {
    lines.push('', 'Lighthouse audits that did not pass:', '');
    for (const row of failing) lines.push(`- ${row.page}: ${row.failing.join('; ')}`);
  }
  lines.push('', failed.length === 0 ? `All ${report.checks.length} checks pass.` : `${failed.length} of ${report.checks.length} checks FAIL.`);
  return lines.join('\n');
}

/**
 * Puts the report between the markers of an existing document (appending the
 * markers if the document has none).
 */
export function replaceReport(document: string, report: string, markers: { start: string; end: string } = { start: REPORT_START, end: REPORT_END }): string {
  const block = `${markers.start}\n${report}\n${markers.end}`;
  const start = document.indexOf(markers.start);
  const end = document.indexOf(markers.end);
  if (start === -1 || end === -1 || end < start) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, start) + block + document.slice(end + markers.end.length);
}

/**
 * The markers of the report for a synthetic catalogue of `tools` tools (`npm run bench:pages -- --tools N`), kept
 * apart from the real catalogue's report.
 * @example reportMarkers(1000).start // → '<!-- bench-pages-1000:start -->'
 */
export function reportMarkers(tools: number): { start: string; end: string } {
  return { start: `<!-- bench-pages-${tools}:start -->`, end: `<!-- bench-pages-${tools}:end -->` };
}
