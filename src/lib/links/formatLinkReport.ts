/**
 * Print link problems the way `npm run validate` prints content problems:
 * grouped by file, each with line, field, the URL, what is wrong and the fix;
 * plus GitHub annotations (::error / ::warning) when run in Actions.
 */
import { formatAnnotations, formatIssueLine } from '../validation/formatReport.ts';
import type { ValidationIssue } from '../validation/types.ts';
import type { LinkRef } from './collectLinks.ts';
import type { LinkProblem } from './checkLinkForm.ts';

export type LinkIssue = LinkRef & LinkProblem;

const toIssue = (issue: LinkIssue): ValidationIssue => ({ file: issue.file, ...(issue.line ? { line: issue.line } : {}), field: issue.field, found: JSON.stringify(issue.url), message: issue.message, fix: issue.fix });

/**
 * @example formatLinkReport([], 120, { online: false, annotations: false }) // → '✔ 120 links well-formed.'
 */
export function formatLinkReport(issues: readonly LinkIssue[], linkCount: number, options: { online: boolean; annotations: boolean }): string {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const what = options.online ? 'well-formed and reachable' : 'well-formed';
  const parts: string[] = [];
  const byFile = new Map<string, LinkIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`${file} — ${list.length} ${list.length === 1 ? 'link' : 'links'}`);
    for (const issue of list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const line = formatIssueLine(toIssue(issue));
      parts.push(issue.severity === 'warning' ? line.replace('✖', '⚠') : line);
    }
  }
  if (parts.length) parts.push('');
  if (errors.length) parts.push(`✖ ${errors.length} of ${linkCount} links are not ${what}${warnings.length ? `; ${warnings.length} warnings` : ''}.`);
  else parts.push(`✔ ${linkCount} links ${what}${warnings.length ? ` (${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'})` : ''}.`);
  if (options.annotations && issues.length) {
    const annotate = (list: LinkIssue[], level: string) => (list.length ? formatAnnotations(list.map(toIssue)).replace(/^::error /gm, `::${level} `) : '');
    parts.push(...[annotate(errors, 'error'), annotate(warnings, 'warning')].filter(Boolean));
  }
  return parts.join('\n');
}
