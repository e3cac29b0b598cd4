/**
 * The maturity snapshot in words, for tool pages and `npm run stale`:
 * "latest release v2.19.0 (2026-10), 41 contributors in the last year, …; read on 2026-12-01 from GitHub", or, from a
 * snapshot whose newest commit is older than the reading, "41 contributors in the year to 2026-08-21".
 */
import { countedTo, isDormant, type Maturity } from './readGitMaturity.ts';

type Snapshot = Omit<Maturity, 'readOn' | 'lastCommit' | 'latestRelease'> & { readOn: string | Date; lastCommit: string | Date; latestRelease?: { tag: string; date: string | Date } };

const day = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

export function describeMaturity(snapshot: Snapshot): { text: string; dormant: boolean } {
  const readOn = day(snapshot.readOn);
  const lastCommit = day(snapshot.lastCommit);
  const latest = snapshot.latestRelease ? { tag: snapshot.latestRelease.tag, date: day(snapshot.latestRelease.date) } : undefined;
  const to = countedTo({ lastCommit, readOn, from: snapshot.from });
  const dormant = isDormant({ latestRelease: latest, lastCommit, archived: snapshot.archived, readOn, from: snapshot.from });
  const parts = [
    latest ? `latest release ${latest.tag} (${latest.date.slice(0, 7)})` : 'no release tags',
    `${snapshot.contributors12m} ${snapshot.contributors12m === 1 ? 'contributor' : 'contributors'} in ${to === readOn ? 'the last year' : `the year to ${to}`}`,
    `repository since ${snapshot.firstCommit}`,
  ];
  if (snapshot.archived === true) parts.unshift('archived');
  const source = snapshot.from === 'github-api' ? 'GitHub' : `a snapshot of the repository whose newest commit is from ${lastCommit}`;
  return { text: `${parts.join(', ')}; read on ${readOn} from ${source}.`, dormant };
}
