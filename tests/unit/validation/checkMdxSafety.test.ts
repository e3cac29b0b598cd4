import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, checkMdxSafety } from '../../../src/lib/validation/checkMdxSafety.ts';
import { COMPONENT_TEMPLATES } from '../../../src/lib/safety/renderBody.ts';

const check = (body: string) => checkMdxSafety('content/tools/x.mdx', body, 10);
const checkMd = (body: string) => checkMdxSafety('content/personas/x.md', body, 0, 'md');

describe('checkMdxSafety', () => {
  it('accepts Markdown and the allow-listed components', () => {
    expect(check('# Title\n\nSome **bold** and a [link](https://example.org).\n\n<Pros>\n- fast\n</Pros>\n\n<Note title="Heads up">\nText\n</Note>\n')).toEqual([]);
  });

  it('keeps the allow-list in step with the markup the renderer has for each component', () => {
    expect(Object.keys(COMPONENT_TEMPLATES).sort()).toEqual(Object.keys(ALLOWED_COMPONENTS).sort());
  });

  it.each([
    ['import', 'import fs from "node:fs"\n\nText', /import and export/],
    ['export', 'export const x = 1\n\nText', /import and export/],
    ['flow expression', '{process.exit(1)}\n', /JavaScript expressions/],
    ['inline expression', 'Text {1 + 1} more\n', /JavaScript expressions/],
    ['script tag', '<script>alert(1)</script>\n', /element <script> is not allowed/],
    ['style tag', '<style>body{}</style>\n', /element <style> is not allowed/],
    ['iframe tag', '<iframe src="https://evil.example" />\n', /element <iframe> is not allowed/],
    ['object tag', '<object data="x" />\n', /element <object> is not allowed/],
    ['unknown element', '<Widget />\n', /element <Widget> is not allowed/],
    ['lowercase html', '<div>hi</div>\n', /element <div> is not allowed/],
    ['event handler', '<Note onClick="alert(1)">x</Note>\n', /attribute "onClick" is not allowed/],
    ['expression attribute', '<Note title={x}>x</Note>\n', /must have a plain quoted value/],
    ['spread attribute', '<Note {...props}>x</Note>\n', /spread or expression attributes/],
    ['unknown attribute', '<Pros class="x">x</Pros>\n', /attribute "class" is not allowed/],
    ['javascript: link', '[click](javascript:alert(1))\n', /not an absolute http\(s\) URL/],
    ['mixed-case javascript: link', '[click](JaVaScRiPt:alert(1))\n', /not an absolute http\(s\) URL/],
    ['entity-encoded javascript: link', '[click](jav&#x61;script:alert(1))\n', /not an absolute http\(s\) URL/],
    ['data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)\n', /not an absolute http\(s\) URL/],
    ['vbscript: link', '[x](vbscript:msgbox)\n', /not an absolute http\(s\) URL/],
    ['javascript: reference definition', '[x][y]\n\n[y]: javascript:alert(1)\n', /not an absolute http\(s\) URL/],
    ['remote image', '![logo](https://evil.example/pixel.png)\n', /images are not allowed/],
    ['protocol-relative image', '![x](//evil.example/pixel.png)\n', /images are not allowed/],
    ['scheme-without-slashes image', '![x](http:evil.example/pixel.png)\n', /images are not allowed/],
    // In Markdown source "\\\\" is two literal backslashes, which browsers read as "//".
    ['backslash image', '![x](\\\\\\\\evil.example/pixel.png)\n', /images are not allowed/],
    // Attacks found by the audit: each needs the compiler's own parser (GFM on) to be seen.
    ['expression hidden in a footnote', 'See[^1].\n\n[^1]: {process.env.HOME}\n', /JavaScript expressions/],
    ['relative image (a build-time import)', '![x](./.payload.js)\n', /images are not allowed/],
    ['raw import of a file through an image', '![x](/proc/self/environ?raw)\n', /images are not allowed/],
    ['reference image to another origin', '![b][x]\n\n[x]: https://evil.example/p.png\n', /images are not allowed/],
    ['root-relative link', '[x](/tools/)\n', /not an absolute http\(s\) URL/],
    ['relative link to a file', '[x](../secret.txt?raw)\n', /not an absolute http\(s\) URL/],
    ['bidi override in text', 'Safe \u202Etxt.exe\n', /bidirectional control/],
    ['math (not enabled, so it stays text) next to an expression', '$x$ {y}\n', /JavaScript expressions/],
  ])('rejects %s', (_name, body, message) => {
    const issues = check(body);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((issue) => issue.message).join('\n')).toMatch(message);
    for (const issue of issues) {
      expect(issue.file).toBe('content/tools/x.mdx');
      expect(issue.field).toBe('(body)');
      expect(issue.fix).toBeTruthy();
    }
  });

  it('reports lines within the whole file and every problem at once', () => {
    const issues = check('ok\n\n{a}\n\n<Widget />\n\n[x](javascript:y)\n');
    expect(issues.map((issue) => issue.line)).toEqual([13, 15, 17]);
  });

  it('rejects nesting deeper than anyone writes, without overflowing the stack', () => {
    const issues = check(`${'>'.repeat(40_000)} deep\n`);
    expect(issues.length).toBe(1);
    expect(issues[0]?.message).toMatch(/nested more than/);
  });

  it('explains MDX syntax errors instead of throwing', () => {
    const issues = check('<Pros>\nnot closed\n');
    expect(issues[0]?.message).toMatch(/not valid MDX/);
    expect(issues[0]?.line).toBeGreaterThan(10);
  });

  it('rejects raw HTML in Markdown collections and accepts plain Markdown there', () => {
    expect(checkMd('<img src=x onerror=alert(1)>\n')[0]?.message).toMatch(/raw HTML/);
    expect(checkMd('Text with <b>inline</b> HTML.\n')[0]?.message).toMatch(/raw HTML/);
    expect(checkMd('# Title\n\n- a list\n\n| a | b |\n|---|---|\n| 1 | 2 |\n')).toEqual([]);
  });
});
