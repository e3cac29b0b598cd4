/**
 * The interactive questions, driven through an injected input/output: wrong
 * answers are explained and asked again, defaults are taken on Enter, a
 * duplicate name stops the interview, and running out of input writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { interviewTool, type InterviewIO } from '../../../src/lib/scaffold/interviewTool.ts';
import { loadScaffoldContext } from '../../../src/lib/scaffold/loadScaffoldContext.ts';
import { makeFixtureCatalogue } from '../../helpers/contributionFixture.ts';

const ctx = loadScaffoldContext(...((dir) => [dir, '2026-11-28', dir] as const)(makeFixtureCatalogue()));

function scripted(answers: string[]): InterviewIO & { output: string[]; prompts: string[] } {
  const queue = [...answers];
  const output: string[] = [];
  const prompts: string[] = [];
  return {
    output,
    prompts,
    ask: (prompt) => {
      prompts.push(prompt);
      return Promise.resolve(queue.shift());
    },
    say: (text) => output.push(text),
  };
}

const FULL = ['Acme Tracker', 'https://acme.dev', 'Acme Tracker logs and compares training runs.', 'experimentation platforms', 'mit', '1', '3', '', '', '3,4', 'experiment-tracking', 'ml-researcher', 'lost-experiments:3', '', '2021', '', '', '', '', '', '', '', 'Acme', '', 'mlflow', ''];

describe('interviewTool', () => {
  it('collects every answer, taking defaults on Enter', async () => {
    const io = scripted(FULL);
    const outcome = await interviewTool({}, ctx, io);
    expect(outcome).toEqual({
      kind: 'answered',
      answers: {
        name: 'Acme Tracker',
        website: 'https://acme.dev',
        description: 'Acme Tracker logs and compares training runs.',
        category: 'experimentation-platforms',
        license: 'MIT',
        offering: 'open-source',
        hosting: 'both',
        stages: ['model-training', 'model-evaluation'],
        capabilities: ['experiment-tracking'],
        personas: ['ml-researcher'],
        addresses: [{ concern: 'lost-experiments', strength: 3 }],
        clouds: [],
        firstRelease: 2021,
        // Enter on the decision facts takes the honest default, "unknown".
        workloads: ['unknown'],
        kubernetes: 'unknown',
        airGapped: 'unknown',
        pricing: 'unknown',
        leaveCost: 'unknown',
        ring: 'trial',
        ringRationale: expect.stringContaining('default ring for experimentation-platforms'),
        aliases: ['Acme'],
        sources: ['https://acme.dev'],
        integrations: ['mlflow'],
        alternatives: [],
      },
    });
    expect(io.prompts).toContain('? Ring [trial]: ');
  });

  it('explains a wrong answer and asks again', async () => {
    const answers = [...FULL];
    answers.splice(1, 0, 'acme.dev');
    answers.splice(4, 0, 'experiment platform');
    const io = scripted(answers);
    const outcome = await interviewTool({}, ctx, io);
    expect(outcome.kind).toBe('answered');
    expect(io.output).toContainEqual(expect.stringContaining('✖ "acme.dev" must be an absolute http:// or https:// URL'));
    expect(io.output).toContainEqual(expect.stringContaining('✖ "experiment platform" is not a known category. Did you mean "experimentation-platforms"?'));
  });

  it('does not ask what flags already answered', async () => {
    const io = scripted(FULL.slice(1));
    const outcome = await interviewTool({ name: 'Acme Tracker' }, ctx, io);
    expect(outcome.kind).toBe('answered');
    expect(io.prompts.some((p) => p.startsWith('? Name'))).toBe(false);
  });

  it('stops at a duplicate name and points to the existing entry', async () => {
    const outcome = await interviewTool({}, ctx, scripted(['weights and biases']));
    expect(outcome).toEqual({ kind: 'refused', message: expect.stringContaining('already in the catalogue as "Weights & Biases": tools/weights-and-biases.mdx') });
  });

  it('asks before accepting a near-duplicate name', async () => {
    const refused = await interviewTool({}, ctx, scripted(['MLfow', 'n']));
    expect(refused).toEqual({ kind: 'refused', message: 'Not added. Edit tools/mlflow.mdx instead.' });
    const accepted = await interviewTool({}, ctx, scripted(['MLfow', 'y', ...FULL.slice(1)]));
    expect(accepted).toMatchObject({ kind: 'answered', notDuplicateOf: 'mlflow', answers: { name: 'MLfow' } });
  });

  it('ends without answers when the input runs out', async () => {
    const outcome = await interviewTool({}, ctx, scripted(FULL.slice(0, 5)));
    expect(outcome).toMatchObject({ kind: 'ended', message: expect.stringContaining('nothing was written') });
  });
});
