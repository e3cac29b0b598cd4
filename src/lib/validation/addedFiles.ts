/**
 * The files a change adds, so that `npm run validate` can report a duplicate
 * on the new file (the one in the pull request's diff) and name the existing
 * entry, instead of the other way round.
 *
 * In order:
 * 1. NAVIGATOR_NEW_FILES: comma-separated paths (relative to the working
 *    directory, or absolute), for CI systems that know the diff; set but empty
 *    means "no new files".
 * 2. In a git checkout: the files `git diff --diff-filter=A` lists against
 *    NAVIGATOR_BASE_REF (default HEAD, i.e. what is not committed yet; a
 *    pull-request workflow sets the base branch), plus untracked files in the
 *    content folder.
 * 3. Otherwise none: duplicates are then reported on the later file by name.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export type RunGit = (args: readonly string[], cwd: string) => string | undefined;

/** Run git and return its output, or undefined when git is missing or fails (not a checkout, a path outside it). */
const runGit: RunGit = (args, cwd) => {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
  return result.status === 0 ? result.stdout : undefined;
};

const lines = (text: string | undefined) => (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);

/**
 * @param contentDir the content folder being validated
 * @returns absolute paths
 * @example addedFiles('content', { env: { NAVIGATOR_NEW_FILES: 'content/tools/truss.mdx' } }) // → ['/…/content/tools/truss.mdx']
 */
export function addedFiles(contentDir: string, options: { env?: NodeJS.ProcessEnv; cwd?: string; git?: RunGit; warn?: (message: string) => void } = {}): string[] {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const git = options.git ?? runGit;
  if (env.NAVIGATOR_NEW_FILES !== undefined) {
    return env.NAVIGATOR_NEW_FILES.split(',').map((path) => path.trim()).filter(Boolean).map((path) => resolve(cwd, path));
  }
  const dir = resolve(cwd, contentDir);
  const top = lines(git(['rev-parse', '--show-toplevel'], dir))[0];
  if (!top) return [];
  const base = env.NAVIGATOR_BASE_REF || 'HEAD';
  // Paths from `git diff` are relative to the top of the checkout; from `git ls-files`, to the folder it runs in.
  const diff = git(['diff', '--name-only', '--no-renames', '--diff-filter=A', base, '--', dir], top);
  if (diff === undefined && env.NAVIGATOR_BASE_REF) options.warn?.(`⚠ NAVIGATOR_BASE_REF=${env.NAVIGATOR_BASE_REF} is not a commit git knows here (fetch it first), so duplicates are reported by file order, not on the new file.`);
  const added = lines(diff).map((path) => resolve(top, path));
  const untracked = lines(git(['ls-files', '--others', '--exclude-standard', '--', dir], top)).map((path) => resolve(top, path));
  return [...new Set([...added, ...untracked])].sort();
}
