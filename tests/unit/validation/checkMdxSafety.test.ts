import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, checkMdxSafety } from '../../../src/lib/validation/checkMdxSafety.ts';
import { existsSync, readFileSync } from 'node:fs';

const check = (body: string) => checkMdxSafety('content/tools/x.mdx', body, 10);

describe('checkMdxSafety', () => {
  it('accepts Markdown and the allow-listed components', () => {
    expect(check('# Title\n\nSome **bold** and a [link](https://example.org).\n\n<Pros>\n- fast\n</Pros>\n\n<Note title="Heads up">\nText\n</Note>\n')).toEqual([]);
  });

  it('keeps the allow-list in step with the components the page provides', () => {
    const index = readFileSync('src/components/mdx/index.ts', 'utf8');
    const provided = /mdxComponents = \{([^}]*)\}/.exec(index)?.[1]?.split(',').map((name) => name.trim()).filter(Boolean).sort();
    expect(provided).toEqual(Object.keys(ALLOWED_COMPONENTS).sort());
    for (const name of Object.keys(ALLOWED_COMPONENTS)) expect(existsSync(`src/components/mdx/${name}.astro`)).toBe(true);
  });

  it.each([
    ['import', 'import fs from "node:fs"\n\nText', /import and export/],
    ['export', 'export const x = 1\n\nText', /import and export/],
    ['flow expression', '{process.exit(1)}\n', /JavaScript expressions/],
    ['inline expression', 'Text {1 + 1} more\n', /JavaScript expressions/],
    ['script tag', '<script>alert(1)</script>\n', /<script> tag is not allowed/],
    ['style tag', '<style>body{}</style>\n', /<style> tag is not allowed/],
    ['iframe tag', '<iframe src="https://evil.example" />\n', /<iframe> tag is not allowed/],
    ['object tag', '<object data="x" />\n', /<object> tag is not allowed/],
    ['unknown element', '<Widget />\n', /unknown element <Widget>/],
    ['lowercase html', '<div>hi</div>\n', /unknown element <div>/],
    ['event handler', '<Note onClick="alert(1)">x</Note>\n', /event-handler attribute "onClick"/],
    ['expression attribute', '<Note title={x}>x</Note>\n', /expression value for attribute/],
    ['spread attribute', '<Note {...props}>x</Note>\n', /spread attributes/],
    ['unknown attribute', '<Pros class="x">x</Pros>\n', /attribute "class" is not allowed/],
    ['javascript: link', '[click](javascript:alert(1))\n', /forbidden URL scheme/],
    ['mixed-case javascript: link', '[click](JaVaScRiPt:alert(1))\n', /forbidden URL scheme/],
    ['entity-encoded javascript: link', '[click](jav&#x61;script:alert(1))\n', /forbidden URL scheme/],
    ['javascript: in an allowed attribute', '<Note title="javascript:alert(1)">x</Note>\n', /forbidden URL scheme/],
    ['data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)\n', /forbidden URL scheme/],
    ['vbscript: link', '[x](vbscript:msgbox)\n', /forbidden URL scheme/],
    ['javascript: reference definition', '[x][y]\n\n[y]: javascript:alert(1)\n', /forbidden URL scheme/],
    ['remote image', '![logo](https://evil.example/pixel.png)\n', /remote images are not allowed/],
    ['protocol-relative image', '![x](//evil.example/pixel.png)\n', /remote images are not allowed/],
    ['scheme-without-slashes image', '![x](http:evil.example/pixel.png)\n', /remote images are not allowed/],
    // In Markdown source "\\\\" is two literal backslashes, which browsers read as "//".
    ['backslash image', '![x](\\\\\\\\evil.example/pixel.png)\n', /remote images are not allowed/],
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

  it('explains MDX syntax errors instead of throwing', () => {
    const issues = check('<Pros>\nnot closed\n');
    expect(issues[0]?.message).toMatch(/not valid MDX/);
    expect(issues[0]?.line).toBeGreaterThan(10);
  });
});
