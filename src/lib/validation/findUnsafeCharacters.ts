/**
 * Frontmatter text may not hide anything: C0 and C1 control characters (other
 * than tab and line breaks in long text) and bidirectional controls are
 * rejected in every string value, whatever the field.
 */
import type { ValidationIssue } from './types.ts';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** @example findUnsafeCharacters('x.mdx', { name: 'A\u202eB' }, '---\nname: …')[0].field // → 'name' */
export function findUnsafeCharacters(file: string, data: unknown, frontmatterSource = ''): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '' }];
  const lines = frontmatterSource.split(/\r?\n/);
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const bad = CONTROL.exec(value) ?? BIDI.exec(value);
      if (bad) {
        const key = path.split(/[.[]/)[0];
        const line = key ? lines.findIndex((l) => l.startsWith(`${key}:`)) : -1;
        issues.push({
          file,
          line: line >= 0 ? line + 1 : undefined,
          field: path || '(frontmatter)',
          found: codePoint(bad[0]),
          message: `contains the invisible ${BIDI.test(bad[0]) ? 'bidirectional control' : 'control'} character ${codePoint(bad[0])}, which can make text display differently from what it is`,
          fix: 'Delete the character; retype the value if you cannot see it.',
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const keyIssue = CONTROL.test(key) || BIDI.test(key);
        if (keyIssue) issues.push({ file, field: `${path}${path ? '.' : ''}${JSON.stringify(key)}`, message: 'a field name contains an invisible control character', fix: 'Retype the field name.' });
        stack.push({ value: item, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return issues;
}
