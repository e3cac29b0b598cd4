/**
 * A grammar-based generator of hostile and harmless bodies for the differential
 * fuzz test and `npm run bench:fuzz`: Markdown, GFM (footnotes, tables, task lists,
 * autolinks, strikethrough), HTML, JSX, expressions, images, references and nesting.
 */
import { mdxToHast, mdxToJs } from 'satteri';
import { checkMdxSafety } from '../../../src/lib/validation/checkMdxSafety.ts';
import { MARKDOWN_FEATURES } from '../../../src/lib/safety/markdownFeatures.ts';
import { safetyPlugin } from '../../../src/lib/safety/safetyPlugin.ts';
import { ALLOWED_COMPONENTS } from '../../../src/lib/safety/checkBodyTree.ts';

const ATOMS = [
  'plain text', '**bold**', '_em_', '~~gone~~', '`code`', '[a link](https://example.org)', '<https://example.org>', 'www.example.org',
  '[ref][r]', '![img](./x.png)', '![img][r]', '![x](https://evil.example/p.png)', '{1 + 1}', '{/* c */}', '<Note title="t">x</Note>', '<Pros>\n- a\n</Pros>',
  '<div>x</div>', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<Note {...p}>x</Note>', '<Note title={x}>y</Note>', '<Widget />', '<>x</>',
  'import x from "y"', 'export const a = 1', '[x](javascript:alert(1))', '[x](/root/)', '[x](../rings/trial/)', '\\{escaped\\}', '&#123;entity&#125;',
  '[^1]', '<!-- comment -->', '$x$', ':::note', '\u202Etext', '<Note title="a">{x}</Note>', '`{x}`', '```js\n{x}\n```', '<a href="x">a</a>',
];
const BLOCKS = [
  (s: string) => `${s}\n`, (s: string) => `# ${s}\n`, (s: string) => `> ${s}\n`, (s: string) => `- ${s}\n- [ ] task\n`, (s: string) => `1. ${s}\n`,
  (s: string) => `| a | b |\n|---|---|\n| ${s.replace(/\n/g, ' ')} | x |\n`, (s: string) => `[^1]: ${s}\n`, (s: string) => `[r]: https://example.org/${s.length}\n`,
  (s: string) => `[r]: ${s.includes('evil') ? 'https://evil.example/p.png' : './local.png'}\n`, (s: string) => `<Note>\n${s}\n</Note>\n`, (s: string) => `  ${s}\n`,
];

import { prng } from '../../helpers/prng.ts';

export { prng };

export function fuzzBody(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  const blocks = 1 + Math.floor(random() * 5);
  for (let i = 0; i < blocks; i++) {
    let inline = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(ATOMS)).join(' ');
    if (random() < 0.1) inline = '>'.repeat(1 + Math.floor(random() * 60)) + ' ' + inline;
    parts.push(pick(BLOCKS)(inline));
  }
  return parts.join('\n');
}

// What accepted Markdown may compile to: HTML a Markdown body produces on its own, and the allow-listed components.
const HTML_OUTPUT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br', 'input', 'section', 'sup', 'span']);

interface HNode { type: string; tagName?: string; name?: string | null; children?: HNode[] }

export function outputViolations(body: string): string[] {
  const violations: string[] = [];
  const stack: HNode[] = [mdxToHast(body, { features: MARKDOWN_FEATURES })];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element' && !HTML_OUTPUT.has(node.tagName ?? '')) violations.push(`<${node.tagName}>`);
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !Object.hasOwn(ALLOWED_COMPONENTS, node.name ?? '')) violations.push(`<${node.name}>`);
    else if (/^mdx(Flow|Text)Expression$|^mdxjsEsm$|^raw$/.test(node.type)) violations.push(node.type);
    stack.push(...(node.children ?? []));
  }
  return violations;
}

export function runFuzz(seed: number, count: number): { accepted: number; findings: { body: string; violations: string[] }[] } {
  const random = prng(seed);
  const findings: { body: string; violations: string[] }[] = [];
  let accepted = 0;
  for (let i = 0; i < count; i++) {
    const body = fuzzBody(random);
    if (checkMdxSafety('fuzz.mdx', body).length > 0) continue;
    accepted++;
    const violations = outputViolations(body);
    const { code } = mdxToJs(body, { features: MARKDOWN_FEATURES, mdastPlugins: [safetyPlugin] });
    const imports = [...code.matchAll(/^\s*import\s/gm)].length;
    if (imports > 1) violations.push(`${imports} imports`);
    if (violations.length) findings.push({ body, violations });
  }
  return { accepted, findings };
}

