/**
 * How current the open-source part of the catalogue is, from the maturity
 * snapshots: how many projects released in the 12 months before their snapshot
 * was read, how many look dormant, and how many have no snapshot.
 */
import { isDormant } from '../maturity/readGitMaturity.ts';

interface Snapshot {
  latestRelease?: { tag: string; date: Date | string };
  lastCommit: Date | string;
  readOn: Date | string;
  archived: boolean | 'unknown';
  from: 'git-snapshot' | 'github-api';
}

const day = (value: Date | string) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** @example releaseFreshness([{ latestRelease: { tag: 'v1', date: '2026-10-01' }, lastCommit: '2026-11-01', readOn: '2026-12-01', archived: 'unknown', from: 'git-snapshot' }, undefined]) // → { withSnapshot: 1, releasedInYear: 1, dormant: 0, noSnapshot: 1 } */
export function releaseFreshness(snapshots: readonly (Snapshot | undefined)[]): { withSnapshot: number; releasedInYear: number; dormant: number; noSnapshot: number } {
  let withSnapshot = 0;
  let releasedInYear = 0;
  let dormant = 0;
  for (const m of snapshots) {
    if (!m) continue;
    withSnapshot++;
    const readOn = day(m.readOn);
    const release = m.latestRelease ? { tag: m.latestRelease.tag, date: day(m.latestRelease.date) } : undefined;
    const yearBefore = new Date(`${readOn}T00:00:00Z`);
    yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
    if (release && new Date(`${release.date}T00:00:00Z`) >= yearBefore) releasedInYear++;
    if (isDormant({ latestRelease: release, lastCommit: day(m.lastCommit), readOn, archived: m.archived, from: m.from })) dormant++;
  }
  return { withSnapshot, releasedInYear, dormant, noSnapshot: snapshots.length - withSnapshot };
}
