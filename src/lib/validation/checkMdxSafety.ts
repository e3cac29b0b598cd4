/**
 * Contributed MDX is untrusted: it may hold Markdown and the site's own
 * allow-listed components, nothing that could run code. This module parses a
 * body into an MDX syntax tree (parsing never evaluates anything) and reports
 * every forbidden construct: import/export, `{expressions}`, unknown or
 * dangerous elements, event-handler or expression attributes, and
 * javascript:/data:/vbscript: or remote-image URLs.
 *
 * Both `npm run validate` and the site build (src/content.config.ts) call it
 * before an entry is ever compiled, so a rejected entry's code never runs.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { ValidationIssue } from './types.ts';

/** Components an entry body may use, with the attributes each accepts. */
export const ALLOWED_COMPONENTS: Record<string, readonly string[]> = {
  Pros: [],
  Cons: [],
  Note: ['title'],
};

// Built once: creating the MDX syntax extensions is a large part of the cost of a parse.
const PARSE_OPTIONS = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] };

const DANGEROUS_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'link', 'meta', 'base', 'form', 'svg', 'math', 'template']);
const BAD_SCHEME = /^(javascript|data|vbscript|file):/i;

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

/**
 * True when a URL would load from another origin. Resolving it the way a
 * browser does catches "//host", "http:host" and "\\host" as well as "https://host".
 */
function isRemote(url: string): boolean {
  const base = 'https://this-site.invalid/tools/x/';
  try {
    return new URL(url.trim(), base).origin !== new URL(base).origin;
  } catch {
    return true; // unparsable: treat as unsafe
  }
}

/** Normalise a URL the way browsers do before reading its scheme: strip controls and whitespace. */
function schemeOf(url: string): string {
   
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

/**
 * Check an MDX body. `lineOffset` is the number of file lines before the body, so
 * reported lines point into the whole file.
 *
 * @example checkMdxSafety('content/tools/x.mdx', 'Hi {alert(1)}', 5)
 *   // → [{ field: '(body)', line: 6, message: 'JavaScript expression in braces is not allowed…' }]
 */
export function checkMdxSafety(file: string, body: string, lineOffset = 0): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let tree: Node;
  try {
    tree = fromMarkdown(body, PARSE_OPTIONS);
  } catch (error) {
    const err = error as { line?: number; place?: { line?: number }; reason?: string; message?: string };
    // Some parser errors carry no line field but say "(line:column-…)" in the message.
    const fromMessage = /\((\d+):\d+/.exec(err.message ?? '')?.[1];
    const line = err.line ?? err.place?.line ?? (fromMessage ? Number(fromMessage) : undefined);
    return [
      {
        file,
        line: line ? line + lineOffset : undefined,
        field: '(body)',
        message: `the body is not valid MDX: ${err.reason ?? err.message}`,
        fix: 'Write plain Markdown. A literal "<" or "{" must be escaped as "\\<" or "\\{"; components must be closed, e.g. <Note>…</Note>.',
      },
    ];
  }

  const add = (node: Node, found: string, message: string, fix: string) =>
    issues.push({ file, line: node.position ? node.position.start.line + lineOffset : undefined, field: '(body)', found, message, fix });

  const checkUrl = (node: Node, url: string, what: string) => {
    const normal = schemeOf(url);
    if (BAD_SCHEME.test(normal)) {
      add(node, url, `${what} uses a forbidden URL scheme (javascript:, data:, vbscript: and file: are not allowed)`, 'Link to an http(s) page or a path on this site.');
    }
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, (node.value ?? '').split('\n')[0]!, 'import and export statements are not allowed in entries', 'Delete the line; the components Pros, Cons and Note are available without importing them.');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, `{${node.value ?? ''}}`, 'JavaScript expressions in braces are not allowed in entries', 'Remove the braces, or escape a literal brace as "\\{".');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = Object.hasOwn(ALLOWED_COMPONENTS, name) ? ALLOWED_COMPONENTS[name] : undefined;
        if (!allowed) {
          const lower = name.toLowerCase();
          if (DANGEROUS_TAGS.has(lower)) add(node, `<${name}>`, `the <${name}> tag is not allowed: entries may not run code, load resources or change styles`, 'Remove it; use Markdown instead.');
          else if (name === '') add(node, '<>', 'fragments are not allowed in entries', `Remove the <> </> wrapper. Allowed components: ${Object.keys(ALLOWED_COMPONENTS).join(', ')}.`);
          else add(node, `<${name}>`, `unknown element <${name}>: only ${Object.keys(ALLOWED_COMPONENTS).map((c) => `<${c}>`).join(', ')} are allowed`, 'Use Markdown for formatting (e.g. **bold**, [link](https://…)), or one of the allowed components.');
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            add(node, `{${typeof attribute.value === 'string' ? attribute.value : '…'}}`, `spread attributes on <${name}> are not allowed`, 'Remove the {…} attribute.');
            continue;
          }
          const attrName = attribute.name ?? '';
          if (/^on/i.test(attrName)) {
            add(node, attrName, `event-handler attribute "${attrName}" on <${name}> is not allowed: entries may not run code`, `Remove the ${attrName} attribute.`);
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            add(node, `${attrName}={…}`, `expression value for attribute "${attrName}" on <${name}> is not allowed`, `Write the value as a plain string: ${attrName}="…".`);
          } else if (allowed && !allowed.includes(attrName)) {
            add(node, attrName, `attribute "${attrName}" is not allowed on <${name}>; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`, `Remove the ${attrName} attribute.`);
          }
          if (typeof attribute.value === 'string' && BAD_SCHEME.test(schemeOf(attribute.value))) {
            add(node, attribute.value, `attribute "${attrName}" on <${name}> holds a forbidden URL scheme`, 'Remove it.');
          }
        }
        break;
      }
      case 'link':
      case 'definition':
        if (node.url !== undefined) checkUrl(node, node.url, 'a link');
        break;
      case 'image':
        if (node.url !== undefined) {
          checkUrl(node, node.url, 'an image');
          if (isRemote(node.url)) {
            add(node, node.url, 'remote images are not allowed: the site loads nothing from other origins', 'Remove the image, or link to it instead: [description](https://…).');
          }
        }
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return issues;
}
