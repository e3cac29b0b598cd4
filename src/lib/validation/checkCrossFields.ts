/**
 * Cross-field checks of a tool entry that must be reported even when another
 * field of the entry is wrong.
 *
 * Zod runs an object's refinements (ToolSchema's superRefine in
 * src/schemas/tool.ts) only when no field failed with a type error, so a
 * contributor who fixed a wrong type used to meet a second, hidden problem on
 * the next run. Here each check reads only its own fields, each parsed with
 * that field's own schema, and runs as soon as those fields are valid, whatever
 * the rest of the entry holds. The messages are the schema's own words, so a
 * problem reads the same whichever of the two found it.
 */
import type { z } from 'astro/zod';
import { CATEGORY_TABLE, quadrantOf } from '../../schemas/ids.ts';
import { ToolSchema } from '../../schemas/tool.ts';
import { fieldPath, lineOfField } from './formatZodIssues.ts';
import { show, type ValidationIssue } from './types.ts';

type ToolShape = typeof ToolSchema.shape;
type Fields<K extends keyof ToolShape> = { [F in K]: z.output<ToolShape[F]> };

interface CrossFieldRule<K extends keyof ToolShape> {
  /** The fields the rule reads; it runs only when each of them is valid. */
  fields: readonly K[];
  /** Where the problem is reported. */
  path: readonly (string | number)[];
  check: (values: Fields<K>) => string | undefined;
}

/** Type-checks a rule against the fields it names, then files it with the others. */
const rule = <K extends keyof ToolShape>(spec: CrossFieldRule<K>): CrossFieldRule<keyof ToolShape> => spec;

const POSITION_HINT: Record<string, string> = {
  'cloud-platforms': 'set artifact below 0.5 and scope to 0.5 or above',
  'ml-platforms': 'set artifact and scope to 0.5 or above',
  'specialized-ml-tools': 'set artifact to 0.5 or above and scope below 0.5',
  'standard-swe-tools': 'set artifact and scope below 0.5',
};

/** The tool schema's checks that compare two fields. */
export const TOOL_CROSS_FIELD_RULES: readonly CrossFieldRule<keyof ToolShape>[] = [
  rule({
    fields: ['category', 'position'],
    path: ['position'],
    check: ({ category, position }) => {
      const expected = CATEGORY_TABLE[category].quadrant;
      const actual = quadrantOf(position);
      if (expected === actual) return undefined;
      return `{artifact: ${position.artifact}, scope: ${position.scope}} lies in quadrant "${actual}", but category "${category}" belongs to "${expected}"; ${POSITION_HINT[expected]}, or choose a category of "${actual}"`;
    },
  }),
  rule({
    fields: ['hosting', 'airGapped'],
    path: ['airGapped'],
    check: ({ hosting, airGapped }) => (hosting === 'saas' && airGapped === 'yes' ? 'is "yes", but hosting is "saas": a vendor-hosted service cannot run air-gapped; set airGapped: no, or hosting: both' : undefined),
  }),
];

/**
 * The cross-field problems of a tool entry whose schema check failed, leaving
 * out any the schema did report (it runs its refinements when the other
 * failures were not type errors).
 *
 * @param reported the schema's own issues for this entry
 * @example checkToolCrossFields('x.mdx', { category: 'experimentation-platforms', position: { artifact: 0.2, scope: 0.9 }, stages: 'oops' }, [])
 *   // → [{ field: 'position', message: '{artifact: 0.2, scope: 0.9} lies in quadrant "cloud-platforms", …' }]
 */
export function checkToolCrossFields(file: string, data: Record<string, unknown>, reported: readonly z.core.$ZodIssue[], source?: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { fields, path, check } of TOOL_CROSS_FIELD_RULES) {
    const field = fieldPath(path);
    if (reported.some((issue) => issue.code === 'custom' && fieldPath(issue.path) === field)) continue;
    const values: Record<string, unknown> = {};
    let valid = true;
    for (const name of fields) {
      const parsed = (ToolSchema.shape[name] as z.ZodType).safeParse(data[name]);
      if (!parsed.success) valid = false;
      else values[name] = parsed.data;
    }
    if (!valid) continue;
    const message = check(values as Fields<keyof ToolShape>);
    if (message) issues.push({ file, line: lineOfField(source, path), field, found: show(data[path[0] as string]), message });
  }
  return issues;
}
