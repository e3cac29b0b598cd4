/**
 * The site's compiler for contributed tool bodies. It turns the Markdown
 * syntax tree the safety check has just accepted (the very same object, not a
 * second parse) into HTML, with the allow-listed components as fixed markup.
 * No body ever becomes a JavaScript module: nothing an entry contains can run
 * at build time or in the browser.
 *
 * A second allow-list guards the output: every element and attribute of the
 * HTML tree must be one plain Markdown produces. Anything else throws, so a
 * gap in the first check cannot reach a page.
 *
 * Pure: no file system, no DOM.
 */
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { ALLOWED_COMPONENTS, isAllowedLinkUrl, type TreeNode } from './checkBodyTree.ts';

/** A heading of a rendered body, as Astro's `render()` reports headings. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
}

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  children?: unknown[];
}

type ComponentTemplate = (attributes: Readonly<Record<string, string>>, children: ElementContent[]) => Element;

const text = (value: string): ElementContent => ({ type: 'text', value });
const titled = (tagName: string, className: string[], title: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: { className, ariaLabel: title },
  children: [{ type: 'element', tagName: 'p', properties: { className: ['callout-title'] }, children: [text(title)] }, ...children],
});

/**
 * The markup of each component an entry body may use (the names and attributes
 * of ALLOWED_COMPONENTS; a unit test checks that the two lists match).
 */
export const COMPONENT_TEMPLATES: Readonly<Record<string, ComponentTemplate>> = Object.freeze({
  Pros: (_attributes, children) => titled('section', ['callout', 'pros'], 'Strengths', children),
  Cons: (_attributes, children) => titled('section', ['callout', 'cons'], 'Weaknesses', children),
  Note: (attributes, children) => titled('aside', ['callout'], attributes.title || 'Note', children),
});

/** Elements plain Markdown (with GFM) and the components produce. */
const OUTPUT_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'del', 'code', 'pre', 'blockquote',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br', 'input', 'section', 'aside', 'sup',
]);

/** Attributes (hast property names) those elements may carry. No event handlers, no styles, no sources. */
const OUTPUT_PROPERTIES: ReadonlySet<string> = new Set([
  'href', 'id', 'className', 'ariaLabel', 'ariaDescribedBy', 'dataFootnotes', 'dataFootnoteRef', 'dataFootnoteBackref', 'align', 'start', 'type', 'checked', 'disabled',
]);

class UnsafeOutputError extends Error {}

function componentHandler(state: State, node: JsxNode): Element {
  const name = node.name ?? '';
  const template = Object.hasOwn(COMPONENT_TEMPLATES, name) ? COMPONENT_TEMPLATES[name] : undefined;
  const allowed = Object.hasOwn(ALLOWED_COMPONENTS, name) ? ALLOWED_COMPONENTS[name] : undefined;
  if (!template || !allowed) throw new UnsafeOutputError(`the element <${name}> is not an allow-listed component`);
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !allowed.includes(attribute.name ?? '')) {
      throw new UnsafeOutputError(`an attribute of <${name}> is not allowed`);
    }
    attributes[attribute.name!] = attribute.value;
  }
  const children = state.all(node as never);
  return template(attributes, children);
}

const HANDLERS: Record<string, Handler> = {
  mdxJsxFlowElement: componentHandler,
  mdxJsxTextElement: componentHandler,
};

/** Inner text of a hast node, for heading slugs. */
function textOf(node: RootContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child)).join('');
  return '';
}

/** Check every element of the output tree, and give each heading an id the way Astro's Markdown pipeline does. */
function guardAndSlug(root: HastRoot): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  const stack: (RootContent | HastRoot)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      if (!OUTPUT_ELEMENTS.has(node.tagName)) throw new UnsafeOutputError(`the output would contain <${node.tagName}>`);
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        if (value === undefined || value === null || value === false) continue;
        if (!OUTPUT_PROPERTIES.has(property)) throw new UnsafeOutputError(`the output would give <${node.tagName}> the attribute "${property}"`);
        if (property === 'href' && (typeof value !== 'string' || !isAllowedLinkUrl(value))) throw new UnsafeOutputError(`the output would link to "${String(value)}"`);
      }
      if (node.tagName === 'input' && node.properties?.type !== 'checkbox') throw new UnsafeOutputError('the output would contain an <input> that is not a task-list checkbox');
      if (/^h[1-6]$/.test(node.tagName)) {
        const headingText = textOf(node);
        const slug = slugger.slug(headingText);
        node.properties = { ...node.properties, id: slug };
        headings.push({ depth: Number(node.tagName[1]), slug, text: headingText });
      }
    } else if (node.type !== 'root' && node.type !== 'text') {
      // Comments, doctypes and raw HTML never come from an accepted tree.
      throw new UnsafeOutputError(`the output would contain a ${node.type} node`);
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  // Document order, as the page reads them (the walk above is depth first, in order).
  return headings;
}

/**
 * Render a body tree that checkBodyTree found nothing in.
 *
 * @param tree the mdast tree the check accepted (Sätteri's, with the build's features)
 * @throws if the tree holds anything outside the allow-lists, which only a bug in the check can let through
 * @example renderBody(mdxToMdast('<Pros>\n- fast\n</Pros>', { features })).html
 *   // → '<section class="callout pros" aria-label="Strengths"><p class="callout-title">Strengths</p><ul>\n<li>fast</li>\n</ul></section>'
 */
export function renderBody(tree: TreeNode): RenderedBody {
  try {
    const hast = toHast(tree as unknown as MdastRoot, { handlers: HANDLERS, allowDangerousHtml: false }) as HastRoot;
    const headings = guardAndSlug(hast);
    return { html: toHtml(hast, { allowDangerousHtml: false, characterReferences: { useNamedReferences: true } }), headings };
  } catch (error) {
    if (error instanceof UnsafeOutputError) throw new Error(`Unsafe content rejected while rendering: ${error.message}`);
    throw error;
  }
}
