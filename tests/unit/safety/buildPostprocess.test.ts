/**
 * What the build adds to every page: the Content-Security-Policy (hashes of
 * exactly the inline scripts and styles, as the first element of <head>) and
 * rel="noopener noreferrer" on every link to another origin; and the _headers file.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, policyFor, withCspMeta } from '../../../src/lib/safety/csp.ts';
import { addExternalRel } from '../../../src/lib/safety/externalLinks.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  const page = '<!doctype html><html><head><title>x</title><style>p{color:red}</style><script>var a = 1;</script><script type="module" src="/_astro/x.js"></script></head><body><p style="color: blue">x</p></body></html>';

  it('allows exactly the inline scripts and styles by hash, and nothing from another origin', () => {
    const policy = policyFor(page);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src 'self' ${sha('var a = 1;')}`);
    expect(policy).toContain(`style-src 'self' ${sha('p{color:red}')} 'unsafe-hashes' ${sha('color: blue')}`);
    expect(policy).toContain("img-src 'self' data:");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('puts the policy first in <head>, once, even when run twice', () => {
    const once = withCspMeta(page);
    expect(once.indexOf('<head><meta http-equiv="content-security-policy"')).toBeGreaterThan(0);
    expect(withCspMeta(once).match(/content-security-policy/g)?.length).toBe(1);
  });

  it('lets only embeddable pages be framed, with no two framing rules on one path', () => {
    const headers = headersFile('/nav/', ['index.html', 'tools', 'map', 'embed', '404.html', 'favicon.svg', '_astro', '_headers']);
    const rules = headers.split('\n\n').map((block) => block.split('\n').filter(Boolean)).filter((lines) => lines.length);
    const framing = (path: string) => rules.filter(([pattern, ...lines]) => matches(pattern!, path) && lines.some((line) => /frame-ancestors|X-Frame-Options/.test(line))).map(([, ...lines]) => lines.join(' '));
    // Hosts apply every matching rule: each page gets exactly one framing rule, and only /embed/ may be framed.
    for (const path of ['/nav/', '/nav/tools/mlflow/', '/nav/map/ml-platforms/', '/nav/404.html', '/nav/favicon.svg']) {
      expect(framing(path), path).toHaveLength(1);
      expect(framing(path)[0], path).toMatch(/frame-ancestors 'none'.*X-Frame-Options: DENY/);
    }
    expect(framing('/nav/embed/map/')).toEqual([expect.stringMatching(/frame-ancestors \*/)]);
    expect(framing('/nav/embed/map/')[0]).not.toContain('X-Frame-Options');
    // Every page still gets the shared rules.
    expect(rules[0]).toEqual(['/nav/*', expect.stringContaining('nosniff'), expect.stringContaining('no-referrer'), expect.stringContaining('Permissions-Policy')]);
  });
});

/** Netlify-style path matching: a trailing * matches the rest of the path; otherwise the path itself. */
function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

describe('external links', () => {
  it.each([
    ['<a href="https://x.org">x</a>', '<a href="https://x.org" rel="noopener noreferrer">x</a>'],
    ['<a href="//x.org" class="c">x</a>', '<a href="//x.org" class="c" rel="noopener noreferrer">x</a>'],
    ['<a rel="external" href="https://x.org">x</a>', '<a rel="external noopener noreferrer" href="https://x.org">x</a>'],
    ['<a href="/tools/">x</a>', '<a href="/tools/">x</a>'],
    ['<a href="../rings/">x</a>', '<a href="../rings/">x</a>'],
  ])('%s', (input, output) => {
    expect(addExternalRel(input)).toBe(output);
  });
});
