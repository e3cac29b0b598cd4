/**
 * Where content lives. Tests point NAVIGATOR_CONTENT_DIR at fixture folders;
 * everything else uses ./content.
 */
import { resolve } from 'node:path';

export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.NAVIGATOR_CONTENT_DIR ?? 'content');
}
