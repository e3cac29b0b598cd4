/**
 * `npm run refresh:maturity -- --repo-dir … --tool …` on a repository built in
 * the test: it writes the snapshot into the entry, and the entry still validates.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../helpers/contributionFixture.ts';

describe('npm run refresh:maturity', () => {
  it('reads a local clone and writes the maturity block into the entry', () => {
    const repo = mkdtempSync(join(tmpdir(), 'navigator-repo-'));
    const git = (args: string[], date: string) => execFileSync('git', ['-c', 'user.name=Ana', '-c', 'user.email=ana@example.org', ...args], { cwd: repo, env: { ...process.env, HOME: repo, GIT_AUTHOR_DATE: `${date}T10:00:00Z`, GIT_COMMITTER_DATE: `${date}T10:00:00Z` }, stdio: 'pipe' });
    git(['init', '-q', '-b', 'main'], '2021-01-01');
    writeFileSync(join(repo, 'a.txt'), 'a\n');
    git(['add', '.'], '2021-01-01');
    git(['commit', '-q', '-m', 'first'], '2021-01-01');
    git(['tag', '-a', 'v2.0.0', '-m', 'release'], '2026-09-15');
    const content = makeFixtureCatalogue();
    const run = spawnSync(process.execPath, ['scripts/refresh-maturity.ts', '--repo-dir', repo, '--tool', 'mlflow', '--date', '2026-12-01'], { encoding: 'utf8', env: { ...process.env, NAVIGATOR_CONTENT_DIR: content } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/mlflow: first commit 2021, latest release v2\.0\.0 \(2026-09-15\)/);
    const text = readFileSync(join(content, 'tools', 'mlflow.mdx'), 'utf8');
    expect(text).toMatch(/^maturity:\n {2}firstCommit: 2021\n {2}latestRelease:\n {4}tag: "v2\.0\.0"/m);
    const validate = spawnSync(process.execPath, ['scripts/validate.ts', '--content', content], { encoding: 'utf8' });
    expect(validate.status, validate.stdout).toBe(0);
  });
});
