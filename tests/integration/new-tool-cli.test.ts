/**
 * `npm run new:tool` as a contributor runs it: with flags and --yes, answered
 * in a terminal, refusing duplicates and bad flags; what it writes
 * passes `npm run validate`, and a refused or cancelled run writes nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TOOLS, makeFixtureCatalogue } from '../helpers/contributionFixture.ts';

function newTool(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['scripts/new-tool.ts', ...args], { encoding: 'utf8', input, env: { ...process.env, NAVIGATOR_CONTENT_DIR: '' } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/**
 * Runs a script in a real pseudo-terminal (util-linux `script`), so the
 * prompts behave as they do for a person; keys are typed only once the
 * expected prompt is on screen.
 */
function inTerminal(args: string[]) {
  const command = `stty cols 120 rows 40; ${[process.execPath, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ')}`;
  const child = spawn('script', ['-qefc', command, '/dev/null'], { env: { ...process.env, NAVIGATOR_CONTENT_DIR: '' } });
  let out = '';
  let mark = 0;
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const plain = () => out.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '');
  return {
    type: (keys: string) => child.stdin.write(keys),
    /** Waits until `text` appears after the previous prompt waited for. */
    async waitFor(text: string) {
      for (let waited = 0; waited < 15_000; waited += 50) {
        const at = plain().indexOf(text, mark);
        if (at >= 0) return void (mark = at + text.length);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`"${text}" never appeared:\n${plain()}`);
    },
    done: new Promise<{ status: number | null; out: string }>((resolve) => child.on('close', (status) => resolve({ status, out: plain() }))),
  };
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

  it('asks in a terminal with pick lists (type to filter, Space to pick) and writes a valid entry', async () => {
    const dir = makeFixtureCatalogue();
    // Every field but the category, the stages and the ring comes from flags; those three are picked as a person would.
    const flags = ['--name', 'Acme Tracker', '--website', 'https://acme.dev', '--description', 'Acme Tracker logs and compares training runs.', '--license', 'MIT', '--offering', 'open-source', '--hosting', 'both', '--repository', 'https://github.com/acme/acme', '--docs', 'https://acme.dev/docs', '--capabilities', 'experiment-tracking', '--personas', 'ml-researcher', '--addresses', 'lost-experiments:3', '--clouds', 'aws', '--first-release', '2021', '--workloads', 'all', '--kubernetes', 'optional', '--air-gapped', 'yes', '--pricing', 'free', '--leave-cost', 'low', '--ring-rationale', 'Young, and still changing quickly.', '--aliases', 'Acme', '--sources', 'https://acme.dev', '--integrations', 'mlflow', '--alternatives', 'mlflow'];
    const session = inTerminal(['scripts/new-tool.ts', '--content', dir, ...flags]);
    await session.waitFor('◆  Category');
    session.type('experimentation');
    await session.waitFor('(1 match)');
    session.type('\r');
    await session.waitFor('◆  Stages');
    session.type('\x1b[B\x1b[B \x1b[B \r'); // down twice, pick model-training, down, pick model-evaluation, confirm
    await session.waitFor('◆  Ring');
    session.type('\x1b[B\x1b[B\r'); // the default (trial) is preselected: down twice to hold
    const { status, out } = await session.done;
    expect(status, out).toBe(0);
    const text = readFileSync(join(dir, 'tools', 'acme-tracker.mdx'), 'utf8');
    expect(text).toMatch(/^category: experimentation-platforms$/m);
    expect(text).toMatch(/^stages: \[model-training, model-evaluation\]$/m);
    expect(text).toMatch(/^ring: hold$/m);
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

  it('without a terminal and without --yes, says to pass flags and writes nothing', () => {
    const dir = makeFixtureCatalogue();
    const run = newTool(['--content', dir], 'Acme Tracker\nhttps://acme.dev\n');
    expect(run.status).toBe(1);
    expect(run.out).toContain('Standard input is not a terminal, so nothing can be asked. Pass the answers as flags with --yes');
    expect(toolFiles(dir)).toEqual(fixtureFiles());
  });

  it('prints the entry without writing it with --dry-run', () => {
    const dir = makeFixtureCatalogue();
    const run = newTool(['--content', dir, '--yes', '--dry-run', ...FLAGS]);
    expect(run.status).toBe(0);
    expect(run.out.startsWith('---\n')).toBe(true);
    expect(existsSync(join(dir, 'tools', 'example-tracker.mdx'))).toBe(false);
  });
});

