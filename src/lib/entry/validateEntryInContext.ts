/**
 * Validate one tool entry the way `npm run validate` would, with the whole
 * catalogue around it (cross-references, duplicate names), but report only
 * what concerns that entry. The entry's text may not be on disk yet: it is
 * checked in a throw-away copy of the content folder (the real files plus
 * the candidate; copies, not links, since validation rejects links), so
 * nothing in content/ is touched.
 *
 * Used by `npm run new:tool` (check before writing) and
 * `npm run preview:entry` (check one file while other entries may be broken).
 */
import { cpSync, lstatSync, mkdtempSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { Tool } from '../../schemas/tool.ts';
import { validateContent, type ValidEntry } from '../validation/validateContent.ts';
import type { ValidationIssue } from '../validation/types.ts';

export interface EntryCheck {
  /** The entry's file as it is shown to people, e.g. content/tools/mlflow.mdx. */
  file: string;
  /** Problems in this entry, or about it (e.g. a name it shares with another entry). */
  issues: ValidationIssue[];
  /** Problems elsewhere in the content folder, which this entry is not responsible for. */
  otherIssues: ValidationIssue[];
  /** The schema-parsed entry, when it has no problems. */
  entry?: ValidEntry<Tool>;
  /** Every valid tool of the catalogue, this entry included when valid. */
  tools: ValidEntry<Tool>[];
  /** The full validation result of the overlay (all collections). */
  all: ReturnType<typeof validateContent>;
}

/**
 * @param contentDir the content folder (absolute or relative to root)
 * @param id the tool id (its file name without .mdx)
 * @param text the entry's full text (frontmatter and body)
 * @param root folder that file names are shown relative to
 * @example validateEntryInContext('content', 'mlflow', readFileSync('content/tools/mlflow.mdx')).issues // → []
 */
export function validateEntryInContext(contentDir: string, id: string, text: string | Uint8Array, root = process.cwd()): EntryCheck {
  const realDir = resolve(root, contentDir);
  const realLabel = relative(root, realDir);
  const prefix = realLabel ? `${realLabel}/` : '';
  const base = mkdtempSync(join(tmpdir(), 'navigator-entry-'));
  const overlay = join(base, 'content');
  try {
    mkdirSync(overlay);
    for (const spec of Object.values(COLLECTIONS)) {
      const from = join(realDir, spec.dir);
      if (spec.dir !== 'tools') {
        try {
          // Links in the real folder must stay visible to validation, so they are copied as links.
          cpSync(from, join(overlay, spec.dir), { recursive: true, verbatimSymlinks: true });
        } catch {
          /* a missing folder is reported by validateContent */
        }
        continue;
      }
      mkdirSync(join(overlay, 'tools'));
      let names: string[] = [];
      try {
        names = readdirSync(from);
      } catch {
        /* no tools yet */
      }
      for (const name of names) {
        if (basename(name, '.mdx') === id || name.startsWith('.')) continue;
        const source = join(from, name);
        cpSync(source, join(overlay, 'tools', name), { recursive: lstatSync(source).isDirectory(), verbatimSymlinks: true });
      }
      writeFileSync(join(overlay, 'tools', `${id}.mdx`), text);
    }
    const all = validateContent(overlay, base);
    // Show the real paths (content/tools/x.mdx), not the overlay's.
    const relabel = (value: string) => value.split('content/').join(prefix);
    const relabelled = all.issues.map((issue) => ({ ...issue, file: relabel(issue.file), message: relabel(issue.message), ...(issue.fix ? { fix: relabel(issue.fix) } : {}) }));
    const file = `${prefix}tools/${id}.mdx`;
    const mine = (issue: ValidationIssue) => issue.file === file || issue.message.includes(file) || (issue.fix?.includes(file) ?? false);
    const tools = (all.entries.tools as ValidEntry<Tool>[]).map((entry) => ({ ...entry, file: relabel(entry.file) }));
    const issues = relabelled.filter(mine);
    return {
      file,
      issues,
      otherIssues: relabelled.filter((issue) => !mine(issue)),
      entry: issues.length === 0 ? tools.find((entry) => entry.id === id) : undefined,
      tools,
      all,
    };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
