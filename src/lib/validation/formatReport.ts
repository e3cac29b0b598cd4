/**
 * Render validation issues for people (grouped by file, with counts) and for
 * GitHub Actions (one ::error or ::warning annotation per issue, shown on the
 * PR diff). Warnings are problems that are fine while drafting (TODO
 * placeholders); they never fail a run on their own.
 */
import type { ValidationIssue } from './types.ts';

/** One issue as a report line (safe to pass to Array#map). */
export function formatIssueLine(issue: ValidationIssue): string {
  return formatLine(issue, '✖');
}

function formatLine(issue: ValidationIssue, mark: '✖' | '⚠' | 'ℹ'): string {
  const where = issue.line ? `line ${issue.line}, ` : '';
  const found = issue.found !== undefined ? ` (found ${issue.found})` : '';
  const fix = issue.fix ? `\n      fix: ${issue.fix}` : '';
  return `  ${mark} ${where}${issue.field}${found}: ${issue.message}${fix}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function byFile(issues: readonly ValidationIssue[]): [string, ValidationIssue[]][] {
  const files = new Map<string, ValidationIssue[]>();
  for (const issue of issues) files.set(issue.file, [...(files.get(issue.file) ?? []), issue]);
  return [...files].sort(([a], [b]) => a.localeCompare(b));
}

function formatGroups(issues: readonly ValidationIssue[], word: string, mark: '✖' | '⚠' | 'ℹ'): string[] {
  const parts: string[] = [];
  for (const [file, list] of byFile(issues)) {
    parts.push(`${file} — ${plural(list.length, word)}`);
    for (const issue of [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) parts.push(formatLine(issue, mark));
  }
  return parts;
}

/**
 * Notices, for the reviewer: never a failure.
 * @example formatNotices([oneSided]) // → 'ℹ 1 notice (not a failure) …'
 */
export function formatNotices(notices: readonly ValidationIssue[]): string {
  return [`ℹ ${plural(notices.length, 'notice')} (not a failure; worth a look in review)`, ...formatGroups(notices, 'notice', 'ℹ')].join('\n');
}

/**
 * @param warnings shown after the errors, marked ⚠; they do not make the run fail
 * @example formatReport([], 12) // → '✔ 12 content files valid.'
 */
export function formatReport(issues: readonly ValidationIssue[], fileCount: number, warnings: readonly ValidationIssue[] = []): string {
  const warningFiles = byFile(warnings).length;
  const warned = warnings.length ? `${plural(warnings.length, 'warning')} in ${plural(warningFiles, 'file')} (fine while drafting; CI fails on them)` : '';
  if (issues.length === 0 && warnings.length === 0) return `✔ ${fileCount} content files valid.`;
  const parts = formatGroups(issues, 'problem', '✖');
  if (warnings.length) parts.push(...(parts.length ? [''] : []), ...formatGroups(warnings, 'warning', '⚠'));
  if (issues.length === 0) parts.push('', `✔ ${fileCount} content files valid, with ${warned}.`);
  else parts.push('', `✖ ${plural(issues.length, 'problem')} in ${byFile(issues).length} of ${fileCount} content files${warned ? `, and ${warned}` : ''}. Nothing was built.`);
  return parts.join('\n');
}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
export function formatAnnotations(issues: readonly ValidationIssue[], level: 'error' | 'warning' | 'notice' = 'error'): string {
  return issues
    .map((issue) => {
      const props = [`file=${escapeProperty(issue.file)}`];
      if (issue.line) props.push(`line=${issue.line}`);
      props.push(`title=${escapeProperty(issue.field)}`);
      const found = issue.found !== undefined ? ` (found ${issue.found})` : '';
      return `::${level} ${props.join(',')}::${escapeData(`${issue.field}${found}: ${issue.message}${issue.fix ? ` — fix: ${issue.fix}` : ''}`)}`;
    })
    .join('\n');
}
