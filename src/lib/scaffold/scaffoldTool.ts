/**
 * Turn answers into a ready-to-write tool entry, or into the reason it cannot
 * be written: a duplicate of an existing entry, missing answers, or (should the
 * answers slip past their own checks) validation problems. The text is
 * validated against the whole catalogue before anything is written, so what
 * `npm run new:tool` writes always passes `npm run validate`.
 */
import { join } from 'node:path';
import { toolFieldDocs } from '../schema-docs/toolFieldDocs.ts';
import { validateEntryInContext } from '../entry/validateEntryInContext.ts';
import type { ValidationIssue } from '../validation/types.ts';
import { completeAnswers, type MissingAnswer } from './completeAnswers.ts';
import { findDuplicateTool, type DuplicateMatch } from './findDuplicateTool.ts';
import { renderToolFile } from './renderToolFile.ts';
import { slugify } from './slugify.ts';
import type { ScaffoldContext, ToolAnswers } from './toolQuestions.ts';

export type ScaffoldOutcome =
  | { kind: 'duplicate'; match: DuplicateMatch; message: string }
  | { kind: 'missing'; missing: MissingAnswer[] }
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'ready'; id: string; file: string; path: string; text: string };

/**
 * The refusal for a duplicate, pointing at the existing file.
 *
 * @example duplicateMessage('ML Flow', { level: 'same', id: 'mlflow', file: 'content/tools/mlflow.mdx', matched: 'MLflow' })
 *   // → '"ML Flow" is already in the catalogue as "MLflow": content/tools/mlflow.mdx. …'
 */
export function duplicateMessage(name: string, match: DuplicateMatch): string {
  if (match.level === 'same') {
    return `"${name}" is already in the catalogue as "${match.matched}": ${match.file}. Edit that file instead (update its facts, sources and lastReviewed; add the name to its aliases if people search for it).`;
  }
  return `"${name}" looks like "${match.matched}", already in the catalogue: ${match.file}. If you mean that tool, edit its file instead. If it is a different product, run again with --not-duplicate-of ${match.id}.`;
}

/**
 * Check a proposed name against the catalogue; undefined when it may be added.
 * A near match is accepted when `notDuplicateOf` names it.
 */
export function checkDuplicate(name: string, ctx: ScaffoldContext, notDuplicateOf?: string): { match: DuplicateMatch; message: string } | undefined {
  const match = findDuplicateTool(name, ctx.tools, slugify(name));
  if (!match || (match.level === 'similar' && match.id === notDuplicateOf)) return undefined;
  return { match, message: duplicateMessage(name, match) };
}

/**
 * @param contentDir the content folder the entry goes into
 * @example scaffoldTool({ name: 'Example', … }, ctx, 'content') // → { kind: 'ready', file: 'content/tools/example.mdx', text: '---\n…' }
 */
export function scaffoldTool(given: ToolAnswers, ctx: ScaffoldContext, contentDir: string, options: { notDuplicateOf?: string; root?: string } = {}): ScaffoldOutcome {
  const root = options.root ?? process.cwd();
  if (given.name) {
    const duplicate = checkDuplicate(given.name, ctx, options.notDuplicateOf);
    if (duplicate) return { kind: 'duplicate', ...duplicate };
  }
  const { answers, missing } = completeAnswers(given, ctx);
  if (!answers) return { kind: 'missing', missing };
  const id = slugify(answers.name);
  if (!id) return { kind: 'missing', missing: [{ flag: 'name', message: `"${answers.name}" gives no usable file name; use a name with letters or digits.` }] };
  const text = renderToolFile(answers, toolFieldDocs(), ctx, id);
  const check = validateEntryInContext(contentDir, id, text, root);
  if (check.issues.length) return { kind: 'invalid', issues: check.issues };
  return { kind: 'ready', id, file: check.file, path: join(contentDir, 'tools', `${id}.mdx`), text };
}
