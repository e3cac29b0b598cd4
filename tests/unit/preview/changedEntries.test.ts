/**
 * Which entries `npm run pr:summary` summarises, and the baseline text it
 * compares them with, with git replaced by a fake.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedEntries, committedText } from '../../../src/lib/preview/changedEntries.ts';
import { mdCell, rankMove } from '../../../src/lib/preview/formatPreviewMarkdown.ts';
import type { TeamRanking } from '../../../src/lib/preview/previewEntry.ts';

describe('changedEntries', () => {
  it('takes NAVIGATOR_CHANGED_FILES when set, keeping only tool entries', () => {
    const env = { NAVIGATOR_CHANGED_FILES: 'content/tools/truss.mdx, README.md,content/tools/truss.mdx,content/stages/x.md' };
    expect(changedEntries('content', { env, cwd: '/repo', git: () => { throw new Error('git must not run'); } })).toEqual(['/repo/content/tools/truss.mdx']);
    expect(changedEntries('content', { env: { NAVIGATOR_CHANGED_FILES: '' }, cwd: '/repo' })).toEqual([]);
  });

  it('otherwise lists added and modified entries against NAVIGATOR_BASE_REF, plus untracked ones', () => {
    const calls: string[][] = [];
    const git = (args: readonly string[]) => {
      calls.push([...args]);
      if (args[0] === 'rev-parse') return '/repo\n';
      if (args[0] === 'diff') return 'content/tools/mlflow.mdx\ncontent/tools/truss.mdx\n';
      return 'content/tools/new-one.mdx\ncontent/tools/notes.txt\n';
    };
    expect(changedEntries('content', { env: { NAVIGATOR_BASE_REF: 'abc123' }, cwd: '/repo', git })).toEqual(['/repo/content/tools/mlflow.mdx', '/repo/content/tools/new-one.mdx', '/repo/content/tools/truss.mdx']);
    expect(calls[1]).toEqual(['diff', '--name-only', '--no-renames', '--diff-filter=AM', 'abc123', '--', resolve('/repo/content/tools')]);
  });

  it('warns when the base commit is unknown, and lists nothing outside a checkout', () => {
    const warnings: string[] = [];
    const git = (args: readonly string[]) => (args[0] === 'rev-parse' ? '/repo' : args[0] === 'diff' ? undefined : '');
    expect(changedEntries('content', { env: { NAVIGATOR_BASE_REF: 'nope' }, cwd: '/repo', git, warn: (m) => warnings.push(m) })).toEqual([]);
    expect(warnings[0]).toContain('NAVIGATOR_BASE_REF=nope is not a commit git knows here');
    expect(changedEntries('content', { env: {}, cwd: '/x', git: () => undefined })).toEqual([]);
  });
});

describe('committedText', () => {
  it('asks git for the file at the given commit, relative to its folder', () => {
    let seen: { args: readonly string[]; cwd: string } | undefined;
    expect(committedText('/repo/content/tools/mlflow.mdx', 'base', (args, cwd) => ((seen = { args, cwd }), 'text'))).toBe('text');
    expect(seen).toEqual({ args: ['show', 'base:./mlflow.mdx'], cwd: '/repo/content/tools' });
  });
});

describe('Markdown helpers', () => {
  it('keeps entry text from breaking a table or adding HTML', () => {
    expect(mdCell('A | B <script>\nC & D')).toBe('A \\| B &lt;script&gt; C &amp; D');
  });

  it('words the rank move', () => {
    const place = (rank: number) => ({ rank, score: 1, ring: 'trial' as const, ringReasons: [], reasons: [] });
    const move = (before: TeamRanking['before'], after: TeamRanking['after']) => rankMove({ before, after } as TeamRanking);
    expect(move(place(4), place(1))).toBe('▲ 3');
    expect(move(place(1), place(2))).toBe('▼ 1');
    expect(move(place(2), place(2))).toBe('=');
    expect(move(null, place(2))).toBe('new');
    expect(move(place(2), { excluded: 'x' })).toBe('excluded');
    expect(move({ excluded: 'x' }, { excluded: 'x' })).toBe('—');
  });
});
