/**
 * npm run refresh:maturity — recompute the maturity snapshot of tool entries
 * from their public repositories and write it into the entries.
 *
 *   npm run refresh:maturity -- --repo-dir path/to/clone-or-bare-snapshot --tool mlflow
 *   npm run refresh:maturity -- --mirrors /path/to/snapshots     (every entry whose GitHub repository
 *                                                                 has a snapshot there as owner+name/repo)
 *   npm run refresh:maturity -- --online [--tool mlflow]          (through the GitHub API; GITHUB_TOKEN is used if set)
 *
 * Options: --date YYYY-MM-DD (the reading date; default today), --dry-run (print, write nothing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countedTo, maturityYaml, readGitMaturity, withMaturity, type Maturity } from '../src/lib/maturity/readGitMaturity.ts';
import { githubRepoOf, readGithubMaturity } from '../src/lib/maturity/readGithubMaturity.ts';
import { parseEntryFile } from '../src/lib/validation/parseEntryFile.ts';
import { contentDir } from '../src/lib/validation/contentDir.ts';

const USAGE = 'usage: npm run refresh:maturity -- (--repo-dir DIR --tool ID | --mirrors DIR | --online [--tool ID]) [--date YYYY-MM-DD] [--dry-run]';
let values: { 'repo-dir'?: string; tool?: string; mirrors?: string; online?: boolean; date?: string; 'dry-run'?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({ options: { 'repo-dir': { type: 'string' }, tool: { type: 'string' }, mirrors: { type: 'string' }, online: { type: 'boolean' }, date: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  console.error(`refresh:maturity: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const readOn = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(readOn)) {
  console.error(`refresh:maturity: --date must be YYYY-MM-DD\n${USAGE}`);
  process.exit(2);
}
const toolsDir = join(contentDir(), 'tools');
const gitIn = (dir: string) => (args: string[]) => execFileSync('git', [`--git-dir=${existsSync(join(dir, '.git')) ? join(dir, '.git') : dir}`, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

function repositoryOf(id: string): string | undefined {
  const { entry } = parseEntryFile(`tools/${id}.mdx`, readFileSync(join(toolsDir, `${id}.mdx`)));
  return typeof entry?.data.repository === 'string' ? entry.data.repository : undefined;
}

function write(id: string, maturity: Maturity) {
  const path = join(toolsDir, `${id}.mdx`);
  const next = withMaturity(readFileSync(path, 'utf8'), maturityYaml(maturity));
  const summary = `${id}: first commit ${maturity.firstCommit}, ${maturity.latestRelease ? `latest release ${maturity.latestRelease.tag} (${maturity.latestRelease.date})` : 'no release tags'}, ${maturity.contributors12m} contributors in the 12 months to ${countedTo(maturity)}, newest commit ${maturity.lastCommit}`;
  if (values['dry-run']) console.log(`${summary}\n${maturityYaml(maturity)}\n`);
  else {
    writeFileSync(path, next);
    console.log(summary);
  }
}

const ids = values.tool ? [values.tool] : readdirSync(toolsDir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
let failures = 0;
if (values['repo-dir']) {
  if (!values.tool) {
    console.error(`refresh:maturity: --repo-dir needs --tool\n${USAGE}`);
    process.exit(2);
  }
  write(values.tool, readGitMaturity(gitIn(values['repo-dir']), readOn));
} else if (values.mirrors) {
  for (const id of ids) {
    const repo = githubRepoOf(repositoryOf(id));
    if (!repo) continue;
    const dir = join(values.mirrors, `${repo.owner}+${repo.name}`, 'repo');
    if (!existsSync(dir)) continue;
    try {
      write(id, readGitMaturity(gitIn(dir), readOn));
    } catch (error) {
      failures++;
      console.error(`${id}: could not read ${dir}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
} else if (values.online) {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'user-agent': 'mlops-navigator-refresh-maturity' };
  if (process.env.GITHUB_TOKEN) headers.authorization = `Bearer ${process.env.GITHUB_TOKEN}`;
  const fetchJson = async (url: string) => {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as unknown;
  };
  for (const id of ids) {
    const repo = githubRepoOf(repositoryOf(id));
    if (!repo) continue;
    try {
      write(id, await readGithubMaturity(repo.owner, repo.name, readOn, fetchJson));
    } catch (error) {
      failures++;
      console.error(`${id}: ${(error as Error).message}`);
    }
  }
} else {
  console.error(`refresh:maturity: say where to read from\n${USAGE}`);
  process.exit(2);
}
process.exit(failures ? 1 : 0);
