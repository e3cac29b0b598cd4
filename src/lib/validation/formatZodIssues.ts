/**
 * Turn zod issues into ValidationIssues: field path, the value found, what is
 * allowed and how to fix it. Enum errors list every allowed value; unknown
 * fields suggest the closest known one.
 */
import { editDistance } from '../text/editDistance.ts';
import type { z } from 'astro/zod';
import { show, type ValidationIssue } from './types.ts';

type ZodIssue = z.core.$ZodIssue;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/**
 * Edit distance with transpositions (Damerau–Levenshtein, optimal string
 * alignment): how many letters must be added, dropped, changed, or swapped
 * with their neighbour to turn one string into the other. Used for "did you
 * mean" hints and for near-duplicate names.
 *
 * @param max stop counting above this: the result is then max + 1
 * @example distance('langfsue', 'langfuse') // → 1 (two letters swapped)
 * @example distance('mlfow', 'mlflow')      // → 1
 */
export function distance(a: string, b: string, max = Infinity): number {
  return editDistance(a, b, max);
}

export function closest(value: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    // Compare letters and digits only: "Apache 2" should find "Apache-2.0".
    const a = value.toLowerCase().replace(/[^a-z0-9]/g, '');
    const b = option.toLowerCase().replace(/[^a-z0-9]/g, '');
    // A truncated or extended id ("monitor" for "monitoring") is a likely typo too.
    const score = a.length >= 3 && (b.startsWith(a) || a.startsWith(b)) ? 1 : distance(a, b);
    if (score < bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** Find the 1-based line of a top-level frontmatter key, for annotations. */
export function lineOfField(source: string | undefined, path: readonly PropertyKey[]): number | undefined {
  if (!source || path.length === 0) return undefined;
  const key = String(path[0]);
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}

export function formatZodIssues(file: string, data: unknown, issues: readonly ZodIssue[], source?: string, knownKeys: readonly string[] = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const value = valueAt(data, path);
    const line = lineOfField(source, path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = closest(key, knownKeys);
        out.push({
          file,
          line: lineOfField(source, [...path, key]) ?? line,
          field: fieldPath([...path, key]),
          message: 'is not a known field',
          fix: suggestion ? `Did you mean "${suggestion}"? Rename or remove it.` : `Remove it; known fields are listed in CONTRIBUTING.md.`,
        });
      }
      continue;
    }
    let message = issue.message;
    let fix: string | undefined;
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      message = `must be one of: ${allowed.join(', ')}`;
      fix = suggestion ? `Did you mean "${suggestion}"?` : 'Pick one of the allowed values.';
    } else if (issue.code === 'invalid_type') {
      message = value === undefined ? `is required (expected ${issue.expected})` : `must be ${article(issue.expected)}, not ${typeName(value)}`;
      fix = value === undefined ? 'Add the field; see CONTRIBUTING.md for its meaning.' : hintForType(issue.expected);
    } else if (issue.code === 'invalid_union') {
      const nested = [...new Set((issue.errors ?? []).flat().map((inner) => inner.message))];
      // One reason, whichever form was meant (a date as Date or as text): say just that.
      if (value === undefined) {
        message = `is required${nested.length === 1 ? ` (it ${nested[0]})` : ''}`;
        fix = 'Add the field; see CONTRIBUTING.md for its meaning.';
      } else message = nested.length === 1 ? nested[0]! : `has the wrong form${nested.length ? `: ${nested.join('; or ')}` : ''}`;
    }
    out.push({ file, line, field: fieldPath(path) || '(frontmatter)', found: value === undefined ? undefined : show(value), message, fix });
  }
  return out;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty (null)';
  if (value instanceof Date) return 'a date';
  return `${article(typeof value)} (${show(value, 40)})`;
}

function hintForType(expected: string): string {
  switch (expected) {
    case 'array':
      return 'Write a YAML list: one "- value" per line, or [a, b].';
    case 'object':
      return 'Write nested "key: value" lines indented by two spaces.';
    case 'number':
      return 'Write a bare number without quotes, e.g. 0.7.';
    case 'string':
      return 'Write text; quote it if it starts with a special character.';
    default:
      return `Write ${article(expected)}.`;
  }
}
