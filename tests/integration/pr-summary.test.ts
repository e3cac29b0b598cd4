/**
 * npm run pr:summary, offline: the step summary a pull request gets for the
 * entries it adds or changes, from a fixture catalogue and a fixture diff
 * (NAVIGATOR_CHANGED_FILES, or a throw-away git repository and NAVIGATOR_BASE_REF).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolSource } from '../helpers/contentFixture.ts';
import { FIXTURE_TOOLS, makeFixtureCatalogue } from '../helpers/contributionFixture.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function summary(env: Record<string, string>) {
  const file = join(mkdtempSync(join(tmpdir(), 'navigator-summary-')), 'step-summary.md');
  writeFileSync(file, '');
  // Set but empty, NAVIGATOR_CHANGED_FILES means "none changed": leave it out unless the test gives it.
  const inherited = { ...process.env };
  delete inherited.NAVIGATOR_CHANGED_FILES;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'pr-summary.ts')], { encoding: 'utf8', cwd: ROOT, env: { ...inherited, GITHUB_ACTIONS: '', NAVIGATOR_CONTENT_DIR: '', NAVIGATOR_BASE_REF: '', GITHUB_STEP_SUMMARY: file, ...env } });
  return { status: result.status, out: `${result.stdout}${result.stderr}`, markdown: readFileSync(file, 'utf8') };
}

const git = (cwd: string, ...args: string[]) => {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
};

describe('npm run pr:summary', () => {
  it('writes where a new entry lands and a before/after ranking table for every reference team to $GITHUB_STEP_SUMMARY', () => {
    const dir = makeFixtureCatalogue({ 'acme-tracker.mdx': toolSource({ name: 'Acme Tracker', position: '\n  artifact: 0.75\n  scope: 0.35' }) });
    const result = summary({ NAVIGATOR_CHANGED_FILES: join(dir, 'tools', 'acme-tracker.mdx') });
    expect(result.status, result.out).toBe(0);
    expect(result.out).toContain('✔ Summary of 1 entry written to the step summary.');
    const md = result.markdown;
    expect(md).toContain('## Decision impact of the changed tool entries');
    expect(md).toMatch(/### `[^`]*tools\/acme-tracker\.mdx` — Acme Tracker/);
    expect(md).toContain('| Quadrant | **Specialized ML Tools** (`specialized-ml-tools`): artifact ≥ 0.5, scope < 0.5 |');
    expect(md).toContain('| Position | artifact 0.75, scope 0.35 |');
    expect(md).toContain('| Category | Experimentation platforms (`experimentation-platforms`) |');
    expect(md).toMatch(/\| Ring \| \*\*trial\*\* \(category default: trial\)/);
    expect(md).toContain('| Team | Before | After | Move | Top 5 | Suggested stack |');
    expect(md).toMatch(/\| Research lab \| not in the catalogue \| #\d+ of \d+, score -?\d+, ring (adopt|trial|assess|hold) \| new \|/);
    expect(md.match(/^\| (Research lab|Product team on AWS|ML platform team on GCP|Two-person start-up) \|/gm)).toHaveLength(4);
  });

  it('compares a changed entry with its version at the base commit, found by git diff', () => {
    const dir = makeFixtureCatalogue();
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    // The pull request moves Comet a little and makes it solve more of the research lab's pain.
    writeFileSync(join(dir, 'tools', 'comet.mdx'), FIXTURE_TOOLS['comet.mdx']!.replace('scope: 0.4', 'scope: 0.45').replace('strength: 3 }', 'strength: 3 }\n  - { concern: manual-tuning, strength: 3 }'));
    writeFileSync(join(dir, 'tools', 'acme-tracker.mdx'), toolSource({ name: 'Acme Tracker' }));
    const result = summary({ NAVIGATOR_CONTENT_DIR: dir, NAVIGATOR_BASE_REF: 'HEAD' });
    expect(result.status, result.out).toBe(0);
    const md = result.markdown;
    expect(md).toContain('2 entries added or changed, compared with `HEAD`.');
    const comet = md.slice(md.indexOf('— Comet'));
    expect(comet).toContain('| Position | artifact 0.7, scope 0.45 |');
    expect(comet).toContain('before = the committed version of this entry');
    expect(comet).toMatch(/\| Research lab \| #(\d+) of \d+, score -?\d+, ring \w+ \| #\d+ of \d+, score -?\d+, ring \w+ \| ▲ \d+ \|/);
    expect(md.slice(md.indexOf('— Acme Tracker'))).toMatch(/\| Research lab \| not in the catalogue \|/);
  });

  it('says so when no entry changed, and prints to stdout without a step summary', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'pr-summary.ts')], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, GITHUB_STEP_SUMMARY: '', NAVIGATOR_CHANGED_FILES: 'README.md' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No tool entry in `content/tools` was added or changed');
  });
});
