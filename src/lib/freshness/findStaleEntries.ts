/**
 * Which tool entries are due for a review: those whose `lastReviewed` date is
 * more than N calendar months before "now" (injectable, so tests and
 * maintainers can ask "what will be stale on 1 March?"). Entries without a
 * readable date are reported separately: they are due too.
 */
import { countWholeMonths } from './countWholeMonths.ts';
import { isDormant } from '../maturity/readGitMaturity.ts';
import type { LenientEntry } from '../scaffold/readContentEntries.ts';

export interface StaleEntry {
  id: string;
  file: string;
  name: string;
  /** YYYY-MM-DD. */
  lastReviewed: string;
  /** Whole calendar months between lastReviewed and now. */
  ageMonths: number;
}

export interface StaleReport {
  /** Entries reviewed before this date are stale (YYYY-MM-DD). */
  cutoff: string;
  /** Oldest first. */
  stale: StaleEntry[];
  /** Entries whose lastReviewed is missing or not a date. */
  undated: LenientEntry[];
  /** Open-source entries whose maturity snapshot says the project is dormant, or whose snapshot is older than `months`. */
  dormant: { id: string; file: string; name: string; why: string }[];
  total: number;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The same day N calendar months earlier, clamped to the month's last day (31 March − 1 month = 28/29 February).
 *
 * @example iso(subtractMonths(new Date('2026-03-31'), 1)) // → '2026-02-28'
 */
export function subtractMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** A frontmatter date as written (YAML may have parsed it already), or undefined. */
export function readDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || iso(date) !== value ? undefined : date;
  }
  return undefined;
}

/**
 * @example findStaleEntries(tools, new Date('2026-11-28'), 12).cutoff // → '2025-11-28'
 */
export function findStaleEntries(tools: readonly LenientEntry[], now: Date, months = 12): StaleReport {
  const cutoff = subtractMonths(now, months);
  const stale: StaleEntry[] = [];
  const undated: LenientEntry[] = [];
  for (const tool of tools) {
    const reviewed = readDate(tool.data.lastReviewed);
    if (!reviewed) {
      undated.push(tool);
      continue;
    }
    if (reviewed < cutoff) {
      stale.push({ id: tool.id, file: tool.file, name: typeof tool.data.name === 'string' ? tool.data.name : tool.id, lastReviewed: iso(reviewed), ageMonths: countWholeMonths(reviewed, now) });
    }
  }
  stale.sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.id.localeCompare(b.id));
  const dormant: StaleReport['dormant'] = [];
  for (const tool of tools) {
    const m = tool.data.maturity as { readOn?: unknown; lastCommit?: unknown; archived?: unknown; latestRelease?: { tag?: unknown; date?: unknown }; firstCommit?: unknown; contributors12m?: unknown; from?: unknown } | undefined;
    const readOn = readDate(m?.readOn);
    const lastCommit = readDate(m?.lastCommit);
    if (!m || !readOn || !lastCommit) continue;
    const release = readDate(m.latestRelease?.date);
    const name = typeof tool.data.name === 'string' ? tool.data.name : tool.id;
    const latest = release && typeof m.latestRelease?.tag === 'string' ? { tag: m.latestRelease.tag, date: iso(release) } : undefined;
    if (isDormant({ latestRelease: latest, lastCommit: iso(lastCommit), archived: m.archived === true ? true : m.archived === false ? false : 'unknown', readOn: iso(now), from: m.from === 'github-api' ? 'github-api' : 'git-snapshot' })) {
      dormant.push({ id: tool.id, file: tool.file, name, why: latest ? `no release since ${latest.tag} (${latest.date})` : `no commit since ${iso(lastCommit)}` });
    } else if (readOn < cutoff) {
      dormant.push({ id: tool.id, file: tool.file, name, why: `maturity snapshot read on ${iso(readOn)}: run npm run refresh:maturity` });
    }
  }
  return { cutoff: iso(cutoff), stale, undated, dormant, total: tools.length };
}

/**
 * The maintainer-facing list.
 *
 * @example formatStaleReport(findStaleEntries([], now, 12), 12) // → '✔ All 0 tool entries were reviewed in the last 12 months (on or after 2025-11-28).'
 */
export function formatStaleReport(report: StaleReport, months: number): string {
  const due = report.stale.length + report.undated.length;
  const dormantLines = report.dormant.length ? ['', `${report.dormant.length} open-source ${report.dormant.length === 1 ? 'project looks' : 'projects look'} dormant (no release in 18 months) or ${report.dormant.length === 1 ? 'has' : 'have'} an old maturity snapshot:`, ...report.dormant.map((d) => `  ${d.file}  ${d.name}: ${d.why}`)] : [];
  if (due === 0 && dormantLines.length) return [`✔ All ${report.total} tool entries were reviewed in the last ${months} months (on or after ${report.cutoff}).`, ...dormantLines].join('\n');
  if (due === 0) return `✔ All ${report.total} tool entries were reviewed in the last ${months} months (on or after ${report.cutoff}).`;
  const lines = [`${due} of ${report.total} tool entries need a review: lastReviewed is more than ${months} months old (before ${report.cutoff})${report.undated.length ? ' or missing' : ''}.`, ''];
  const width = Math.max(...report.stale.map((entry) => entry.file.length), 0);
  for (const entry of report.stale) lines.push(`  ${entry.lastReviewed}  ${`${entry.ageMonths} months`.padStart(10)}  ${entry.file.padEnd(width)}  ${entry.name}`);
  for (const entry of report.undated) lines.push(`  (no valid lastReviewed)  ${entry.file}`);
  lines.push('', 'For each: re-check the facts against its sources (fix what changed), then set lastReviewed to today; or set status to deprecated or discontinued.');
  lines.push(...dormantLines);
  return lines.join('\n');
}
