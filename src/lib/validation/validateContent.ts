/**
 * Read and check every entry under a content folder, without Astro: used by
 * `npm run validate`, by the build (src/content.config.ts) and by the
 * command-line tools. Returns every issue at once and, for valid entries,
 * the parsed data. Never throws for bad content.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, extname, basename } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { IdSchema } from '../../schemas/common.ts';
import { parseEntryFile } from './parseEntryFile.ts';
import { checkMdxSafety } from './checkMdxSafety.ts';
import { findUnsafeCharacters } from './findUnsafeCharacters.ts';
import { formatZodIssues } from './formatZodIssues.ts';
import { checkIntegrity, type LoadedContent, type LoadedEntry } from './checkIntegrity.ts';
import { checkToolCrossFields } from './checkCrossFields.ts';
import { withAllowedAdvice } from './allowedAdvice.ts';
import { findTodoIssues } from './findTodoIssues.ts';
import type { ValidationIssue } from './types.ts';

export interface ValidEntry<T = Record<string, unknown>> {
  id: string;
  file: string;
  data: T;
  body: string;
}

export interface ValidationResult {
  /** Errors: each one fails validate and the build. */
  issues: ValidationIssue[];
  /**
   * Problems that are fine while drafting but not in a pull request: TODO
   * placeholders left from the template, and names one typing error from
   * another entry's, which a reviewer must settle. `npm run validate` reports
   * them as warnings locally and as errors in CI (--ci, or CI=true); the build
   * does not stop for them.
   */
  warnings: ValidationIssue[];
  /** Worth a reviewer's look, never a failure: integrations only one of the two tools claims (on the added entries, or on all with `integrationNotices: 'all'`). */
  notices: ValidationIssue[];
  fileCount: number;
  /** Schema-parsed entries per collection (only entries that passed their own checks). */
  entries: Record<CollectionName, ValidEntry[]>;
}

function knownKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } }).shape;
  return shape ? Object.keys(shape) : [];
}

export interface ValidateOptions {
  /**
   * Files the change under review adds (absolute, or relative to root), e.g.
   * from the pull request's diff: a duplicate of an existing entry is then
   * reported on the new file. See src/lib/validation/addedFiles.ts.
   */
  newFiles?: Iterable<string>;
  /** Report one-sided integrations on every entry, not only on the added ones. */
  integrationNotices?: 'new' | 'all';
}

/**
 * @param contentDir absolute path of the content folder
 * @param root folder that file names are shown relative to
 */
