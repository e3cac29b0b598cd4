import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/lib/scoring/recommend.ts';
import { catalogueOf, tool, weights } from './fixtures.ts';

const run = (answers: Record<string, string[]>, ...tools: ReturnType<typeof tool>[]) => recommend(catalogueOf(...tools), answers, weights, { currentYear: 2026 });
const reasonsOf = (result: ReturnType<typeof run>, id: string) => result.tools.find((t) => t.id === id)?.reasons ?? [];

describe('recommend: explained contributions', () => {
  it('adds points per concern strength and names the concern', () => {
    const result = run({ 'pain-points': ['lost-experiments'] }, tool('a', { addresses: [{ concern: 'lost-experiments', strength: 3 }] }));
    expect(reasonsOf(result, 'a')).toEqual([{ rule: 'concern', text: 'addresses your pain point “Losing track of experiments” (strength 3)', points: 3 * weights.perConcernStrength }]);
    expect(result.tools[0]?.score).toBe(3 * weights.perConcernStrength);
  });

  it('rewards painful stages, capped', () => {
    const result = run({ stages: ['model-training', 'deployment', 'monitoring', 'feedback-collection'] }, tool('a', { stages: ['model-training', 'deployment', 'monitoring', 'feedback-collection'] }));
    expect(reasonsOf(result, 'a')[0]).toMatchObject({ rule: 'stage', points: weights.maxStagePoints });
  });

  it('penalises a tool tied to another cloud, and says which', () => {
    const result = run({ cloud: ['aws'] }, tool('vertex', { category: 'vendor-ai-platforms', position: { artifact: 0.3, scope: 0.8 }, clouds: ['gcp'] }));
    expect(reasonsOf(result, 'vertex')).toEqual([{ rule: 'other-cloud', text: 'tied to Google Cloud; you are on AWS', points: -weights.otherCloud }]);
  });

  it('penalises a young all-in-one platform', () => {
    const result = run({}, tool('new', { category: 'ml-project-frameworks', position: { artifact: 0.7, scope: 0.7 }, firstRelease: 2025 }));
    expect(reasonsOf(result, 'new')).toEqual([expect.objectContaining({ rule: 'young-platform', text: 'all-in-one and younger than 2 years (first release 2025)', points: -weights.youngPlatform })]);
  });

  it('excludes tools that break a hard constraint, with the reason', () => {
    const result = run(
      { hosting: ['self-hosted'], 'open-source': ['required'] },
      tool('saas', { hosting: 'saas' }),
      tool('closed', { license: 'proprietary', offering: 'commercial', hosting: 'both' }),
      tool('gone', { status: { state: 'discontinued', date: '2021-08-20', note: 'Shut down.' } }),
      tool('ok'),
    );
    expect(result.tools.map((t) => t.id)).toEqual(['ok']);
    expect(result.excluded).toEqual([
      { id: 'closed', name: 'closed', reason: 'not open source (proprietary, commercial)' },
      { id: 'gone', name: 'gone', reason: 'discontinued since 2021-08-20: Shut down.' },
      { id: 'saas', name: 'saas', reason: 'only available as a hosted service, and you need to self-host' },
    ]);
  });

  it('excludes commercial tools when there is no budget', () => {
    expect(run({ budget: ['none'] }, tool('paid', { license: 'proprietary', offering: 'commercial' })).excluded[0]?.reason).toMatch(/no budget/);
  });

  it('breaks ties by name, so the order is deterministic', () => {
    const result = run({}, tool('zeta'), tool('alpha'), tool('mid'));
    expect(result.tools.map((t) => t.id)).toEqual(['alpha', 'mid', 'zeta']);
    expect(run({}, tool('mid'), tool('zeta'), tool('alpha')).tools.map((t) => t.id)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('scores piecemeal and all-in-one against the desired scope', () => {
    const tools = [tool('point'), tool('platform', { category: 'ml-project-frameworks', position: { artifact: 0.7, scope: 0.8 }, firstRelease: 2018 })];
    expect(run({ scope: ['piecemeal'] }, ...tools).tools.map((t) => t.id)).toEqual(['point', 'platform']);
    expect(run({ scope: ['all-in-one'] }, ...tools).tools.map((t) => t.id)).toEqual(['platform', 'point']);
  });
});

describe('recommend: stack, gaps and overlaps', () => {
  const tracker = (id: string) => tool(id, { addresses: [{ concern: 'lost-experiments', strength: 3 }] });
  it('fills each stage, flags stages nothing covers, and flags two tools doing one job', () => {
    const result = run({ 'pain-points': ['lost-experiments'] }, tracker('tracker-a'), tool('server', { stages: ['deployment'], capabilities: ['model-serving', 'experiment-tracking'], addresses: [{ concern: 'lost-experiments', strength: 1 }] }));
    expect(result.stack.find((s) => s.stage === 'model-training')?.tool).toBe('tracker-a');
    expect(result.stack.find((s) => s.stage === 'deployment')?.tool).toBe('server');
    expect(result.gaps.map((g) => g.stage)).toContain('monitoring');
    expect(result.overlaps).toEqual([{ tools: ['tracker-a', 'server'], reason: 'tracker-a and server both provide Experiment tracking; pick one for that job.' }]);
  });

  it('reuses a tool already in the stack when it serves a stage nearly as well', () => {
    const platform = tool('platform', { category: 'ml-project-frameworks', position: { artifact: 0.7, scope: 0.8 }, firstRelease: 2018, stages: ['model-training', 'deployment'], addresses: [{ concern: 'lost-experiments', strength: 2 }] });
    const result = run({ 'pain-points': ['lost-experiments'], stages: ['deployment'] }, tracker('tracker'), platform);
    expect(result.stack.filter((s) => s.tool !== null).map((s) => s.tool)).toEqual(['platform', 'platform']);
  });

  it('says when an all-in-one platform makes a point tool redundant', () => {
    const platform = tool('platform', { category: 'ml-project-frameworks', position: { artifact: 0.7, scope: 0.8 }, firstRelease: 2018, stages: ['model-training', 'deployment'], capabilities: ['model-serving'], addresses: [{ concern: 'lost-experiments', strength: 1 }] });
    const strongTracker = tool('tracker', { addresses: [{ concern: 'lost-experiments', strength: 3 }, { concern: 'vendor-lock-in', strength: 3 }] });
    const result = run({ 'pain-points': ['lost-experiments'], frustrations: ['vendor-lock-in'], stages: ['deployment'] }, strongTracker, platform);
    expect(result.stack.find((s) => s.stage === 'model-training')?.tool).toBe('tracker');
    expect(result.overlaps[0]?.reason).toMatch(/platform is all-in-one and also covers every stage tracker serves/);
  });
});

describe('recommend: team position and build vs buy', () => {
  it('places a mixed team between its researchers and engineers', () => {
    const { team } = run({ team: ['ml-researcher', 'software-engineer'] }, tool('a'));
    expect(team.personas.map((p) => p.persona)).toEqual(['ml-researcher', 'software-engineer']);
    expect(team.position?.artifact).toBeCloseTo((weights.personaPositions['ml-researcher'].artifact + weights.personaPositions['software-engineer'].artifact) / 2, 2);
  });

  it('has no position when the team is unknown', () => {
    expect(run({}, tool('a')).team.position).toBeNull();
  });

  it('gives buy guidance when MLOps is not the core business', () => {
    const { buildVsBuy } = run({ 'core-business': ['no'] }, tool('a'));
    expect(buildVsBuy.verdict).toBe('buy');
    expect(buildVsBuy.advice[0]).toBe('MLOps is not your core business: buy by default.');
  });

  it('gives build guidance when it is', () => {
    expect(run({ 'core-business': ['yes'] }, tool('a')).buildVsBuy.verdict).toBe('build');
  });
});
