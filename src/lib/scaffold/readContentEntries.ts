/**
 * Read the entries of one collection leniently: every file's id and whatever
 * frontmatter it has, even when the entry is invalid. The scaffold and the
 * preview need the catalogue's names, aliases, ids and positions while other
 * entries may be half-written; strict checking stays with validateContent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { parseEntryFile } from '../validation/parseEntryFile.ts';

export interface LenientEntry {
  id: string;
  /** Path relative to root, e.g. content/tools/mlflow.mdx. */
  file: string;
  /** The frontmatter as written, or {} when it cannot be read. */
  data: Record<string, unknown>;
}

/**
 * @example readContentEntries('content', 'tools').find((e) => e.id === 'mlflow')?.data.name // → 'MLflow'
 */
export function readContentEntries(contentDir: string, collection: CollectionName, root = process.cwd()): LenientEntry[] {
  const spec = COLLECTIONS[collection];
  const dir = join(contentDir, spec.dir);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => extname(name) === spec.extension && !name.startsWith('.') && name !== 'README.md')
    .map((name) => {
      const path = join(dir, name);
      let data: Record<string, unknown> = {};
      try {
        data = parseEntryFile(name, readFileSync(path)).entry?.data ?? {};
      } catch {
        /* unreadable: keep the id only */
      }
      return { id: basename(name, spec.extension), file: relative(root, path), data };
    });
}
