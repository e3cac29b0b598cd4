/**
 * The allow-list as a plugin of the site's compiler: astro.config.mjs installs
 * it first among the Markdown/MDX plugins, so it sees the exact tree the build
 * compiles and stops the build before any code is generated. It is the same
 * check `npm run validate` runs (src/lib/validation/checkMdxSafety.ts); here it is
 * the last line of defence should anything bypass validation.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { checkBodyTree, type TreeNode } from './checkBodyTree.ts';

export function describeSource(fileURL: URL | undefined): string {
  if (!fileURL) return '(unknown file)';
  try {
    return relative(process.cwd(), fileURLToPath(fileURL));
  } catch {
    return String(fileURL);
  }
}

/** A Sätteri mdast plugin; `kind` says whether the file is MDX or plain Markdown. */
export const safetyPlugin = {
  name: 'navigator-safe-content',
  options: { position: true },
  before(root: unknown, ctx: { fileURL: URL | undefined; sourceFormat?: string }) {
    const kind = ctx.sourceFormat === 'mdx' || String(ctx.fileURL ?? '').endsWith('.mdx') ? 'mdx' : 'md';
    const findings = checkBodyTree(root as TreeNode, kind);
    if (findings.length === 0) return;
    const file = describeSource(ctx.fileURL);
    const lines = findings.map((f) => `  ${file}${f.line ? `:${f.line}` : ''} — ${f.construct}: ${f.message}. Fix: ${f.fix}`);
    const error = new Error(`Unsafe content rejected before compiling:\n${lines.join('\n')}`);
    error.stack = error.message;
    throw error;
  },
};
