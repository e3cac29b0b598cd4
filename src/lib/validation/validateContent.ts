/**
 * Read and check every entry under a content folder, without Astro: used by
 * `npm run validate`, by the build (src/content.config.ts) and by the
 * command-line tools. Returns every issue at once and, for valid entries,
 * the parsed data. Never throws for bad content.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { IdSchema } from '../../schemas/common.ts';
import { parseEntryFile } from './parseEntryFile.ts';
import { checkMdxSafety } from './checkMdxSafety.ts';
import { formatZodIssues } from './formatZodIssues.ts';
import { checkIntegrity, type LoadedContent, type LoadedEntry } from './checkIntegrity.ts';
import type { ValidationIssue } from './types.ts';

export interface ValidEntry<T = Record<string, unknown>> {
  id: string;
  file: string;
  data: T;
  body: string;
}

export interface ValidationResult {
  issues: ValidationIssue[];
  fileCount: number;
  /** Schema-parsed entries per collection (only entries that passed their own checks). */
  entries: Record<CollectionName, ValidEntry[]>;
}

function knownKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } }).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * @param contentDir absolute path of the content folder
 * @param root folder that file names are shown relative to
 */
export function validateContent(contentDir: string, root = process.cwd()): ValidationResult {
  const issues: ValidationIssue[] = [];
  const loaded = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as LoadedContent;
  const entries = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Record<CollectionName, ValidEntry[]>;
  let fileCount = 0;
  const label = relative(root, contentDir) || '.';

  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    const dir = join(contentDir, spec.dir);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      issues.push({ file: `${label}/${spec.dir}/`, field: '(folder)', message: `the ${name} folder is missing`, fix: `Create ${label}/${spec.dir}/ with at least one ${spec.extension} entry.` });
      continue;
    }
    for (const fileName of names) {
      const path = join(dir, fileName);
      const file = relative(root, path);
      if (fileName.startsWith('.') || fileName === 'README.md') continue;
      if (!statSync(path).isFile()) {
        issues.push({ file, field: '(file)', message: 'sub-folders are not allowed in a collection folder', fix: `Move its files up into ${label}/${spec.dir}/.` });
        continue;
      }
      fileCount++;
      const ext = extname(fileName);
      if (ext !== spec.extension) {
        issues.push({ file, field: '(file name)', found: ext || '(none)', message: `has the wrong extension; ${name} entries must be ${spec.extension} files`, fix: `Rename it to ${basename(fileName, ext)}${spec.extension}.` });
        continue;
      }
      const id = basename(fileName, ext);
      const idCheck = IdSchema.safeParse(id);
      if (!idCheck.success) {
        issues.push({ file, field: '(file name)', found: id, message: 'the file name is the entry id and must be kebab-case: lowercase letters, digits and single dashes', fix: `Rename it to ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}${spec.extension}.` });
        continue;
      }
      const bytes = readFileSync(path);
      const { entry, issues: fileIssues } = parseEntryFile(file, bytes);
      issues.push(...fileIssues);
      if (!entry) continue;
      const source = bytes.toString('utf8');
      const fmSource = source.split(/\r?\n/).slice(0, entry.bodyOffset).join('\n');
      const result = spec.schema.safeParse(entry.data);
      const bodyIssues = checkMdxSafety(file, entry.body, entry.bodyOffset);
      issues.push(...bodyIssues);
      const loadedEntry: LoadedEntry = { id, file, data: entry.data };
      loaded[name].push(loadedEntry);
      if (!result.success) {
        issues.push(...formatZodIssues(file, entry.data, result.error.issues, fmSource, knownKeys(spec.schema)));
        continue;
      }
      if (bodyIssues.length === 0) entries[name].push({ id, file, data: result.data, body: entry.body });
    }
  }
  issues.push(...checkIntegrity(loaded, label));
  return { issues, fileCount, entries };
}
