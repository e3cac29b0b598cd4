/**
 * Contributed bodies are untrusted. This parses a body with the site's own
 * compiler (Sätteri, with the build's exact features: src/lib/safety/markdownFeatures.ts)
 * and applies the allow-list in src/lib/safety/checkBodyTree.ts to the tree it builds.
 * For tool bodies the build renders HTML from that same tree object
 * (src/lib/safety/renderBody.ts, through checkAndRenderBody below), so what
 * validate accepts is exactly what is rendered; the Markdown-only collections
 * go through Astro's Markdown pipeline, where the same allow-list runs as a
 * compiler plugin (src/lib/safety/safetyPlugin.ts).
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { checkBodyTree, type TreeNode } from '../safety/checkBodyTree.ts';
// Only the type: the renderer (and the HTML libraries it loads) is passed in by the build, so `npm run validate` never loads it.
import type { RenderedBody } from '../safety/renderBody.ts';
import { MARKDOWN_FEATURES } from '../safety/markdownFeatures.ts';
import type { ValidationIssue } from './types.ts';

export { ALLOWED_COMPONENTS } from '../safety/checkBodyTree.ts';

/**
 * Check a body exactly as the compiler receives it. `body` keeps the file's line
 * numbers (the frontmatter blanked out, as the build does), so lines need no offset.
 *
 * @example checkMdxSafety('content/tools/x.mdx', 'Hi {alert(1)}')
 *   // → [{ field: '(body)', line: 1, found: '{alert(1)}', message: 'JavaScript expressions in braces are not allowed…' }]
 */
export function checkMdxSafety(file: string, body: string, lineOffset = 0, kind: 'mdx' | 'md' = 'mdx'): ValidationIssue[] {
  return checkAndRenderBody(file, body, kind, { lineOffset }).issues;
}

/**
 * Check a body and, when nothing was found and a renderer is given (renderBody from src/lib/safety/renderBody.ts),
 * render HTML from the very tree that was checked: one parse, one tree, so the check and the output cannot disagree
 * about what the body holds.
 */
export function checkAndRenderBody(file: string, body: string, kind: 'mdx' | 'md', options: { lineOffset?: number; render?: (tree: TreeNode) => RenderedBody } = {}): { issues: ValidationIssue[]; rendered?: RenderedBody } {
  const lineOffset = options.lineOffset ?? 0;
  let tree: TreeNode;
  try {
    const parse = kind === 'mdx' ? mdxToMdast : markdownToMdast;
    tree = parse(body, { features: MARKDOWN_FEATURES }) as unknown as TreeNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /(\d+):(\d+)/.exec(message);
    return {
      issues: [
        {
          file,
          line: at ? Number(at[1]) + lineOffset : undefined,
          field: '(body)',
          message: `the body is not valid ${kind === 'mdx' ? 'MDX' : 'Markdown'}: ${message.split('\n')[0]}`,
          fix: 'Write plain Markdown. A literal "<" or "{" must be escaped as "\\<" or "\\{"; components must be closed, e.g. <Note>…</Note>.',
        },
      ],
    };
  }
  const issues: ValidationIssue[] = checkBodyTree(tree, kind).map((finding) => ({
    file,
    line: finding.line !== undefined ? finding.line + lineOffset : undefined,
    field: '(body)',
    found: finding.construct,
    message: finding.message,
    fix: finding.fix,
  }));
  if (issues.length > 0 || !options.render) return { issues };
  try {
    return { issues, rendered: options.render(tree) };
  } catch (error) {
    // Only a gap in the allow-list can get here: the output guard refused what the check let through.
    return {
      issues: [
        {
          file,
          field: '(body)',
          message: error instanceof Error ? error.message : String(error),
          fix: 'Write plain Markdown with only <Pros>, <Cons> and <Note title="…">; and please report this as a bug, since the check should have named the construct.',
        },
      ],
    };
  }
}
