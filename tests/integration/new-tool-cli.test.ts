/**
 * `npm run new:tool` as a contributor runs it: with flags and --yes, answered
 * through standard input, refusing duplicates and bad flags; what it writes
 * passes `npm run validate`, and a refused or cancelled run writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TOOLS, makeFixtureCatalogue } from '../helpers/contributionFixture.ts';

function newTool(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['scripts/new-tool.ts', ...args], { encoding: 'utf8', input, env: { ...process.env, NAVIGATOR_CONTENT_DIR: '' } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function validate(dir: string) {
  // --draft: a freshly scaffolded entry still has its TODO placeholders, which fail validation in CI mode.
  const result = spawnSync(process.execPath, ['scripts/validate.ts', '--content', dir, '--draft'], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', CI: '' } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

const FLAGS = ['--name', 'Example Tracker', '--website', 'https://example-tracker.dev', '--category', 'experimentation-platforms', '--license', 'Apache-2.0', '--offering', 'open-source', '--hosting', 'both', '--stages', 'model-training,model-evaluation', '--capabilities', 'experiment-tracking', '--personas', 'ml-researcher,ml-engineer'];
const today = new Date().toISOString().slice(0, 10);
const toolFiles = (dir: string) => readdirSync(join(dir, 'tools')).sort();
const fixtureFiles = () => Object.keys(FIXTURE_TOOLS).sort();

describe('npm run new:tool', () => {
  it('with flags and --yes, writes an entry that npm run validate accepts', () => {
    const dir = makeFixtureCatalogue();
    const run = newTool(['--content', dir, '--yes', ...FLAGS, '--addresses', 'lost-experiments:3', '--repository', 'https://github.com/example/tracker']);
    expect(run.out).toContain('✔ wrote');
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, 'tools', 'example-tracker.mdx'), 'utf8');
    expect(text).toContain('name: Example Tracker');
    expect(text).toContain(`lastReviewed: ${today}`);
    expect(text).toContain('repository: https://github.com/example/tracker');
    const check = validate(dir);
    expect(check.out).toMatch(/✔ \d+ content files valid/);
    expect(check.status).toBe(0);
  });

  it('answered through standard input, asks every question and writes a valid entry', () => {
    const dir = makeFixtureCatalogue();
    const answers = ['Acme Tracker', 'https://acme.dev', 'Acme Tracker logs and compares training runs.', '10', 'apache 2.0', 'open-core', 'saas', '', 'https://acme.dev/docs', 'model-training', 'experiment-tracking, model-registry', '1,3', 'lost-experiments:3', '', '2022', '', '', '', '', '', 'assess', 'Young and still changing quickly.', '', '', '', 'comet'];
    const run = newTool(['--content', dir], `${answers.join('\n')}\n`);
    expect(run.out).toContain('? Category: 10');
    expect(run.status, run.out).toBe(0);
    const text = readFileSync(join(dir, 'tools', 'acme-tracker.mdx'), 'utf8');
    expect(text).toMatch(/^category: experimentation-platforms$/m);
    expect(text).toMatch(/^license: Apache-2.0$/m);
    expect(text).toMatch(/^ring: assess$/m);
    expect(text).toMatch(/^ringRationale: Young and still changing quickly\.$/m);
    expect(text).toMatch(/^alternatives: \[comet\]$/m);
    expect(text).toMatch(/^sources:\n {2}- https:\/\/acme\.dev\/docs\n {2}- https:\/\/acme\.dev$/m);
    expect(validate(dir).status).toBe(0);
  });

  it('refuses a duplicate, fuzzy or by alias, pointing to the existing file, and writes nothing', () => {
    const dir = makeFixtureCatalogue();
    for (const [name, file] of [['ML Flow', 'mlflow.mdx'], ['weights and biases', 'weights-and-biases.mdx'], ['SageMaker', 'amazon-sagemaker.mdx']] as const) {
      const run = newTool(['--content', dir, '--yes', ...FLAGS.slice(2), '--name', name]);
      expect(run.status).toBe(1);
      expect(run.out).toContain(`/tools/${file}. Edit that file instead`);
      expect(run.out).toContain('Nothing was written.');
    }
    expect(toolFiles(dir)).toEqual(fixtureFiles());
  });

  it('rejects unknown values and flags, listing what is allowed, and writes nothing', () => {
    const dir = makeFixtureCatalogue();
    const run = newTool(['--content', dir, '--yes', ...FLAGS, '--category', 'experiment-platforms', '--stages', 'training']);
    expect(run.status).toBe(1);
    expect(run.out).toContain('2 flags are not valid; nothing was written.');
    expect(run.out).toContain('--category: "experiment-platforms" is not a known category. Did you mean "experimentation-platforms"? Allowed: general-cloud-providers, vendor-ai-platforms');
    expect(run.out).toContain('--stages: "training" is not a known lifecycle stage.');
    const unknown = newTool(['--content', dir, '--yes', '--licence', 'MIT']);
    expect(unknown.status).toBe(1);
    expect(unknown.out).toContain('Did you mean --license?');
    expect(toolFiles(dir)).toEqual(fixtureFiles());
  });

  it('with --yes, lists every missing answer with its flag', () => {
    const dir = makeFixtureCatalogue();
    const run = newTool(['--content', dir, '--yes', '--name', 'Half Done', '--website', 'https://half-done.dev']);
    expect(run.status).toBe(1);
    expect(run.out).toContain('7 required answers are missing; nothing was written.');
    for (const flag of ['category', 'license', 'offering', 'hosting', 'stages', 'capabilities', 'personas']) expect(run.out).toContain(`--${flag}:`);
    expect(run.out).toContain('--offering: Offering is required: open-source, open-core (open core plus paid features), commercial, or managed-service (a cloud service). Allowed: open-source, open-core, commercial, managed-service.');
    expect(existsSync(join(dir, 'tools', 'half-done.mdx'))).toBe(false);
  });

  it('writes nothing when the input ends before the last question', () => {
    const dir = makeFixtureCatalogue();
    const run = newTool(['--content', dir], 'Acme Tracker\nhttps://acme.dev\n');
    expect(run.status).toBe(1);
    expect(run.out).toContain('Input ended before every question was answered; nothing was written.');
    expect(existsSync(join(dir, 'tools', 'acme-tracker.mdx'))).toBe(false);
  });

  it('prints the entry without writing it with --dry-run', () => {
    const dir = makeFixtureCatalogue();
    const run = newTool(['--content', dir, '--yes', '--dry-run', ...FLAGS]);
    expect(run.status).toBe(0);
    expect(run.out.startsWith('---\n')).toBe(true);
    expect(existsSync(join(dir, 'tools', 'example-tracker.mdx'))).toBe(false);
  });
});

