/**
 * A grammar-based generator of hostile and harmless bodies for the differential
 * fuzz test and `npm run bench:fuzz`: Markdown, GFM (footnotes, tables, task lists,
 * autolinks, strikethrough), HTML, JSX, expressions, images, references and nesting.
 */
import { htmlToHast } from 'satteri';
import { checkAndRenderBody, checkMdxSafety } from '../../../src/lib/validation/checkMdxSafety.ts';
import { isAllowedLinkUrl } from '../../../src/lib/safety/checkBodyTree.ts';
import { renderBody } from '../../../src/lib/safety/renderBody.ts';

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

// What an accepted body may render to: HTML a Markdown body produces on its own, and the allow-listed components' markup.
const HTML_OUTPUT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br', 'input', 'section', 'aside', 'sup']);
const ATTRIBUTES = new Set(['href', 'id', 'class', 'aria-label', 'aria-describedby', 'data-footnotes', 'data-footnote-ref', 'data-footnote-backref', 'align', 'start', 'type', 'checked', 'disabled']);

interface HNode { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HNode[] }

/**
 * What is wrong with the HTML the site renders for a body, read back by an independent HTML parser (Sätteri's
 * HTML-to-hast, not the serializer that wrote it): an element or attribute outside the allow-lists, a link the
 * check does not allow, a comment or raw node.
 */
export function htmlViolations(html: string): string[] {
  const violations: string[] = [];
  const stack: HNode[] = [htmlToHast(html, { fragment: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      if (!HTML_OUTPUT.has(node.tagName ?? '')) violations.push(`<${node.tagName}>`);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        const attribute = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^class-name$/, 'class');
        if (!ATTRIBUTES.has(attribute)) violations.push(`${node.tagName}[${attribute}]`);
        if (attribute === 'href' && !isAllowedLinkUrl(String(value))) violations.push(`href=${String(value)}`);
      }
    } else if (node.type !== 'root' && node.type !== 'text') violations.push(node.type);
    stack.push(...(node.children ?? []));
  }
  return violations;
}

/**
 * Generate `count` bodies; for each one the check accepts, render it as the build does and look for anything
 * the output should not hold. A body the check accepts but the renderer's own output guard refuses is a finding too:
 * the check has a gap, even though the guard closed it.
 */
export function runFuzz(seed: number, count: number): { accepted: number; findings: { body: string; violations: string[] }[] } {
  const random = prng(seed);
  const findings: { body: string; violations: string[] }[] = [];
  let accepted = 0;
  for (let i = 0; i < count; i++) {
    const body = fuzzBody(random);
    if (checkMdxSafety('fuzz.mdx', body).length > 0) continue;
    accepted++;
    const { issues, rendered } = checkAndRenderBody('fuzz.mdx', body, 'mdx', { render: renderBody });
    const violations = rendered ? htmlViolations(rendered.html) : issues.map((issue) => `output guard: ${issue.message}`);
    if (violations.length) findings.push({ body, violations });
  }
  return { accepted, findings };
}