export function validateContent(contentDir: string, root = process.cwd(), options: ValidateOptions = {}): ValidationResult {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const notices: ValidationIssue[] = [];
  const unreadableIds = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>;
  const loaded = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as LoadedContent;
  const entries = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Record<CollectionName, ValidEntry[]>;
  let fileCount = 0;
  const label = relative(root, contentDir) || '.';

  // Nothing but the collection folders may sit in the content folder: whatever is there would either be loaded unchecked or be a mistake.
  const collectionDirs = new Set<string>(COLLECTION_NAMES.map((name) => COLLECTIONS[name].dir));
  try {
    for (const entryName of readdirSync(contentDir).sort()) {
      if (collectionDirs.has(entryName) && lstatSync(join(contentDir, entryName)).isDirectory()) continue;
      issues.push({ file: `${label}/${entryName}`, field: '(file)', message: `is not a collection folder; ${label}/ may hold only ${[...collectionDirs].join(', ')}`, fix: 'Move it out of the content folder, or into the collection it belongs to.' });
    }
  } catch {
    issues.push({ file: `${label}/`, field: '(folder)', message: 'the content folder is missing', fix: `Create ${label}/ with its collection folders.` });
  }

  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    const dir = join(contentDir, spec.dir);
    let names: string[];
    try {
      if (!lstatSync(dir).isDirectory()) throw new Error('not a folder');
      names = readdirSync(dir).sort();
    } catch {
      issues.push({ file: `${label}/${spec.dir}/`, field: '(folder)', message: `the ${name} folder is missing (or is a link, which is not allowed)`, fix: `Create ${label}/${spec.dir}/ as a plain folder with at least one ${spec.extension} entry.` });
      continue;
    }
    for (const fileName of names) {
      const path = join(dir, fileName);
      const file = relative(root, path);
      fileCount++;
      // Each file is checked in its own guard: a crash becomes an error naming the file, and the other files are still checked.
      try {
        checkFile(name, fileName, path, file);
      } catch (error) {
        issues.push({ file, field: '(file)', message: `could not be checked: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, fix: 'Simplify the file; if it looks fine, report this as a bug.' });
      }
    }
  }

  function checkFile(name: CollectionName, fileName: string, path: string, file: string): void {
    const spec = COLLECTIONS[name];
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) {
      issues.push({ file, field: '(file)', message: 'is a symbolic link; entries must be plain files', fix: 'Replace the link with the file itself.' });
      return;
    }
    if (!stat.isFile()) {
      issues.push({ file, field: '(file)', message: 'sub-folders are not allowed in a collection folder', fix: `Move its files up into ${label}/${spec.dir}/.` });
      return;
    }
    const ext = extname(fileName);
    if (fileName.startsWith('.')) {
      issues.push({ file, field: '(file name)', found: fileName, message: 'hidden files (starting with ".") are not allowed in a collection folder', fix: 'Delete it, or rename it to a kebab-case entry name.' });
      return;
    }
    if (ext !== spec.extension) {
      issues.push({ file, field: '(file name)', found: ext || '(none)', message: `has the wrong extension; ${name} entries must be ${spec.extension} files, and nothing else may sit in this folder`, fix: fileName === 'README.md' ? 'Move the README out of the content folder (CONTRIBUTING.md documents the collections).' : `Rename it to ${basename(fileName, ext)}${spec.extension}, or move it out of the folder.` });
      return;
    }
    const id = basename(fileName, ext);
    const idCheck = IdSchema.safeParse(id);
    if (!idCheck.success) {
      issues.push({ file, field: '(file name)', found: id, message: 'the file name is the entry id and must be kebab-case: lowercase letters, digits and single dashes', fix: `Rename it to ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'a-kebab-case-name'}${spec.extension}.` });
      return;
    }
    // From here on the entry exists under this id, readable or not: other entries may refer to it.
    unreadableIds[name].add(id);
    const bytes = readFileSync(path);
    const { entry, issues: fileIssues } = parseEntryFile(file, bytes);
    issues.push(...fileIssues);
    if (!entry) return;
    unreadableIds[name].delete(id);
    const source = bytes.toString('utf8');
    const fmSource = source.split(/\r?\n/).slice(0, entry.bodyOffset).join('\n');
    const charIssues = findUnsafeCharacters(file, entry.data, fmSource);
    issues.push(...charIssues);
    const result = spec.schema.safeParse(entry.data);
    const bodyIssues = checkMdxSafety(file, entry.compiledSource, 0, spec.extension === '.mdx' ? 'mdx' : 'md').map(withAllowedAdvice);
    issues.push(...bodyIssues);
    warnings.push(...findTodoIssues(file, source, entry.bodyOffset));
    const loadedEntry: LoadedEntry = { id, file, data: entry.data, frontmatter: fmSource };
    loaded[name].push(loadedEntry);
    if (!result.success) {
      issues.push(...formatZodIssues(file, entry.data, result.error.issues, fmSource, knownKeys(spec.schema)));
      // The schema's cross-field checks do not run when a field has a type error: run them here, so every problem shows at once.
      if (name === 'tools') issues.push(...checkToolCrossFields(file, entry.data, result.error.issues, fmSource));
      return;
    }
    if (bodyIssues.length === 0 && charIssues.length === 0) entries[name].push({ id, file, data: result.data, body: entry.body });
  }
  const newFiles = new Set([...(options.newFiles ?? [])].map((path) => relative(root, resolve(root, path))));
  for (const issue of checkIntegrity(loaded, label, { newFiles, unreadableIds, integrationNotices: options.integrationNotices ?? 'new' })) (issue.severity === 'warning' ? warnings : issue.severity === 'notice' ? notices : issues).push(issue);
  return { issues, warnings, notices, fileCount, entries };
}
