/**
 * Which tool entries a change adds or modifies, and their committed text, for
 * `npm run pr:summary` (and the same git calls `npm run preview:entry` makes
 * for its baseline).
 *
 * The entries, in order:
 * 1. NAVIGATOR_CHANGED_FILES: comma-separated paths (relative to the working
 *    directory, or absolute); set but empty means "no changed entries".
 * 2. In a git checkout: `git diff --name-only --diff-filter=AM` against
 *    NAVIGATOR_BASE_REF (default HEAD) in content/tools, plus untracked files.
 * 3. Otherwise none.
 * Only tool entries (`tools/<id>.mdx`) are kept; deleted files are left out.
 */
import { spawnSync } from 'node:child_process';
import { basename, dirname, extname, resolve } from 'node:path';
import type { RunGit } from '../validation/addedFiles.ts';

const runGit: RunGit = (args, cwd) => {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
  return result.status === 0 ? result.stdout : undefined;
};

const lines = (text: string | undefined) => (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);

/** Whether a path names a tool entry: an .mdx file in a folder called tools. */
export const isToolEntry = (path: string) => extname(path) === '.mdx' && basename(dirname(path)) === 'tools';

/**
 * @param contentDir the content folder (its tools/ folder is diffed)
 * @returns absolute paths, sorted
 * @example changedEntries('content', { env: { NAVIGATOR_CHANGED_FILES: 'content/tools/truss.mdx' } }) // → ['/…/content/tools/truss.mdx']
 */
export function changedEntries(contentDir: string, options: { env?: NodeJS.ProcessEnv; cwd?: string; git?: RunGit; warn?: (message: string) => void } = {}): string[] {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const git = options.git ?? runGit;
  if (env.NAVIGATOR_CHANGED_FILES !== undefined) {
    return [...new Set(env.NAVIGATOR_CHANGED_FILES.split(',').map((path) => path.trim()).filter(Boolean).map((path) => resolve(cwd, path)))].filter(isToolEntry).sort();
  }
  const dir = resolve(cwd, contentDir, 'tools');
  const top = lines(git(['rev-parse', '--show-toplevel'], resolve(cwd, contentDir)))[0];
  if (!top) return [];
  const base = env.NAVIGATOR_BASE_REF || 'HEAD';
  const diff = git(['diff', '--name-only', '--no-renames', '--diff-filter=AM', base, '--', dir], top);
  if (diff === undefined && env.NAVIGATOR_BASE_REF) options.warn?.(`⚠ NAVIGATOR_BASE_REF=${env.NAVIGATOR_BASE_REF} is not a commit git knows here (fetch it first); only uncommitted entries are summarised.`);
  const changed = lines(diff).map((path) => resolve(top, path));
  const untracked = lines(git(['ls-files', '--others', '--exclude-standard', '--', dir], top)).map((path) => resolve(top, path));
  return [...new Set([...changed, ...untracked])].filter(isToolEntry).sort();
}

/**
 * The text of a file at a commit (`git show <ref>:<path>`), or undefined when
 * the file is not in that commit (a new entry) or git cannot tell.
 * @example committedText('content/tools/mlflow.mdx', 'origin/main')
 */
export function committedText(path: string, ref = 'HEAD', git: RunGit = runGit): string | undefined {
  const absolute = resolve(path);
  return git(['show', `${ref}:./${basename(absolute)}`], dirname(absolute));
}
