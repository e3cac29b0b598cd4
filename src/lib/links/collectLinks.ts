/**
 * Find every link in the content folder: URL fields and any URL-looking
 * string in each entry's frontmatter (all collections), and every Markdown
 * link, image and reference definition in the bodies. Each link keeps where
 * it was found (file, line, field), for error messages and PR annotations.
 * Entries that do not parse are skipped: `npm run validate` reports them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from '../safety/markdownFeatures.ts';
import { COLLECTION_NAMES } from '../../schemas/index.ts';
import { parseEntryFile } from '../validation/parseEntryFile.ts';
import { readContentEntries } from '../scaffold/readContentEntries.ts';

export interface LinkRef {
  url: string;
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Frontmatter field path (sources[1]) or "(body)". */
  field: string;
  /** Where it was found. */
  in: 'frontmatter' | 'body';
}

/** Frontmatter keys whose values are links whatever they look like. */
const URL_KEYS = /^(website|repository|docs|url|href|link|homepage|sources?)$/i;
/** A string that is meant as a link: a scheme with "//", a known non-web scheme, or "www.". */
const LOOKS_LIKE_URL = /^\s*([a-z][a-z0-9+.-]*:\/\/|(javascript|data|vbscript|file|mailto):|www\.)/i;

interface MdNode {
  type: string;
  url?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

function lineOf(lines: readonly string[], needle: string, from: number, to: number): number | undefined {
  for (let i = from; i < Math.min(to, lines.length); i++) if (lines[i]!.includes(needle)) return i + 1;
  return undefined;
}

/**
 * The links of one entry.
 *
 * @example collectEntryLinks('content/tools/x.mdx', '---\nwebsite: https://x.org\n---\nSee [docs](https://x.org/docs).')
 *   // → [{ url: 'https://x.org', field: 'website', line: 2, … }, { url: 'https://x.org/docs', field: '(body)', line: 4, … }]
 */
export function collectEntryLinks(file: string, source: string | Uint8Array): LinkRef[] {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  const { entry } = parseEntryFile(file, bytes);
  if (!entry) return [];
  const text = new TextDecoder().decode(bytes);
  const lines = text.split(/\r?\n/);
  const links: LinkRef[] = [];

  const walk = (value: unknown, path: string, urlKey: boolean) => {
    if (typeof value === 'string') {
      if (urlKey || LOOKS_LIKE_URL.test(value)) links.push({ url: value, file, field: path, in: 'frontmatter', line: lineOf(lines, value, 0, entry.bodyOffset) });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`, urlKey));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key, URL_KEYS.test(key));
    }
  };
  walk(entry.data, '', false);

  let tree: MdNode;
  try {
    // The compiler's own parser and features, on the body as the compiler sees it (the file's line numbers kept).
    tree = mdxToMdast(entry.compiledSource, { features: MARKDOWN_FEATURES });
  } catch {
    return links; // an unparsable body is reported by npm run validate
  }
  // Iterative: a hostile body cannot exhaust the stack.
  const stack: MdNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      links.push({ url: node.url, file, field: '(body)', in: 'body', ...(node.position ? { line: node.position.start.line } : {}) });
    }
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!);
  }
  return links;
}

/**
 * The links of every entry in every collection of a content folder.
 *
 * @example collectLinks('content').length // → 700-odd
 */
export function collectLinks(contentDir: string, root = process.cwd()): LinkRef[] {
  const links: LinkRef[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const entry of readContentEntries(contentDir, collection, root)) {
      links.push(...collectEntryLinks(entry.file, readFileSync(join(root, entry.file))));
    }
  }
  return links;
}
