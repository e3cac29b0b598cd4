/**
 * The same maturity snapshot, read through the GitHub REST API when the
 * machine is online (`npm run refresh:maturity -- --online`). `fetchJson` is
 * injected, so the offline tests can answer for GitHub.
 */
import type { Maturity } from './readGitMaturity.ts';

export type FetchJson = (url: string) => Promise<unknown>;

export function githubRepoOf(url: string | undefined): { owner: string; name: string } | undefined {
  const match = url ? /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) : null;
  return match ? { owner: match[1]!, name: match[2]! } : undefined;
}

export async function readGithubMaturity(owner: string, name: string, readOn: string, fetchJson: FetchJson): Promise<Maturity> {
  const api = `https://api.github.com/repos/${owner}/${name}`;
  const repo = (await fetchJson(api)) as { created_at: string; pushed_at: string; archived: boolean };
  const releases = (await fetchJson(`${api}/releases?per_page=20`)) as { tag_name: string; published_at: string; prerelease: boolean; draft: boolean }[];
  const since = new Date(`${readOn}T00:00:00Z`);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  const commits = (await fetchJson(`${api}/commits?since=${since.toISOString()}&per_page=100`)) as { author?: { login?: string } | null; commit: { author: { email: string } } }[];
  const authors = new Set(commits.map((c) => (c.author?.login ?? c.commit.author.email).toLowerCase()).filter((a) => !/\[bot\]|dependabot|renovate/.test(a)));
  const release = releases.find((r) => !r.prerelease && !r.draft);
  const maturity: Maturity = {
    firstCommit: Number(repo.created_at.slice(0, 4)),
    contributors12m: authors.size,
    lastCommit: repo.pushed_at.slice(0, 10),
    archived: repo.archived,
    readOn,
    from: 'github-api',
  };
  if (release) maturity.latestRelease = { tag: release.tag_name, date: release.published_at.slice(0, 10) };
  return maturity;
}
