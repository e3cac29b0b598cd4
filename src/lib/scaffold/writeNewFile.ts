/**
 * Create a file all at once or not at all: the text goes to a hidden
 * temporary file beside the target, which is then hard-linked into place
 * (failing if the target exists) and removed. An interrupted run never
 * leaves a half-written entry, and an existing entry is never overwritten.
 */
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * @returns false when the file already exists (nothing is written)
 * @example writeNewFile('content/tools/x.mdx', '---\n…') // → true
 */
export function writeNewFile(path: string, text: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
