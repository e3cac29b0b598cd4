/**
 * A maturity snapshot read from a repository's own history: the year of its
 * first commit, its newest release tag and date, how many distinct people
 * committed in the twelve months up to its newest commit (a stored snapshot can
 * be months old, and counting back from the reading would count its last months
 * as silence), and the date of its newest commit. It runs git through the function it is given, so tests can
 * build a small repository and the script can point at a bare snapshot.
 */

export interface Maturity {
  firstCommit: number;
  latestRelease?: { tag: string; date: string };
  contributors12m: number;
  lastCommit: string;
  archived: boolean | 'unknown';
  readOn: string;
  from: 'git-snapshot' | 'github-api';
}

export type Git = (args: string[]) => string;

/** A tag that names a release: a version number, optionally after a short prefix ("v2.1.0", "python-v4.1", "jenkins-2.578", "rel/nifi-2.11.0", "core_v0.19.0"); the prefix holds no version of its own, so a build tag such as "v1.32.0-162.0" is not a release; not a scoped package's own tag ("@scope/pkg@1.2.3"), which in a monorepo is a part's release. */
export const RELEASE_TAG = /^(?:[a-z](?:(?!\d\.\d)[\w./-])*?[-/@_])?v?\d+(?:\.\d+){1,3}$/i;
const PRE_RELEASE = /(?:alpha|beta|rc|dev|pre|nightly|snapshot)/i;

const VERSION_AT_END = /v?(\d+(?:\.\d+){1,3})$/i;
const prefixOf = (tag: string) => tag.replace(VERSION_AT_END, '');
const versionOf = (tag: string) => (VERSION_AT_END.exec(tag)?.[1] ?? '0').split('.').map(Number);
/** Compares dotted version numbers part by part (a missing part counts as 0). */
function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function readGitMaturity(git: Git, readOn: string): Maturity {
  const lastCommit = git(['log', '-1', '--format=%ad', '--date=short', 'HEAD']).trim();
  const tags = git(['for-each-ref', '--sort=-creatordate', '--format=%(refname:short)\t%(creatordate:short)', 'refs/tags'])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [tag = '', date = ''] = line.split('\t');
      return { tag, date };
    })
    .filter((t) => RELEASE_TAG.test(t.tag) && !PRE_RELEASE.test(t.tag) && /^\d{4}-\d{2}-\d{2}$/.test(t.date));
  // The repository dates from the first commit of its main line (merged-in histories, such as a subtree or an
  // imported repository, are side parents and do not count), or of its oldest release's line if that is older: a
  // project that restarted its history on a new root commit (Prefect 2, Seldon Core v2, TPOT2) keeps its older
  // releases on tags.
  const oldestRelease = tags.at(-1)?.tag;
  const roots = [...new Set(['HEAD', ...(oldestRelease ? [oldestRelease] : [])].flatMap((ref) => git(['rev-list', '--first-parent', '--max-parents=0', ref]).split('\n').filter(Boolean)))];
  const rootYears = roots.map((sha) => Number(git(['log', '-1', '--format=%ad', '--date=format:%Y', sha]).trim())).filter((y) => Number.isFinite(y) && y > 1970);
  const to = countedTo({ from: 'git-snapshot', lastCommit, readOn });
  const since = new Date(`${to}T00:00:00Z`);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  const authors = new Set(
    // Up to the newest commit is everything; a reading before it (--date) stops at the reading.
    git(['log', `--since=${since.toISOString().slice(0, 10)}T00:00:00Z`, ...(to < lastCommit ? [`--until=${to}T23:59:59Z`] : []), '--format=%aE', 'HEAD'])
      .split('\n')
      .map((a) => a.trim().toLowerCase())
      // Bots are not contributors.
      .filter((a) => a && !/\[bot\]|dependabot|renovate|github-actions|^bot@/.test(a)),
  );
  const maturity: Maturity = {
    firstCommit: rootYears.length ? Math.min(...rootYears) : Number(lastCommit.slice(0, 4)),
    contributors12m: authors.size,
    lastCommit,
    archived: 'unknown',
    readOn,
    from: 'git-snapshot',
  };
  // Of the tags made on the newest release's day: not a part's tag under a path ("helm/chart/v0.21.8" next to
  // "v0.21.8"), then the highest version, so neither a patch to an older line made the same day ("v3.12.4" next to
  // "v3.15.1") nor a Go module's own number ("v0.50.0" next to "knative-v1.23.0") is taken for the release, then
  // the shorter prefix.
  const isPartTag = (tag: string) => prefixOf(tag).includes('/');
  const newest = tags
    .filter((t) => t.date === tags[0]?.date)
    .sort((a, b) => Number(isPartTag(a.tag)) - Number(isPartTag(b.tag)) || compareVersions(versionOf(b.tag), versionOf(a.tag)) || prefixOf(a.tag).length - prefixOf(b.tag).length)[0];
  if (newest) maturity.latestRelease = newest;
  return maturity;
}

/**
 * The day the counts run up to: the reading for the GitHub API (it sees the
 * repository as it is now); for a git snapshot, its newest commit, unless that
 * is after the reading.
 */
export function countedTo(m: Pick<Maturity, 'lastCommit' | 'readOn'> & { from?: Maturity['from'] }): string {
  return m.from === 'github-api' || m.readOn < m.lastCommit ? m.readOn : m.lastCommit;
}

/**
 * Dormant: archived, or no release in the 18 months before the reading. A stored
 * git snapshot can itself be months old, so for a snapshot the 18 months are
 * counted back from its newest commit (a project that still commits but has
 * not released in 18 months); through the GitHub API, from the reading date.
 */
export function isDormant(maturity: Pick<Maturity, 'latestRelease' | 'lastCommit' | 'archived' | 'readOn'> & { from?: Maturity['from'] }): boolean {
  if (maturity.archived === true) return true;
  if (!maturity.latestRelease) return false; // projects without release tags cannot be judged by releases
  const cutoff = new Date(`${countedTo(maturity)}T00:00:00Z`);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - 18);
  return new Date(`${maturity.latestRelease.date}T00:00:00Z`) < cutoff;
}

/** The frontmatter block for a snapshot, in the entry's own YAML style. */
export function maturityYaml(m: Maturity): string {
  const lines = ['maturity:', `  firstCommit: ${m.firstCommit}`];
  if (m.latestRelease) lines.push('  latestRelease:', `    tag: ${JSON.stringify(m.latestRelease.tag)}`, `    date: ${m.latestRelease.date}`);
  lines.push(`  contributors12m: ${m.contributors12m}`, `  lastCommit: ${m.lastCommit}`, `  archived: ${m.archived === 'unknown' ? 'unknown' : String(m.archived)}`, `  readOn: ${m.readOn}`, `  from: ${m.from}`);
  return lines.join('\n');
}

/** Put the block into an entry's text: replace an existing `maturity:` block, or add it before `lastReviewed:`. */
export function withMaturity(text: string, block: string): string {
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  const start = lines.findIndex((line, i) => i > 0 && i < close && line.startsWith('maturity:'));
  if (start !== -1) {
    let end = start + 1;
    while (end < close && /^\s+\S/.test(lines[end]!)) end++;
    lines.splice(start, end - start, ...block.split('\n'));
  } else {
    const at = lines.findIndex((line, i) => i > 0 && i < close && line.startsWith('lastReviewed:'));
    lines.splice(at === -1 ? close : at, 0, ...block.split('\n'));
  }
  return lines.join('\n');
}
