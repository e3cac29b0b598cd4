/**
 * Contributed bodies are untrusted. This parses a body with the site's own
 * compiler (Sätteri, with the build's exact features: src/lib/safety/markdownFeatures.ts)
 * and applies the allow-list in src/lib/safety/checkBodyTree.ts to the tree it builds.
 * The build runs the same allow-list on the same tree as a compiler plugin
 * (src/lib/safety/safetyPlugin.ts), so what validate accepts is what compiles.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { checkBodyTree, type TreeNode } from '../safety/checkBodyTree.ts';
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
  let tree: TreeNode;
  try {
    const parse = kind === 'mdx' ? mdxToMdast : markdownToMdast;
    tree = parse(body, { features: MARKDOWN_FEATURES }) as unknown as TreeNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /(\d+):(\d+)/.exec(message);
    return [
      {
        file,
        line: at ? Number(at[1]) + lineOffset : undefined,
        field: '(body)',
        message: `the body is not valid ${kind === 'mdx' ? 'MDX' : 'Markdown'}: ${message.split('\n')[0]}`,
        fix: 'Write plain Markdown. A literal "<" or "{" must be escaped as "\\<" or "\\{"; components must be closed, e.g. <Note>…</Note>.',
      },
    ];
  }
  return checkBodyTree(tree, kind).map((finding) => ({
    file,
    line: finding.line !== undefined ? finding.line + lineOffset : undefined,
    field: '(body)',
    found: finding.construct,
    message: finding.message,
    fix: finding.fix,
  }));
}
