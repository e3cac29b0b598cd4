/**
 * validate shares the files between worker threads: the report must be the
 * same, issue for issue and in the same order, as checking them one by one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent, validateContentInParallel } from '../../../src/lib/validation/validateContent.ts';
import { makeContentDir, REAL_CONTENT } from '../../helpers/contentFixture.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'bad-input');

describe('validateContentInParallel', () => {
  it('gives the same result as validateContent on the real catalogue', async () => {
    const parallel = await validateContentInParallel(REAL_CONTENT, process.cwd(), {}, 3, 0);
    expect(parallel).toEqual(validateContent(REAL_CONTENT));
  });

  it('gives the same errors, warnings and notices, in the same order, on broken content', async () => {
    const files = Object.fromEntries(readdirSync(FIXTURES).map((name) => [name, readFileSync(join(FIXTURES, name))]));
    const dir = makeContentDir(files);
    const options = { newFiles: [join(dir, 'tools', readdirSync(join(dir, 'tools'))[0]!)], integrationNotices: 'all' as const };
    const one = validateContent(dir, dir, options);
    expect(one.issues.length).toBeGreaterThan(10);
    expect(await validateContentInParallel(dir, dir, options, 2, 0)).toEqual(one);
  });

  it('renders every tool body for the build in the worker threads and here alike, and only when asked', async () => {
    const rendered = await validateContentInParallel(REAL_CONTENT, process.cwd(), { renderBodies: true }, 3, 0);
    const tools = [...rendered.parsed].filter(([path]) => path.endsWith('.mdx'));
    expect(tools.length).toBeGreaterThan(400);
    // Every slice (two workers and this thread) rendered its share: each body is HTML, and entries' callouts are there.
    for (const [path, entry] of tools) expect(entry.rendered?.html, path).toMatch(/^<(p|section|aside|h[1-6]|ul|ol|blockquote|table)[ >]/);
    expect(tools.filter(([, entry]) => entry.rendered!.html.includes('<section class="callout pros" aria-label="Strengths">')).length).toBeGreaterThan(400);
    const plain = await validateContentInParallel(REAL_CONTENT, process.cwd(), {}, 3, 0);
    expect([...plain.parsed.values()].some((entry) => entry.rendered)).toBe(false);
  });
});
