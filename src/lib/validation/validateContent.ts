/**
 * Read and check every entry under a content folder, without Astro: used by
 * `npm run validate`, by the build (src/content.config.ts) and by the
 * command-line tools. Returns every issue at once and, for valid entries,
 * the parsed data. Never throws for bad content.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join, relative, resolve, extname, basename } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { IdSchema } from '../../schemas/common.ts';
import { parseEntryFile } from './parseEntryFile.ts';
import { checkAndRenderBody } from './checkMdxSafety.ts';
import type { RenderedBody, renderBody } from '../safety/renderBody.ts';

/** The body renderer, loaded only when a build asks for it (`npm run validate` never needs the HTML libraries). */
export type BodyRenderer = typeof renderBody;
const loadRenderer = async (): Promise<BodyRenderer> => (await import('../safety/renderBody.ts')).renderBody;
import { findUnsafeCharacters } from './findUnsafeCharacters.ts';
import { formatZodIssues } from './formatZodIssues.ts';
import { checkIntegrity, type LoadedContent, type LoadedEntry } from './checkIntegrity.ts';
import { checkToolCrossFields } from './checkCrossFields.ts';
import { withAllowedAdvice } from './allowedAdvice.ts';
import { findTodoIssues } from './findTodoIssues.ts';
import type { ValidationIssue } from './types.ts';


/** Entry ids a collection may not use, because the site builds pages of its own at those addresses. */
export const RESERVED_IDS: Partial<Record<string, readonly string[]>> = { tools: ['page'] };
const RESERVED_IDS_WHY: Record<string, string> = { tools: 'the catalogue continues on /tools/page/2/, /tools/page/3/, …' };

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
  /**
   * Every readable entry's frontmatter as parsed, before the schema, by absolute path, with the text it was read from:
   * the build's loader takes its data from here instead of parsing each file again.
   */
  parsed: Map<string, ParsedEntry>;
}

/** What the build's loaders take from validation for one readable entry. */
export interface ParsedEntry {
  source: string;
  data: Record<string, unknown>;
  /** The body's HTML, rendered from the tree the safety check accepted: only with `renderBodies`, and only for a body with no findings. */
  rendered?: RenderedBody;
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
  /** Also render every safe body to HTML (the build needs it; `npm run validate` does not). validateContentInParallel only. */
  renderBodies?: boolean;
}

/** One file to check, or a folder-level problem, in the order the report lists them. */
export type ValidationStep = { kind: 'issue'; issue: ValidationIssue } | { kind: 'file'; job: FileJob };

export interface FileJob {
  collection: CollectionName;
  fileName: string;
  path: string;
  /** Path relative to the root, as reports show it. */
  file: string;
}

/** What checking one file found. Plain data, so a worker thread can send it back. */
export interface FileResult {
  issues: ValidationIssue[];
  warnings: ValidationIssue[];
  /** Set when the file is an entry under this id that could not be read: other entries may still refer to it. */
  unreadableId?: string;
  loaded?: LoadedEntry;
  valid?: ValidEntry;
  /** The file's text, when it was read as an entry. */
  source?: string;
  /** The body as HTML, when asked for and the body is safe. */
  rendered?: RenderedBody;
}

/** The content folder's layout: folder-level problems, and every file to check, in report order. */
function planValidation(contentDir: string, root: string, label: string): { steps: ValidationStep[]; fileCount: number } {
  const steps: ValidationStep[] = [];
  const issue = (value: ValidationIssue) => steps.push({ kind: 'issue', issue: value });
  let fileCount = 0;
  // Nothing but the collection folders may sit in the content folder: whatever is there would either be loaded unchecked or be a mistake.
  const collectionDirs = new Set<string>(COLLECTION_NAMES.map((name) => COLLECTIONS[name].dir));
  try {
    for (const entryName of readdirSync(contentDir).sort()) {
      if (collectionDirs.has(entryName) && lstatSync(join(contentDir, entryName)).isDirectory()) continue;
      issue({ file: `${label}/${entryName}`, field: '(file)', message: `is not a collection folder; ${label}/ may hold only ${[...collectionDirs].join(', ')}`, fix: 'Move it out of the content folder, or into the collection it belongs to.' });
    }
  } catch {
    issue({ file: `${label}/`, field: '(folder)', message: 'the content folder is missing', fix: `Create ${label}/ with its collection folders.` });
  }
  for (const collection of COLLECTION_NAMES) {
    const spec = COLLECTIONS[collection];
    const dir = join(contentDir, spec.dir);
    let names: string[];
    try {
      if (!lstatSync(dir).isDirectory()) throw new Error('not a folder');
      names = readdirSync(dir).sort();
    } catch {
      issue({ file: `${label}/${spec.dir}/`, field: '(folder)', message: `the ${collection} folder is missing (or is a link, which is not allowed)`, fix: `Create ${label}/${spec.dir}/ as a plain folder with at least one ${spec.extension} entry.` });
      continue;
    }
    for (const fileName of names) {
      const path = join(dir, fileName);
      fileCount++;
      steps.push({ kind: 'file', job: { collection, fileName, path, file: relative(root, path) } });
    }
  }
  return { steps, fileCount };
}

