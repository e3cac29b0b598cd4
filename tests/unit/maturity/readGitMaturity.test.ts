/**
 * The maturity reader against a small repository built in the test: first
 * commit year, newest release tag (pre-releases and non-version tags skipped),
 * contributors of the last 12 months (bots left out), dormancy, and the
 * frontmatter block written into an entry.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDormant, maturityYaml, readGitMaturity, RELEASE_TAG, withMaturity } from '../../../src/lib/maturity/readGitMaturity.ts';
import { describeMaturity } from '../../../src/lib/maturity/describeMaturity.ts';
import { githubRepoOf, readGithubMaturity } from '../../../src/lib/maturity/readGithubMaturity.ts';
import { ToolSchema } from '../../../src/schemas/tool.ts';
import { parseEntryFile } from '../../../src/lib/validation/parseEntryFile.ts';
import { toolSource } from '../../helpers/contentFixture.ts';

function fixtureRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'navigator-maturity-'));
  const git = (args: string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, ...env }, stdio: 'pipe' }).toString();
  git(['init', '-q', '-b', 'main']);
  const commit = (date: string, email: string, message: string) => {
    writeFileSync(join(dir, 'file.txt'), `${message}\n`);
    git(['add', '.']);
    git(['-c', `user.name=${email}`, '-c', `user.email=${email}`, 'commit', '-q', '-m', message], { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` });
  };
  const tag = (name: string, date: string) => git(['-c', 'user.name=r', '-c', 'user.email=r@x', 'tag', '-a', name, '-m', name], { GIT_COMMITTER_DATE: `${date}T12:00:00Z` });
  commit('2019-03-01', 'ana@example.org', 'first');
  tag('v0.1.0', '2019-03-01');
  commit('2026-02-01', 'ben@example.org', 'feature');
  tag('helm/chart/v1.0.0', '2026-02-02');
  tag('v1.0.0', '2026-02-02');
  commit('2026-05-01', 'cai@example.org', 'more');
  commit('2026-06-01', 'dependabot[bot]@users.noreply.github.com', 'bump');
  tag('v1.1.0-rc1', '2026-06-02');
  tag('nightly', '2026-06-03');
  return dir;
}

describe('readGitMaturity', () => {
  const dir = fixtureRepo();
  const git = (args: string[]) => execFileSync('git', [`--git-dir=${join(dir, '.git')}`, ...args], { encoding: 'utf8' });
  const m = readGitMaturity(git, '2026-12-01');

  it('reads first commit, latest real release, people of the last year and the newest commit', () => {
    expect(m).toEqual({ firstCommit: 2019, latestRelease: { tag: 'v1.0.0', date: '2026-02-02' }, contributors12m: 2, lastCommit: '2026-06-01', archived: 'unknown', readOn: '2026-12-01', from: 'git-snapshot' });
  });

  it('dates the repository from its oldest history, also when the default branch began a new root commit', () => {
    // Like Prefect 2: the main branch restarts from a new first commit; the old line lives on in its release tags.
    const restarted = fixtureRepo();
    const run = (args: string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: restarted, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: restarted, ...env }, stdio: 'pipe' }).toString();
    run(['checkout', '-q', '--orphan', 'rewrite']);
    writeFileSync(join(restarted, 'file.txt'), 'new start\n');
    run(['add', '.']);
    run(['-c', 'user.name=eve', '-c', 'user.email=eve@example.org', 'commit', '-q', '-m', 'new start'], { GIT_AUTHOR_DATE: '2026-07-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-07-01T12:00:00Z' });
    run(['branch', '-q', '-D', 'main']);
    const read = readGitMaturity((args) => execFileSync('git', [`--git-dir=${join(restarted, '.git')}`, ...args], { encoding: 'utf8' }), '2026-12-01');
    expect(read.firstCommit).toBe(2019);
    expect(read.lastCommit).toBe('2026-07-01');
  });

  it('does not date the repository from a history merged into it', () => {
    // A subtree or an imported repository brings its own, older root commit in as a side parent.
    const merged = fixtureRepo();
    const run = (args: string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: merged, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: merged, ...env }, stdio: 'pipe' }).toString();
    const as = (date: string) => ({ GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` });
    run(['checkout', '-q', '--orphan', 'vendored']);
    run(['rm', '-rq', '--cached', '.']);
    writeFileSync(join(merged, 'vendored.txt'), 'old library\n');
    run(['add', 'vendored.txt']);
    run(['-c', 'user.name=old', '-c', 'user.email=old@example.org', 'commit', '-q', '-m', 'old library'], as('2010-01-01'));
    run(['checkout', '-q', '-f', 'main']);
    run(['-c', 'user.name=fay', '-c', 'user.email=fay@example.org', 'merge', '-q', '--allow-unrelated-histories', '-m', 'vendor it', 'vendored'], as('2026-08-01'));
    const read = readGitMaturity((args) => execFileSync('git', [`--git-dir=${join(merged, '.git')}`, ...args], { encoding: 'utf8' }), '2026-12-01');
    expect(read.firstCommit).toBe(2019);
  });

  it('on a day with several release tags, names the newest version, not a patch to an older line made the same day', () => {
    // for-each-ref lists the tags newest first: here the patch to the 3.12 line was tagged a few minutes after 3.15.1.
    const stub = (args: string[]) =>
      args[0] === 'for-each-ref' ? 'v3.12.4\t2026-07-29\nv3.15.1\t2026-07-29\nv3.15.0\t2026-06-01\n' : args[0] === 'rev-list' ? 'abc\n' : args[0] === 'log' && args.includes('--date=short') ? '2026-08-01\n' : args[0] === 'log' && args.includes('--format=%aE') ? '' : '2015\n';
    expect(readGitMaturity(stub, '2026-12-01').latestRelease).toEqual({ tag: 'v3.15.1', date: '2026-07-29' });
  });

  it("takes a project's own release tag, not a Go module's version tag made on the same commit", () => {
    // Knative tags each release twice: knative-v1.23.0 for the project, v0.50.0 for its Go module.
    const stub = (args: string[]) =>
      args[0] === 'for-each-ref' ? 'v0.50.0\t2026-07-29\nknative-v1.23.0\t2026-07-29\nknative-v1.22.0\t2026-05-01\n' : args[0] === 'rev-list' ? 'abc\n' : args[0] === 'log' && args.includes('--date=short') ? '2026-08-01\n' : args[0] === 'log' && args.includes('--format=%aE') ? '' : '2018\n';
    expect(readGitMaturity(stub, '2026-12-01').latestRelease).toEqual({ tag: 'knative-v1.23.0', date: '2026-07-29' });
  });

  it('flags no release in 18 months, or an archived repository, as dormant', () => {
    expect(isDormant(m)).toBe(false);
    // Read through the API, 18 months count back from the reading date.
    expect(isDormant({ ...m, readOn: '2027-09-01', from: 'github-api' })).toBe(true);
    // A snapshot may be old itself: 18 months count back from its newest commit, so an old snapshot alone is not dormancy…
    expect(isDormant({ ...m, readOn: '2027-09-01' })).toBe(false);
    // …but a project that kept committing without releasing for 18 months is.
    expect(isDormant({ ...m, lastCommit: '2027-09-01', readOn: '2027-09-01' })).toBe(true);
    expect(isDormant({ ...m, archived: true })).toBe(true);
    expect(describeMaturity({ ...m, lastCommit: '2027-09-01', readOn: '2027-10-01' }).dormant).toBe(true);
  });

  it('writes a block the tool schema accepts, replacing an older one', () => {
    const text = withMaturity(toolSource({ name: 'Mature Tool' }), maturityYaml(m));
    const again = withMaturity(text, maturityYaml({ ...m, contributors12m: 9 }));
    expect(again.match(/^maturity:/gm)?.length).toBe(1);
    const { entry } = parseEntryFile('x.mdx', new TextEncoder().encode(again));
    const parsed = ToolSchema.safeParse(entry!.data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.maturity?.contributors12m).toBe(9);
  });

  it('says it in words for the tool page', () => {
    expect(describeMaturity(m).text).toBe('latest release v1.0.0 (2026-02), 2 contributors in the year to 2026-06-01, repository since 2019; read on 2026-12-01 from a snapshot of the repository whose newest commit is from 2026-06-01.');
    expect(describeMaturity({ ...m, lastCommit: '2026-12-01' }).text).toContain('2 contributors in the last year');
  });

  it('counts the people of the year up to an old snapshot\'s newest commit, not of the year before the reading', () => {
    // Read in 2027-04: the year before the reading holds only cai's commit, but the snapshot simply ends in 2026-06.
    expect(readGitMaturity(git, '2027-04-01').contributors12m).toBe(2);
    // A reading before the newest commit counts up to the reading.
    expect(readGitMaturity(git, '2026-03-01').contributors12m).toBe(1);
  });
});

describe('release tags', () => {
  it('reads version numbers after the prefixes projects use, and nothing else', () => {
    for (const tag of ['v2.1.0', '2.1', 'python-v4.1.2', 'jenkins-2.578', 'rel/nifi-2.11.0', 'release/3.4.0', 'ai@7.0.77', 'core_v0.19.0', 'release_1.2.3']) expect(RELEASE_TAG.test(tag), tag).toBe(true);
    for (const tag of ['nightly', 'latest', 'v2', 'build-20260101', 'v1.2.3.4.5', '@scope/pkg@1.2.3', 'v1.32.0-162.0', 'v2.0.1-3.1']) expect(RELEASE_TAG.test(tag), tag).toBe(false);
  });
});

describe('readGithubMaturity', () => {
  it('reads the same snapshot through the GitHub API, here answered offline', async () => {
    const answers: Record<string, unknown> = {
      'https://api.github.com/repos/acme/tool': { created_at: '2020-01-05T00:00:00Z', pushed_at: '2026-11-20T00:00:00Z', archived: false },
      'https://api.github.com/repos/acme/tool/releases?per_page=20': [{ tag_name: 'v3.0.0-rc1', published_at: '2026-11-01T00:00:00Z', prerelease: true, draft: false }, { tag_name: 'v2.9.0', published_at: '2026-10-10T00:00:00Z', prerelease: false, draft: false }],
    };
    const fetchJson = (url: string) => Promise.resolve(answers[url] ?? [{ author: { login: 'ana' }, commit: { author: { email: 'a@x' } } }, { author: { login: 'ben' }, commit: { author: { email: 'b@x' } } }, { author: { login: 'renovate[bot]' }, commit: { author: { email: 'r@x' } } }]);
    const repo = githubRepoOf('https://github.com/acme/tool')!;
    expect(await readGithubMaturity(repo.owner, repo.name, '2026-12-01', fetchJson)).toEqual({ firstCommit: 2020, latestRelease: { tag: 'v2.9.0', date: '2026-10-10' }, contributors12m: 2, lastCommit: '2026-11-20', archived: false, readOn: '2026-12-01', from: 'github-api' });
  });
});
