/**
 * The interactive questions, driven through a scripted prompter that behaves
 * like the terminal one: a refused text answer is explained and typed again,
 * Enter keeps the default, a duplicate name stops the interview, and
 * cancelling writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { interviewTool, type Prompter } from '../../../src/lib/scaffold/interviewTool.ts';
import { loadScaffoldContext } from '../../../src/lib/scaffold/loadScaffoldContext.ts';
import { makeFixtureCatalogue } from '../../helpers/contributionFixture.ts';

const ctx = loadScaffoldContext(...((dir) => [dir, '2026-11-28', dir] as const)(makeFixtureCatalogue()));

/** '' is Enter: the default for a text or a list, the preselected items for a multiple pick. Running out of replies is Ctrl+C. */
type Reply = string | string[] | boolean;

function scripted(replies: Reply[]): Prompter & { output: string[]; prompts: string[] } {
  const queue = [...replies];
  const output: string[] = [];
  const prompts: string[] = [];
  const next = <T extends Reply>(kind: string, message: string, accept: (reply: Reply) => reply is T): T | undefined => {
    prompts.push(`${kind}: ${message}`);
    if (queue.length === 0) return undefined;
    const reply = queue.shift()!;
    if (!accept(reply)) throw new Error(`The script answers "${message}" (${kind}) with ${JSON.stringify(reply)}`);
    return reply;
  };
  const isString = (reply: Reply): reply is string => typeof reply === 'string';
  return {
    output,
    prompts,
    text: ({ message, placeholder, validate }) => {
      for (;;) {
        const reply = next('text', `${message}${placeholder ? ` [${placeholder}]` : ''}`, isString);
        if (reply === undefined) return Promise.resolve(undefined);
        const refused = validate(reply);
        if (!refused) return Promise.resolve(reply);
        output.push(`✖ ${refused}`);
      }
    },
    select: ({ message, choices, initial }) => {
      const reply = next('select', message, isString);
      if (reply === undefined) return Promise.resolve(undefined);
      if (reply !== '' && !choices.some((choice) => choice.id === reply)) throw new Error(`${reply} is not offered for ${message}`);
      return Promise.resolve(reply === '' ? (initial ?? choices[0]!.id) : reply);
    },
    multiselect: ({ message, choices, initial }) => {
      const reply = next('multiselect', message, (r): r is string | string[] => typeof r === 'string' || Array.isArray(r));
      if (reply === undefined) return Promise.resolve(undefined);
      const picked = reply === '' ? [...initial] : typeof reply === 'string' ? [reply] : reply;
      for (const id of picked) if (!choices.some((choice) => choice.id === id)) throw new Error(`${id} is not offered for ${message}`);
      return Promise.resolve(picked);
    },
    confirm: ({ message }) => Promise.resolve(next('confirm', message, (r): r is boolean => typeof r === 'boolean')),
    say: (text) => output.push(text),
  };
}

const FULL: Reply[] = [
  'Acme Tracker', 'https://acme.dev', 'Acme Tracker logs and compares training runs.', 'experimentation-platforms', 'mit', 'open-source', 'both', '', '',
  ['model-training', 'model-evaluation'], ['experiment-tracking'], ['ml-researcher'], 'lost-experiments:3', '', '2021', '', '', '', '', '', '', '', 'Acme', '', 'mlflow', '',
];

describe('interviewTool', () => {
  it('collects every answer, taking defaults on Enter', async () => {
    const prompter = scripted(FULL);
    const outcome = await interviewTool({}, ctx, prompter);
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
    // Fixed values are pick lists; the category's ring is the default.
    expect(prompter.prompts).toContain('select: Category');
    expect(prompter.prompts).toContain('multiselect: Stages');
    expect(prompter.prompts).toContain('select: Ring');
  });

  it('explains a refused answer and asks again', async () => {
    const answers = [...FULL];
    answers.splice(1, 0, 'acme.dev');
    answers.splice(5, 0, 'banana licence');
    const prompter = scripted(answers);
    const outcome = await interviewTool({}, ctx, prompter);
    expect(outcome.kind).toBe('answered');
    expect(prompter.output).toContainEqual(expect.stringContaining('✖ "acme.dev" must be an absolute http:// or https:// URL'));
    expect(prompter.output.filter((line) => line.startsWith('✖'))).toHaveLength(2);
  });

  it('does not ask what flags already answered', async () => {
    const prompter = scripted(FULL.slice(1));
    const outcome = await interviewTool({ name: 'Acme Tracker' }, ctx, prompter);
    expect(outcome.kind).toBe('answered');
    expect(prompter.prompts.some((p) => p.startsWith('text: Name'))).toBe(false);
  });

  it('stops at a duplicate name and points to the existing entry', async () => {
    const outcome = await interviewTool({}, ctx, scripted(['weights and biases']));
    expect(outcome).toEqual({ kind: 'refused', message: expect.stringContaining('already in the catalogue as "Weights & Biases": tools/weights-and-biases.mdx') });
  });

  it('asks before accepting a near-duplicate name', async () => {
    const refused = await interviewTool({}, ctx, scripted(['MLfow', false]));
    expect(refused).toEqual({ kind: 'refused', message: 'Not added. Edit tools/mlflow.mdx instead.' });
    const accepted = await interviewTool({}, ctx, scripted(['MLfow', true, ...FULL.slice(1)]));
    expect(accepted).toMatchObject({ kind: 'answered', notDuplicateOf: 'mlflow', answers: { name: 'MLfow' } });
  });

  it('writes nothing when cancelled part-way', async () => {
    const outcome = await interviewTool({}, ctx, scripted(FULL.slice(0, 5)));
    expect(outcome).toMatchObject({ kind: 'ended', message: expect.stringContaining('nothing was written') });
  });
});
