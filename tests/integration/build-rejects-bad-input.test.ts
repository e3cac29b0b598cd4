/**
 * The site build itself refuses bad content, with the same messages as
 * `npm run validate` — not only the validate script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentDir } from '../helpers/contentFixture.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bad-input');

describe('astro build on bad content', () => {
  it('fails before building any page and names every broken file and field', () => {
    const files = Object.fromEntries(readdirSync(FIXTURES).map((name) => [name, readFileSync(join(FIXTURES, name))]));
    const contentDir = makeContentDir(files, 'navigator-bad-build-');
    const outDir = mkdtempSync(join(tmpdir(), 'navigator-bad-dist-'));
    const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NAVIGATOR_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'navigator-cache-')) }, timeout: 180_000 });
    const out = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(out).toContain('Content validation failed');
    for (const name of readdirSync(FIXTURES).filter((n) => n !== 'duplicate-name-a.mdx')) expect(out, `build did not report ${name}`).toContain(`tools/${name}`);
    for (const field of ['license (found "Apache 2")', 'position (found', 'stages (found', 'website (found "javascript:alert(1)")', '(frontmatter): the frontmatter is not closed']) expect(out).toContain(field);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    rmSync(outDir, { recursive: true, force: true });
  }, 200_000);
});
