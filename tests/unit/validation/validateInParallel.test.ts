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
});
