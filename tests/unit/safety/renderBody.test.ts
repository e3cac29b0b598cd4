import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { renderBody } from '../../../src/lib/safety/renderBody.ts';
import { checkAndRenderBody } from '../../../src/lib/validation/checkMdxSafety.ts';
import { MARKDOWN_FEATURES } from '../../../src/lib/safety/markdownFeatures.ts';
import type { TreeNode } from '../../../src/lib/safety/checkBodyTree.ts';

const render = (body: string) => checkAndRenderBody('content/tools/x.mdx', body, 'mdx', { render: renderBody });
const tree = (body: string) => mdxToMdast(body, { features: MARKDOWN_FEATURES }) as unknown as TreeNode;

describe('renderBody: a tool body as the page shows it', () => {
  it('renders the allow-listed components as labelled callouts around their Markdown', () => {
    const { issues, rendered } = render('Text with **bold** and a [link](https://example.org/).\n\n<Pros>\n- fast\n</Pros>\n\n<Cons>\n- slow\n</Cons>\n\n<Note title="Heads up">\nCareful.\n</Note>\n');
    expect(issues).toEqual([]);
    const html = rendered!.html;
    expect(html).toContain('<p>Text with <strong>bold</strong> and a <a href="https://example.org/">link</a>.</p>');
    expect(html).toContain('<section class="callout pros" aria-label="Strengths"><p class="callout-title">Strengths</p><ul>\n<li>fast</li>\n</ul></section>');
    expect(html).toContain('<section class="callout cons" aria-label="Weaknesses"><p class="callout-title">Weaknesses</p>');
    expect(html).toContain('<aside class="callout" aria-label="Heads up"><p class="callout-title">Heads up</p><p>Careful.</p></aside>');
  });

  it('gives a Note without a title the title "Note"', () => {
    expect(render('<Note>\nx\n</Note>\n').rendered!.html).toContain('<aside class="callout" aria-label="Note"><p class="callout-title">Note</p>');
  });

  it('escapes text, keeps smart punctuation, and renders GFM tables, strikethrough and task lists', () => {
    const html = render('Use "quotes" & \\<b\\> as text.\n\n| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\n- [x] done\n').rendered?.html ?? '';
    expect(html).toContain('“quotes” &amp; ');
    expect(html).toContain('&lt;b>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>2</del>');
    expect(html).toMatch(/<input type="checkbox" checked disabled>/);
  });

  it('does not render at all when the check finds something', () => {
    const { issues, rendered } = render('<script>alert(1)</script>\n\n[x](javascript:alert(1))\n');
    expect(issues.length).toBeGreaterThanOrEqual(2);
    expect(rendered).toBeUndefined();
  });

  it('gives headings ids and reports them, in document order', () => {
    const { rendered } = render('## Why pick it\n\nText.\n\n### Why pick it\n');
    expect(rendered!.html).toContain('<h2 id="why-pick-it">');
    expect(rendered!.headings).toEqual([
      { depth: 2, slug: 'why-pick-it', text: 'Why pick it' },
      { depth: 3, slug: 'why-pick-it-1', text: 'Why pick it' },
    ]);
  });

  it('refuses, on its own, a tree the check would have rejected: the output guard is a second line', () => {
    // Straight to the renderer, past the check: an unknown component, an attribute expression, raw HTML, a bad link.
    expect(() => renderBody(tree('<Widget />\n'))).toThrow(/<Widget> is not an allow-listed component/);
    expect(() => renderBody(tree('<Note title={x}>y</Note>\n'))).toThrow(/attribute of <Note> is not allowed/);
    expect(() => renderBody(tree('<Note onClick="x">y</Note>\n'))).toThrow(/attribute of <Note> is not allowed/);
    expect(() => renderBody(tree('[x](javascript:alert(1))\n'))).toThrow(/would link to "javascript:alert\(1\)"/);
    const image = tree('![x](https://evil.example/p.png)\n');
    expect(() => renderBody(image)).toThrow(/<img>/);
  });
});
