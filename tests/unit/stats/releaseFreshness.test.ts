import { describe, expect, it } from 'vitest';
import { releaseFreshness } from '../../../src/lib/stats/releaseFreshness.ts';

describe('releaseFreshness', () => {
  it('counts projects released in the year before the reading, dormant ones and those without a snapshot', () => {
    const fresh = { latestRelease: { tag: 'v2', date: '2026-10-01' }, lastCommit: '2026-11-20', readOn: '2026-12-01', archived: 'unknown' as const, from: 'git-snapshot' as const };
    const old = { latestRelease: { tag: 'v1', date: '2023-01-01' }, lastCommit: '2026-06-01', readOn: '2026-12-01', archived: 'unknown' as const, from: 'git-snapshot' as const };
    expect(releaseFreshness([fresh, old, undefined])).toEqual({ withSnapshot: 2, releasedInYear: 1, dormant: 1, noSnapshot: 1 });
  });
});
