/**
 * `npm run validate` on broken content: every bad-input fixture is reported at
 * once, by file and field, with exit code 1; GitHub annotations in Actions;
 * TODO placeholders fail in CI and only warn while drafting; a duplicate goes
 * on the file the change adds.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeContentDir, REAL_CONTENT, toolSource } from '../helpers/contentFixture.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bad-input');

function validate(contentDir: string, env: Record<string, string> = {}, args: string[] = []) {
  // CI and the new-files list come from the test, not from the machine that runs it.
  const base: Record<string, string | undefined> = { ...process.env, GITHUB_ACTIONS: '' };
  for (const name of ['CI', 'NAVIGATOR_NEW_FILES', 'NAVIGATOR_BASE_REF']) delete base[name];
  const result = spawnSync(process.execPath, ['scripts/validate.ts', '--content', contentDir, ...args], { encoding: 'utf8', env: { ...base, ...env } });
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

  it('reports a duplicate on the file the change adds, naming the existing entry', () => {
    const added = join(dir, 'tools', 'duplicate-name-a.mdx');
    const run = validate(dir, { NAVIGATOR_NEW_FILES: added });
    const block = run.out.split(/\n(?=\S)/).find((part) => part.includes('tools/duplicate-name-a.mdx —'));
    expect(block).toMatch(/name \(found "[^"]+"\): is in effect the same name as one that .*duplicate-name-b\.mdx uses/);
    expect(run.out).not.toMatch(/duplicate-name-b\.mdx — /);
  });

  it('notes, without failing even in CI, an integration the added entry claims and the other tool does not', () => {
    const content = makeContentDir({ 'claimer.mdx': toolSource({ name: 'Claimer', integrations: '[quiet-one]' }), 'quiet-one.mdx': toolSource({ name: 'Quiet One' }) });
    const run = validate(content, { CI: 'true', GITHUB_ACTIONS: 'true', NAVIGATOR_NEW_FILES: join(content, 'tools', 'claimer.mdx') });
    expect(run.status, run.out).toBe(0);
    expect(run.out).toMatch(/^::notice file=.*claimer\.mdx,line=\d+,title=integrations\[0\]::integrations\[0\] \(found "quiet-one"\): .*quiet-one\.mdx does not list "claimer"/m);
    expect(run.out).toContain('ℹ 1 notice (not a failure');
    // Without the added file, nothing is said; --integrations lists every one-sided claim.
    expect(validate(content).out).not.toContain('ℹ');
    expect(validate(content, {}, ['--integrations']).out).toContain('ℹ 1 notice');
  });

  it('prints GitHub annotations when run in GitHub Actions', () => {
    const annotated = validate(dir, { GITHUB_ACTIONS: 'true' });
    expect(annotated.out).toMatch(/^::error file=.*unknown-enum\.mdx,line=5,title=license::license \(found "Apache 2"\)/m);
  });
});

describe('npm run validate: drafts and CI', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeContentDir({
      'drafted.mdx': toolSource({ name: 'Drafted', description: '"TODO: one plain sentence saying what it is."' }),
      'broken.mdx': '---\nname: Broken\n',
      'user.mdx': toolSource({ name: 'User', alternatives: '[broken]' }),
      'rooted.mdx': toolSource({ name: 'Rooted' }, 'See [MLflow](/tools/mlflow/).\n'),
      'a-copy.mdx': toolSource({ name: 'Langfsue' }),
      'langfuse.mdx': toolSource({ name: 'Langfuse' }),
    });
  });

  it('warns about a name one typing error from another entry\u2019s while drafting, on the new file, and fails on it in CI', () => {
    const env = { NAVIGATOR_NEW_FILES: join(dir, 'tools', 'a-copy.mdx') };
    const local = validate(dir, env);
    expect(local.out).toMatch(/tools\/a-copy\.mdx — 1 warning\n {2}⚠ line 2, name \(found "Langfsue"\): is one typing error away from "Langfuse", a name that .*tools\/langfuse\.mdx uses/);
    expect(local.out).not.toMatch(/langfuse\.mdx — /);
    expect(validate(dir, { ...env, CI: 'true' }).out).toMatch(/tools\/a-copy\.mdx — 1 problem\n {2}✖ line 2, name/);
  });

  it('only warns about TODO placeholders while drafting (locally, or with --draft in CI)', () => {
    for (const run of [validate(dir), validate(dir, { CI: 'true' }, ['--draft'])]) {
      expect(run.out).toMatch(/tools\/drafted\.mdx — 1 warning\n {2}⚠ line 3, description \(found description: "TODO: one plain sentence saying what it is\."\): still holds a TODO placeholder/);
      expect(run.out).not.toMatch(/drafted\.mdx — \d+ problem/);
    }
  });

  it('fails on them in CI (CI=true or --ci)', () => {
    for (const run of [validate(dir, { CI: 'true' }), validate(dir, {}, ['--ci'])]) {
      expect(run.status).toBe(1);
      expect(run.out).toMatch(/tools\/drafted\.mdx — 1 problem\n {2}✖ line 3, description .*: still holds a TODO placeholder/);
    }
  });

  it('fails on a root-relative link even while drafting, since the build refuses it too', () => {
    const run = validate(dir, {}, ['--draft']);
    expect(run.out).toMatch(/tools\/rooted\.mdx — 1 problem\n {2}✖ line \d+, \(body\) \(found \/tools\/mlflow\/\): the link "\/tools\/mlflow\/" is not an absolute http\(s\) URL/);
  });

  it('annotates them as warnings in GitHub Actions while drafting', () => {
    expect(validate(dir, { GITHUB_ACTIONS: 'true' }, ['--draft']).out).toMatch(/^::warning file=.*drafted\.mdx,line=3,title=description::/m);
  });

  it('reports a file it cannot read once, without "not an entry" errors in files that refer to it', () => {
    const run = validate(dir, {}, ['--draft']);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/tools\/broken\.mdx — 1 problem/);
    expect(run.out).not.toMatch(/user\.mdx|refers to "broken"/);
  });

  it('refuses --ci together with --draft, and unknown options, with the usage', () => {
    for (const args of [['--ci', '--draft'], ['--strict']]) {
      const run = validate(dir, {}, args);
      expect(run.status).toBe(2);
      expect(run.out).toMatch(/Usage: npm run validate/);
      expect(run.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  });
});
