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

  it('lets only embeddable pages be framed', () => {
    const headers = headersFile('/nav/');
    expect(headers).toMatch(/\/nav\/\*\n[\s\S]*frame-ancestors 'none'/);
    expect(headers).toMatch(/\/nav\/embed\/\*\n[\s\S]*frame-ancestors \*/);
  });
});

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
