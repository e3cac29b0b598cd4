/**
 * The maintainer and contributor command lines, run as people run them:
 * preview:entry, stale, check:links (offline) and gen:docs --check.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolSource } from '../helpers/contentFixture.ts';
import { makeFixtureCatalogue } from '../helpers/contributionFixture.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function run(script: string, args: string[], options: { cwd?: string; env?: Record<string, string>; nodeArgs?: string[] } = {}) {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), join(ROOT, 'scripts', script), ...args], { encoding: 'utf8', cwd: options.cwd ?? ROOT, env: { ...process.env, GITHUB_ACTIONS: '', NAVIGATOR_CONTENT_DIR: '', ...options.env } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run preview:entry', () => {
  it('shows where a valid entry lands and how it ranks for the reference teams', () => {
    const dir = makeFixtureCatalogue({ 'acme-tracker.mdx': toolSource({ name: 'Acme Tracker', position: '\n  artifact: 0.75\n  scope: 0.35' }) });
    const result = run('preview-entry.ts', [join(dir, 'tools', 'acme-tracker.mdx')]);
    expect(result.status, result.out).toBe(0);
    expect(result.out).toContain('— Acme Tracker');
    expect(result.out).toContain('quadrant  specialized-ml-tools');
    expect(result.out).toContain('category default: trial');
    expect(result.out).toMatch(/Research lab: .*\n {4}now: {4}#\d+ of \d+, score -?\d+, ring (adopt|trial|assess|hold)/);
  });

  it('exits 1 and says what to fix for a broken entry', () => {
    const dir = makeFixtureCatalogue({ 'broken.mdx': toolSource({ name: 'Broken', ring: 'sometimes' }) });
    const result = run('preview-entry.ts', [join(dir, 'tools', 'broken.mdx')]);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/✖ line \d+, ring \(found "sometimes"\): must be one of: adopt, trial, assess, hold/);
  });

  it('explains a wrong path', () => {
    const result = run('preview-entry.ts', ['content/tools/no-such-tool.mdx']);
    expect(result.status).toBe(2);
    expect(result.out).toContain('content/tools/no-such-tool.mdx does not exist. Create it with npm run new:tool.');
  });
});

describe('npm run stale', () => {
  const dir = makeFixtureCatalogue({ 'old-tool.mdx': toolSource({ name: 'Old Tool', lastReviewed: '2024-03-01' }) });

  it('lists entries older than 12 months relative to --now, and exits 0', () => {
    const result = run('stale.ts', ['--content', dir, '--now', '2026-01-15']);
    expect(result.status).toBe(0);
    expect(result.out).toContain('1 of 6 tool entries need a review');
    expect(result.out).toMatch(/2024-03-01 +22 months +\S*old-tool\.mdx +Old Tool/);
  });

  it('exits 1 with --fail when something is due, and honours --months', () => {
    expect(run('stale.ts', ['--content', dir, '--now', '2026-01-15', '--fail']).status).toBe(1);
    const wider = run('stale.ts', ['--content', dir, '--now', '2026-01-15', '--months', '24', '--fail']);
    expect(wider.status).toBe(0);
    expect(wider.out).toContain('✔ All 6 tool entries were reviewed in the last 24 months');
  });

  it('rejects a malformed --now', () => {
    const result = run('stale.ts', ['--content', dir, '--now', '15/01/2026']);
    expect(result.status).toBe(2);
    expect(result.out).toContain('--now must be a date written YYYY-MM-DD (found "15/01/2026")');
  });
});

describe('npm run check:links (offline)', () => {
  it('passes on well-formed links', () => {
    const result = run('check-links.ts', ['--content', makeFixtureCatalogue()]);
    expect(result.out).toMatch(/✔ \d+ links well-formed\./);
    expect(result.status).toBe(0);
  });

  it('reports malformed links in frontmatter and bodies by file, line and field, exit 1, with annotations in Actions', () => {
    const bad = toolSource({ name: 'Bad Links', website: 'https://bad-links.dev', docs: 'bad-links.dev/docs', sources: '\n  - https://localhost/x\n  - http://bad-links.dev/plain' }, 'See [the guide](/tools/mlflow/) and [this](https://bad-links.dev/a).\n');
    const dir = makeFixtureCatalogue({ 'bad-links.mdx': bad });
    const result = run('check-links.ts', ['--content', dir], { env: { GITHUB_ACTIONS: 'true' } });
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/tools\/bad-links\.mdx — 4 links/);
    expect(result.out).toMatch(/✖ line \d+, docs \(found "bad-links\.dev\/docs"\): is not an absolute URL/);
    expect(result.out).toMatch(/✖ line \d+, sources\[0\] \(found "https:\/\/localhost\/x"\): points at a local or placeholder host/);
    expect(result.out).toMatch(/⚠ line \d+, sources\[1\] .*uses plain http:\/\//);
    expect(result.out).toMatch(/✖ line \d+, \(body\) \(found "\/tools\/mlflow\/"\): starts with "\/"/);
    expect(result.out).toContain('✖ 3 of');
    expect(result.out).toMatch(/^::error file=\S*bad-links\.mdx,line=\d+,title=docs::/m);
    expect(result.out).toMatch(/^::warning file=\S*bad-links\.mdx,line=\d+,title=sources\[1\]::/m);
  });

  it('needs no network: offline mode passes with every network call made to fail', () => {
    // A preload that turns fetch, sockets and DNS into errors: any network use fails the run.
    const guard = join(mkdtempSync(join(tmpdir(), 'navigator-no-network-')), 'no-network.mjs');
    writeFileSync(guard, "import net from 'node:net'; import dns from 'node:dns';\nconst no = () => { throw new Error('network used'); };\nglobalThis.fetch = async () => no(); net.connect = no; net.createConnection = no; dns.lookup = no;\n");
    const dir = makeFixtureCatalogue();
    const offline = run('check-links.ts', ['--content', dir], { nodeArgs: ['--import', guard] });
    expect(offline.out).toMatch(/✔ \d+ links well-formed\./);
    expect(offline.status).toBe(0);
    // The guard is real: the online mode, under it, reports every URL unreachable.
    const online = run('check-links.ts', ['--content', dir, '--online', '--timeout', '1000'], { nodeArgs: ['--import', guard] });
    expect(online.status).toBe(1);
    expect(online.out).toMatch(/is not reachable: cannot connect \(network used\)/);
  });
});

describe('npm run gen:docs -- --check', () => {
  function copyProject(): string {
    const dir = mkdtempSync(join(tmpdir(), 'navigator-docs-'));
    cpSync(join(ROOT, 'CONTRIBUTING.md'), join(dir, 'CONTRIBUTING.md'));
    cpSync(join(ROOT, '.github'), join(dir, '.github'), { recursive: true });
    return dir;
  }

  it('passes on the committed files', () => {
    const result = run('gen-docs.ts', ['--check'], { cwd: copyProject() });
    expect(result.out).toContain('✔ generated docs are up to date.');
    expect(result.status).toBe(0);
  });

  it('fails on a hand-edited field reference or issue form, and regenerates them', () => {
    const dir = copyProject();
    const contributing = join(dir, 'CONTRIBUTING.md');
    writeFileSync(contributing, readFileSync(contributing, 'utf8').replace('| `ring` | **required** |', '| `ring` | optional |'));
    mkdirSync(join(dir, '.github', 'ISSUE_TEMPLATE'), { recursive: true });
    writeFileSync(join(dir, '.github', 'ISSUE_TEMPLATE', 'propose-tool.yml'), 'name: stale\n');
    const check = run('gen-docs.ts', ['--check'], { cwd: dir });
    expect(check.status).toBe(1);
    expect(check.out).toContain('✖ CONTRIBUTING.md is stale: run npm run gen:docs and commit the result.');
    expect(check.out).toContain('✖ .github/ISSUE_TEMPLATE/propose-tool.yml is stale');
    expect(run('gen-docs.ts', [], { cwd: dir }).status).toBe(0);
    expect(readFileSync(contributing, 'utf8')).toBe(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8'));
  });

  it('says how to repair removed markers', () => {
    const dir = copyProject();
    const contributing = join(dir, 'CONTRIBUTING.md');
    writeFileSync(contributing, readFileSync(contributing, 'utf8').replace('<!-- generated:field-reference:end -->', ''));
    const result = run('gen-docs.ts', [], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.out).toContain('CONTRIBUTING.md: the marker comments "<!-- generated:field-reference:start … -->" and "<!-- generated:field-reference:end -->" are missing or out of order');
  });
});
