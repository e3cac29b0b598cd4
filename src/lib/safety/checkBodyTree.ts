/**
 * The allow-list for contributed bodies, applied to the Markdown syntax tree
 * (mdast) that the site's compiler builds. Anything not known to be safe is a
 * finding: an unknown node type, an expression, an import, an element or
 * attribute outside the list, an image, raw HTML, a link that is not an
 * absolute http(s) URL, bidi controls, or nesting deeper than MAX_DEPTH.
 *
 * The walk is iterative, so no input can exhaust the stack. Pure: it touches
 * neither the file system nor the DOM.
 */

/** Components an entry body may use, with the attributes each accepts. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  Pros: [],
  Cons: [],
  Note: ['title'],
});

/** Node types that are plain, inert Markdown. Everything else is rejected. */
export const ALLOWED_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'break',
  'link',
  'linkReference',
  'definition',
  'footnoteReference',
  'footnoteDefinition',
  'table',
  'tableRow',
  'tableCell',
]);

/** Only MDX bodies may use the allow-listed components. */
const JSX_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Deeper nesting than this is rejected: no entry needs it, and it only serves to exhaust a compiler. */
export const MAX_DEPTH = 32;

/** Bidi embedding, override and isolate controls: they make text read differently from what it is. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export interface TreeNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } } | null;
  children?: readonly TreeNode[];
}

export interface Finding {
  /** 1-based line in the parsed source, when the parser gave one. */
  line?: number;
  /** The construct, as a person would recognise it in the file. */
  construct: string;
  message: string;
  fix: string;
}

const MARKDOWN_ONLY = 'Write plain Markdown: text, headings, lists, tables, links to https:// pages, code, and the components <Pros>, <Cons> and <Note title="…">.';

/**
 * True for an absolute http(s) URL, a fragment on the same page, or a plain
 * relative path between the site's own pages ("../rings/trial/"). Root-relative
 * paths ("/tools/") are not allowed: they break when the site is served from a sub-path.
 */
export function isAllowedLinkUrl(url: string): boolean {
  if (/^#[\w-]*$/.test(url)) return true;
  if (/^(?:\.\.?\/)+(?:[a-z0-9-]+\/)*(?:#[\w-]+)?$/.test(url) || /^[a-z0-9-]+\/(?:[a-z0-9-]+\/)*(?:#[\w-]+)?$/.test(url)) return true;
  // Browsers drop controls and white space before reading the scheme, so the raw string must already be clean.
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && url.toLowerCase().startsWith(parsed.protocol + '//') && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/**
 * @param kind `mdx` for MDX bodies (components allowed), `md` for Markdown bodies (none).
 * @example checkBodyTree(mdxToMdast('Hi {x}'), 'mdx')[0].construct // → '{x}'
 */
export function checkBodyTree(root: TreeNode, kind: 'mdx' | 'md'): Finding[] {
  const findings: Finding[] = [];
  const stack: { node: TreeNode; depth: number }[] = [{ node: root, depth: 0 }];
  let deepReported = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const line = node.position?.start?.line;
    const add = (construct: string, message: string, fix: string) => findings.push({ line, construct, message, fix });

    if (depth > MAX_DEPTH) {
      if (!deepReported) add(`${node.type} nested ${depth} levels deep`, `content is nested more than ${MAX_DEPTH} levels deep`, 'Flatten the quotes, lists or emphasis: no entry needs that much nesting.');
      deepReported = true;
      continue;
    }

    const type = node.type;
    if (JSX_TYPES.has(type) && kind === 'mdx') {
      checkElement(node, add);
    } else if (!ALLOWED_NODE_TYPES.has(type)) {
      rejectType(node, add);
      continue; // nothing inside a rejected construct is rendered, so its children need no second report
    }

    if ((type === 'link' || type === 'definition') && typeof node.url === 'string' && !isAllowedLinkUrl(node.url)) {
      add(node.url || '(empty link)', `the link "${node.url}" is not an absolute http(s) URL`, 'Link to a full https:// address, e.g. [docs](https://example.org/docs), or to another page of this site with a relative path such as ../../rings/trial/. Root-relative (/…), javascript:, data: and other links are not allowed.');
    }
    if ((type === 'text' || type === 'inlineCode' || type === 'code') && typeof node.value === 'string' && BIDI_CONTROLS.test(node.value)) {
      add('a bidi control character', 'the text contains a bidirectional control character, which makes it display differently from what it says', 'Delete the invisible character (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F or U+061C).');
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

type Add = (construct: string, message: string, fix: string) => void;

function checkElement(node: TreeNode, add: Add): void {
  const name = node.name ?? '';
  const allowed = Object.hasOwn(ALLOWED_COMPONENTS, name) ? ALLOWED_COMPONENTS[name] : undefined;
  const list = Object.keys(ALLOWED_COMPONENTS).map((c) => `<${c}>`).join(', ');
  if (!allowed) {
    if (name === '') add('<>', 'fragments are not allowed in entries', `Remove the <> </> wrapper. Allowed components: ${list}.`);
    else add(`<${name}>`, `the element <${name}> is not allowed: only ${list} are`, `Remove it and use Markdown instead (**bold**, [link](https://…), lists, tables). ${MARKDOWN_ONLY}`);
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      add(`<${name} {…}>`, `spread or expression attributes on <${name}> are not allowed`, 'Remove the {…} attribute.');
      continue;
    }
    const attrName = attribute.name ?? '';
    if (typeof attribute.value !== 'string') {
      add(`${attrName}=${attribute.value === null || attribute.value === undefined ? '(no value)' : '{…}'}`, `attribute "${attrName}" on <${name}> must have a plain quoted value`, `Write it as ${attrName}="…".`);
    } else if (allowed && !allowed.includes(attrName)) {
      add(attrName, `attribute "${attrName}" is not allowed on <${name}>; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`, `Remove the ${attrName} attribute.`);
    } else if (BIDI_CONTROLS.test(attribute.value)) {
      add(attrName, `attribute "${attrName}" on <${name}> contains a bidirectional control character`, 'Delete the invisible character.');
    }
  }
}

function rejectType(node: TreeNode, add: Add): void {
  const value = typeof node.value === 'string' ? node.value : '';
  const first = value.split('\n')[0]!.slice(0, 80);
  switch (node.type) {
    case 'mdxjsEsm':
      add(first, 'import and export statements are not allowed in entries', 'Delete the line; the components Pros, Cons and Note are available without importing them.');
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      add(`{${first}}`, 'JavaScript expressions in braces are not allowed in entries', 'Remove the braces, or escape a literal brace as "\\{".');
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      add(`<${node.name ?? ''}>`, 'HTML and components are not allowed in this kind of entry', `Remove the tag. ${MARKDOWN_ONLY}`);
      break;
    case 'html':
      add(first, 'raw HTML is not allowed in entries', `Remove the HTML. ${MARKDOWN_ONLY}`);
      break;
    case 'image':
    case 'imageReference':
      add(node.type === 'image' ? `![…](${node.url ?? ''})` : '![…][…]', 'images are not allowed in entries: the site loads nothing from other origins and imports no files from entries', 'Remove the image, or link to it instead: [description](https://…).');
      break;
    case 'yaml':
    case 'toml':
      add('---', 'a second frontmatter block is not allowed in the body', 'Move the fields into the frontmatter at the top, or remove the block.');
      break;
    default:
      add(node.type, `the construct "${node.type}" is not allowed in entries`, MARKDOWN_ONLY);
  }
}