/**
 * Check one file on its own: layout rules, text, YAML, characters, body safety and schema. Never throws: a crash
 * becomes an error naming the file, and the other files are still checked.
 */
export function checkEntryFile(job: FileJob, label: string, render?: BodyRenderer): FileResult {
  const { collection: name, fileName, path, file } = job;
  const out: FileResult = { issues: [], warnings: [] };
  const { issues, warnings } = out;
  try {
    const spec = COLLECTIONS[name];
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) {
      issues.push({ file, field: '(file)', message: 'is a symbolic link; entries must be plain files', fix: 'Replace the link with the file itself.' });
      return out;
    }
    if (!stat.isFile()) {
      issues.push({ file, field: '(file)', message: 'sub-folders are not allowed in a collection folder', fix: `Move its files up into ${label}/${spec.dir}/.` });
      return out;
    }
    const ext = extname(fileName);
    if (fileName.startsWith('.')) {
      issues.push({ file, field: '(file name)', found: fileName, message: 'hidden files (starting with ".") are not allowed in a collection folder', fix: 'Delete it, or rename it to a kebab-case entry name.' });
      return out;
    }
    if (ext !== spec.extension) {
      issues.push({ file, field: '(file name)', found: ext || '(none)', message: `has the wrong extension; ${name} entries must be ${spec.extension} files, and nothing else may sit in this folder`, fix: fileName === 'README.md' ? 'Move the README out of the content folder (CONTRIBUTING.md documents the collections).' : `Rename it to ${basename(fileName, ext)}${spec.extension}, or move it out of the folder.` });
      return out;
    }
    const id = basename(fileName, ext);
    const idCheck = IdSchema.safeParse(id);
    if (!idCheck.success) {
      issues.push({ file, field: '(file name)', found: id, message: 'the file name is the entry id and must be kebab-case: lowercase letters, digits and single dashes', fix: `Rename it to ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'a-kebab-case-name'}${spec.extension}.` });
      return out;
    }
    if (RESERVED_IDS[spec.dir]?.includes(id)) {
      issues.push({ file, field: '(file name)', found: id, message: `"${id}" is reserved: /${spec.dir}/${id}/ is the address of the site's own pages (${RESERVED_IDS_WHY[spec.dir]})`, fix: `Rename it, for example to ${id}-tool${spec.extension}.` });
      return out;
    }
    // From here on the entry exists under this id, readable or not: other entries may refer to it.
    out.unreadableId = id;
    const bytes = readFileSync(path);
    const { entry, issues: fileIssues } = parseEntryFile(file, bytes);
    issues.push(...fileIssues);
    if (!entry) return out;
    delete out.unreadableId;
    const source = bytes.toString('utf8');
    out.source = source;
    const fmSource = source.split(/\r?\n/).slice(0, entry.bodyOffset).join('\n');
    const charIssues = findUnsafeCharacters(file, entry.data, fmSource);
    issues.push(...charIssues);
    const result = spec.schema.safeParse(entry.data);
    const body = checkAndRenderBody(file, entry.compiledSource, spec.extension === '.mdx' ? 'mdx' : 'md', { render });
    const bodyIssues = body.issues.map(withAllowedAdvice);
    issues.push(...bodyIssues);
    if (body.rendered) out.rendered = body.rendered;
    warnings.push(...findTodoIssues(file, source, entry.bodyOffset));
    out.loaded = { id, file, data: entry.data, frontmatter: fmSource };
    if (!result.success) {
      issues.push(...formatZodIssues(file, entry.data, result.error.issues, fmSource, knownKeys(spec.schema)));
      // The schema's cross-field checks do not run when a field has a type error: run them here, so every problem shows at once.
      if (name === 'tools') issues.push(...checkToolCrossFields(file, entry.data, result.error.issues, fmSource));
      return out;
    }
    if (bodyIssues.length === 0 && charIssues.length === 0) out.valid = { id, file, data: result.data, body: entry.body };
  } catch (error) {
    issues.push({ file, field: '(file)', message: `could not be checked: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, fix: 'Simplify the file; if it looks fine, report this as a bug.' });
  }
  return out;
}

/** Put the per-file results together in report order, then check what only the whole catalogue shows. */
function assemble(steps: readonly ValidationStep[], results: readonly FileResult[], fileCount: number, label: string, root: string, options: ValidateOptions): ValidationResult {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const notices: ValidationIssue[] = [];
  const unreadableIds = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>;
  const loaded = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as LoadedContent;
  const entries = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Record<CollectionName, ValidEntry[]>;
  const parsed: ValidationResult['parsed'] = new Map();
  let next = 0;
  for (const step of steps) {
    if (step.kind === 'issue') {
      issues.push(step.issue);
      continue;
    }
    const result = results[next++]!;
    const name = step.job.collection;
    issues.push(...result.issues);
    warnings.push(...result.warnings);
    if (result.unreadableId) unreadableIds[name].add(result.unreadableId);
    if (result.loaded) {
      loaded[name].push(result.loaded);
      if (result.source !== undefined) parsed.set(step.job.path, { source: result.source, data: result.loaded.data, ...(result.rendered ? { rendered: result.rendered } : {}) });
    }
    if (result.valid) entries[name].push(result.valid);
  }
  const newFiles = new Set([...(options.newFiles ?? [])].map((path) => relative(root, resolve(root, path))));
  for (const issue of checkIntegrity(loaded, label, { newFiles, unreadableIds, integrationNotices: options.integrationNotices ?? 'new' })) (issue.severity === 'warning' ? warnings : issue.severity === 'notice' ? notices : issues).push(issue);
  return { issues, warnings, notices, fileCount, entries, parsed };
}

const jobsOf = (steps: readonly ValidationStep[]) => steps.flatMap((step) => (step.kind === 'file' ? [step.job] : []));

/**
 * @param contentDir absolute path of the content folder
 * @param root folder that file names are shown relative to
 */
export function validateContent(contentDir: string, root = process.cwd(), options: ValidateOptions = {}): ValidationResult {
  const label = relative(root, contentDir) || '.';
  const { steps, fileCount } = planValidation(contentDir, root, label);
  return assemble(steps, jobsOf(steps).map((job) => checkEntryFile(job, label)), fileCount, label, root, options);
}

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 800;

/**
 * The same result as validateContent, with the files shared between this thread and `threads - 1` worker threads
 * (validateWorker.ts), each file checked exactly as validateContent checks it; the whole-catalogue checks run once,
 * here, on the results in their original order.
 */
export async function validateContentInParallel(contentDir: string, root = process.cwd(), options: ValidateOptions = {}, threads = Math.min(4, availableParallelism()), minFiles = PARALLEL_FROM): Promise<ValidationResult> {
  const label = relative(root, contentDir) || '.';
  const { steps, fileCount } = planValidation(contentDir, root, label);
  const jobs = jobsOf(steps);
  const render = options.renderBodies ? await loadRenderer() : undefined;
  if (threads < 2 || jobs.length < minFiles) return assemble(steps, jobs.map((job) => checkEntryFile(job, label, render)), fileCount, label, root, options);
  // Contiguous slices: the last one stays here and starts at once, while the workers load their modules.
  const size = Math.ceil(jobs.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  const remote = slices.slice(0, -1).map(
    (slice) =>
      new Promise<FileResult[]>((resolvePromise, reject) => {
        const worker = new Worker(new URL('./validateWorker.ts', import.meta.url), { workerData: { jobs: slice, label, render: render !== undefined } });
        worker.once('message', (results: FileResult[]) => resolvePromise(results));
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`a validation worker stopped with code ${code}`)));
      }),
  );
  const local = slices.at(-1)!.map((job) => checkEntryFile(job, label, render));
  const results = [...(await Promise.all(remote)).flat(), ...local];
  return assemble(steps, results, fileCount, label, root, options);
}
