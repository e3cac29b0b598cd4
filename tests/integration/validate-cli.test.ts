/**
 * `npm run validate` on broken content: every bad-input fixture is reported at
 * once, by file and field, with exit code 1; GitHub annotations in Actions.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeContentDir, REAL_CONTENT } from '../helpers/contentFixture.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bad-input');

function validate(contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/validate.ts', '--content', contentDir], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run validate', () => {
  let dir: string;
  let result: { status: number | null; out: string };

  beforeAll(() => {
    const files = Object.fromEntries(readdirSync(FIXTURES).map((name) => [name, readFileSync(join(FIXTURES, name))]));
    dir = makeContentDir(files);
    result = validate(dir);
  });

  it('passes on the real content', () => {
    const real = validate(REAL_CONTENT);
    expect(real.out).toMatch(/✔ \d+ content files valid/);
    expect(real.status).toBe(0);
  });

  it('exits 1 and reports every broken file in one run', () => {
    expect(result.status).toBe(1);
    for (const name of readdirSync(FIXTURES)) {
      if (name === 'duplicate-name-a.mdx') continue; // the first of the pair is fine; its twin is reported
      expect(result.out, `no report for ${name}`).toContain(`tools/${name}`);
    }
    expect(result.out).toMatch(/problems in 14 of \d+ content files/);
  });

  it.each([
    ['unclosed-frontmatter.mdx', '(frontmatter)', /frontmatter is not closed/],
    ['tab-indented.mdx', '(frontmatter)', /indented with a tab/],
    ['invalid-yaml.mdx', '(frontmatter)', /not valid YAML/],
    ['wrong-types.mdx', 'stages', /must be an array, not a string/],
    ['wrong-types.mdx', 'position.artifact', /must be a number/],
    ['unsafe-url.mdx', 'website', /must be an absolute http/],
    ['unsafe-url.mdx', 'sources[0]', /must be an absolute http/],
    ['unknown-enum.mdx', 'license', /not a valid SPDX licence expression; did you mean "Apache-2.0"/],
    ['unknown-enum.mdx', 'ring', /must be one of: adopt, trial, assess, hold/],
    ['non-utf8.mdx', '(file)', /not valid UTF-8/],
    ['oversized-field.mdx', 'ringRationale', /at most 200 characters/],
    ['duplicate-name-b.mdx', 'name', /same name as one that .*duplicate-name-a\.mdx uses/],
    ['empty.mdx', '(file)', /the file is empty/],
    ['wrong-extension.md', '(file name)', /must be \.mdx files/],
    ['position-mismatch.mdx', 'position', /lies in quadrant "cloud-platforms", but category "experimentation-platforms"/],
    ['dangling-reference.mdx', 'alternatives[0]', /refers to "no-such-tool"/],
    ['dangling-reference.mdx', 'capabilities[0]', /Did you mean "experiment-tracking"/],
    ['unknown-field.mdx', 'licence', /Did you mean "license"/],
  ])('%s: names the field %s', (file, field, message) => {
    const block = result.out.split(/\n(?=\S)/).find((part) => part.includes(`tools/${file} —`));
    expect(block, `no block for ${file}`).toBeDefined();
    const lines = block!.split('\n');
    // An issue is its "✖ … field …" line plus an optional "fix: …" line below it.
    const line = lines.map((l, i) => (lines[i + 1]?.trim().startsWith('fix:') ? `${l}\n${lines[i + 1]}` : l)).find((l) => l.includes(` ${field}`) && message.test(l));
    expect(line, `no "${field}" line matching ${message} in:\n${block}`).toBeDefined();
  });

  it('prints no stack trace', () => {
    expect(result.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('prints GitHub annotations when run in GitHub Actions', () => {
    const annotated = validate(dir, { GITHUB_ACTIONS: 'true' });
    expect(annotated.out).toMatch(/^::error file=.*unknown-enum\.mdx,line=5,title=license::license \(found "Apache 2"\)/m);
  });
});
