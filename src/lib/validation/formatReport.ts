/**
 * Render validation issues for people (grouped by file, with counts) and for
 * GitHub Actions (one ::error annotation per issue, shown on the PR diff).
 */
import type { ValidationIssue } from './types.ts';

export function formatIssueLine(issue: ValidationIssue): string {
  const where = issue.line ? `line ${issue.line}, ` : '';
  const found = issue.found !== undefined ? ` (found ${issue.found})` : '';
  const fix = issue.fix ? `\n      fix: ${issue.fix}` : '';
  return `  ✖ ${where}${issue.field}${found}: ${issue.message}${fix}`;
}

export function formatReport(issues: readonly ValidationIssue[], fileCount: number): string {
  if (issues.length === 0) return `✔ ${fileCount} content files valid.`;
  const byFile = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  const parts: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`${file} — ${list.length} ${list.length === 1 ? 'problem' : 'problems'}`);
    for (const issue of list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) parts.push(formatIssueLine(issue));
  }
  parts.push('', `✖ ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in ${byFile.size} of ${fileCount} content files. Nothing was built.`);
  return parts.join('\n');
}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
export function formatAnnotations(issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => {
      const props = [`file=${escapeProperty(issue.file)}`];
      if (issue.line) props.push(`line=${issue.line}`);
      props.push(`title=${escapeProperty(issue.field)}`);
      const found = issue.found !== undefined ? ` (found ${issue.found})` : '';
      return `::error ${props.join(',')}::${escapeData(`${issue.field}${found}: ${issue.message}${issue.fix ? ` — fix: ${issue.fix}` : ''}`)}`;
    })
    .join('\n');
}
