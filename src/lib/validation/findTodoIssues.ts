/**
 * TODO placeholders left in an entry, as issues that name the field (or the
 * body) they sit in. They are warnings: a scaffolded entry is a draft until its
 * TODOs are filled in, and `npm run validate` fails on them only in CI.
 */
import { findTodos } from '../preview/findTodos.ts';
import type { ValidationIssue } from './types.ts';

/**
 * @param bodyOffset number of file lines before the body (frontmatter and its "---" lines)
 * @example findTodoIssues('content/tools/x.mdx', '---\ndescription: "TODO: …"\n---\nBody', 3)
 *   // → [{ file: 'content/tools/x.mdx', line: 2, field: 'description', found: 'description: "TODO: …"', severity: 'warning', … }]
 */
export function findTodoIssues(file: string, source: string, bodyOffset: number): ValidationIssue[] {
  const lines = source.split(/\r?\n/);
  return findTodos(source).map((line): ValidationIssue => {
    const text = lines[line - 1]!.trim();
    let field = '(body)';
    if (line <= bodyOffset) {
      // The top-level key the line belongs to: the nearest "key:" at the start of a line, at or above it.
      for (let index = line - 1; index > 0; index--) {
        const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[index]!)?.[1];
        if (key) {
          field = key;
          break;
        }
      }
      if (field === '(body)') field = '(frontmatter)';
    }
    return {
      file,
      line,
      field,
      found: text.length > 60 ? `${text.slice(0, 59)}…` : text,
      message: 'still holds a TODO placeholder',
      fix: 'Replace the TODO with what it asks for, or delete the line. While drafting this is a warning; in CI (CI=true, or npm run validate -- --ci) it fails.',
      severity: 'warning',
    };
  });
}
