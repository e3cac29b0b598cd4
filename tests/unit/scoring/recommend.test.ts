import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/lib/scoring/recommend.ts';
import { catalogueOf, tool, weights } from './fixtures.ts';

const run = (answers: Record<string, string[]>, ...tools: ReturnType<typeof tool>[]) => recommend(catalogueOf(...tools), answers, weights, { currentYear: 2026 });
const reasonsOf = (result: ReturnType<typeof run>, id: string) => result.tools.find((t) => t.id === id)?.reasons ?? [];

describe('recommend: explained contributions', () => {
  it('adds points per concern strength and names the concern', () => {
    const result = run({ 'pain-points': ['lost-experiments'] }, tool('a', { addresses: [{ concern: 'lost-experiments', strength: 3 }] }));
    expect(reasonsOf(result, 'a').filter((r) => r.rule === 'concern' || r.rule === 'need')).toEqual([
      { rule: 'concern', text: 'addresses your pain point “Losing track of experiments” (strength 3)', points: 3 * weights.perConcernStrength },
      { rule: 'need', text: 'does what you need: experiment tracking (your pain point “Losing track of experiments”)', points: weights.needs.weights.neededCapability },
    ]);
    expect(result.tools[0]?.score).toBe(reasonsOf(result, 'a').reduce((sum, r) => sum + r.points, 0));
  });

  it('rewards painful stages, capped', () => {
    const result = run({ stages: ['model-training', 'deployment', 'monitoring', 'feedback-collection'] }, tool('a', { stages: ['model-training', 'deployment', 'monitoring', 'feedback-collection'] }));
    expect(reasonsOf(result, 'a').find((r) => r.rule === 'stage')).toMatchObject({ points: weights.maxStagePoints });
  });

  it('leaves out a tool tied to another cloud, or to any cloud for a team on none, and says which', () => {
    const vertex = tool('vertex', { category: 'vendor-ai-platforms', position: { artifact: 0.3, scope: 0.8 }, clouds: ['gcp'] });
    expect(run({ cloud: ['aws'] }, vertex).excluded).toEqual([{ id: 'vertex', name: 'vertex', reason: 'tied to Google Cloud, and you are on AWS' }]);
    expect(run({ cloud: ['other'] }, vertex).excluded[0]?.reason).toBe('tied to Google Cloud, and you are not on it');
    expect(run({ cloud: ['azure'] }, tool('aws', { category: 'general-cloud-providers', position: { artifact: 0.1, scope: 0.9 }, clouds: ['aws'] })).excluded[0]?.reason).toMatch(/a second general cloud next to Azure/);
  });

  it('leaves out tools for other workloads, tools that need Kubernetes, and paid ones on no budget; unknown facts never exclude', () => {
    const result = run(
      { workload: ['tabular'], kubernetes: ['none'], budget: ['none'] },
      tool('llm-only', { workloads: ['llm-apps'] }),
      tool('needs-k8s', { kubernetes: 'required' }),
      tool('metered', { pricing: 'usage-billed' }),
      tool('licensed', { pricing: 'paid-licence' }),
      tool('unchecked', { workloads: ['unknown'], kubernetes: 'unknown', pricing: 'unknown' }),
      tool('fits', { workloads: ['tabular'] }),
    );
    expect(Object.fromEntries(result.excluded.map((e) => [e.id, e.reason]))).toEqual({
      'llm-only': 'built for LLM-application work, which you do not do',
      'needs-k8s': 'needs Kubernetes, and you do not run it',
      metered: 'billed by use, and you have no budget for tools',
      licensed: 'needs a paid licence, and you have no budget for tools',
    });
    expect(result.tools.map((t) => t.id)).toEqual(['fits', 'unchecked']);
    expect(result.tools.find((t) => t.id === 'unchecked')?.confidence).toBe('low');
  });

  it('an air-gapped team gets no SaaS and nothing that phones home', () => {
    const result = run({ 'air-gapped': ['yes'] }, tool('cloud-only', { hosting: 'saas', airGapped: 'no' }), tool('phones-home', { hosting: 'both', airGapped: 'no' }), tool('local'));
    expect(result.tools.map((t) => t.id)).toEqual(['local']);
    expect(result.excluded.map((e) => e.reason)).toEqual(['only available as a hosted service, and you must run air-gapped', 'needs an internet connection or a vendor service, and you must run air-gapped']);
  });

  it('penalises a young all-in-one platform', () => {
    const result = run({}, tool('new', { category: 'ml-project-frameworks', position: { artifact: 0.7, scope: 0.7 }, firstRelease: 2025 }));
    expect(reasonsOf(result, 'new').find((r) => r.rule === 'young-platform')).toEqual(expect.objectContaining({ text: 'all-in-one and younger than 2 years (first release 2025)', points: -weights.youngPlatform }));
  });

  it('excludes tools that break a hard constraint, with the reason', () => {
    const result = run(
      { hosting: ['self-hosted'], 'open-source': ['required'] },
      tool('saas', { hosting: 'saas', airGapped: 'no' }),
      tool('closed', { license: 'proprietary', offering: 'commercial', hosting: 'both' }),
      tool('elastic', { license: 'Elastic-2.0', offering: 'open-core' }),
      tool('sspl-server', { license: 'Apache-2.0', components: [{ name: 'Server', license: 'SSPL-1.0' }] }),
      tool('gone', { status: { state: 'discontinued', date: '2021-08-20', note: 'Shut down.', successor: 'none' } }),
      tool('ok'),
    );
    expect(result.tools.map((t) => t.id)).toEqual(['ok']);
    expect(result.excluded).toEqual([
      { id: 'closed', name: 'closed', reason: 'not open source (proprietary)' },
      { id: 'elastic', name: 'elastic', reason: 'not open source: Elastic-2.0 is not an OSI-approved licence (source-available)' },
      { id: 'gone', name: 'gone', reason: 'discontinued since 2021-08-20: Shut down.' },
      { id: 'saas', name: 'saas', reason: 'only available as a hosted service, and you need to self-host' },
      { id: 'sspl-server', name: 'sspl-server', reason: 'not open source: SSPL-1.0 is not an OSI-approved licence (source-available)' },
    ]);
  });

  it('excludes commercial tools when there is no budget', () => {
    expect(run({ budget: ['none'] }, tool('paid', { license: 'proprietary', offering: 'commercial', pricing: 'paid-licence' })).excluded[0]?.reason).toMatch(/no budget/);
  });

  it('breaks ties by an editorial prior (ring, then track record), not by name, and deterministically', () => {
    const result = run({}, tool('alpha', { firstRelease: 2024 }), tool('zeta', { ring: 'adopt', ringRationale: 'Proven.' }), tool('mid', { firstRelease: 2012 }));
    expect(result.tools.map((t) => t.id)).toEqual(['zeta', 'mid', 'alpha']);
    expect(result.tools.every((t) => t.fit >= 0 && t.fit <= 100)).toBe(true);
  });

  it('scores piecemeal and all-in-one against the desired scope', () => {
    const tools = [tool('point'), tool('platform', { category: 'ml-project-frameworks', position: { artifact: 0.7, scope: 0.8 }, firstRelease: 2018 })];
    expect(run({ scope: ['piecemeal'] }, ...tools).tools.map((t) => t.id)).toEqual(['point', 'platform']);
    expect(run({ scope: ['all-in-one'] }, ...tools).tools.map((t) => t.id)).toEqual(['platform', 'point']);
  });
});

describe('recommend: stack, gaps and overlaps', () => {
  const tracker = (id: string, patch: Parameters<typeof tool>[1] = {}) => tool(id, { addresses: [{ concern: 'lost-experiments', strength: 3 }], ...patch });
  it('covers each needed capability once, names a real gap with the constraint behind it, and adds no overlaps', () => {
    const result = run(
      { 'pain-points': ['lost-experiments', 'hard-serving'], 'open-source': ['required'] },
      tracker('tracker-a'),
      tool('closed-server', { stages: ['deployment'], capabilities: ['model-serving'], license: 'proprietary', offering: 'commercial' }),
    );
    expect(result.picks.map((p) => [p.capability, p.tool])).toEqual([['experiment-tracking', 'tracker-a'], ['model-serving', null]]);
    expect(result.gaps[0]?.reason).toMatch(/Model serving.*your pain point “hard-serving”.*not open source/);
    expect(result.overlaps).toEqual([]);
    expect(result.stack.find((s) => s.stage === 'monitoring')?.tool, 'a stage nobody needs stays empty').toBeNull();
  });

  it('uses one tool for two needs rather than adding a second, so the stack has no overlap', () => {
    const both = tool('both', { stages: ['model-training', 'deployment'], capabilities: ['experiment-tracking', 'model-serving'], addresses: [{ concern: 'lost-experiments', strength: 2 }] });
    const result = run({ 'pain-points': ['lost-experiments', 'hard-serving'] }, tracker('tracker'), both);
    expect(result.picks.map((p) => p.tool)).toEqual(['both', 'both']);
    expect(result.shortlist.map((s) => s.id)).toEqual(['both', 'tracker']);
  });

  it('keeps the tools a team runs, exempt from its constraints, and ranks duplicates of them lower with the reason', () => {
    const incumbent = tool('old-tracker', { license: 'proprietary', offering: 'commercial', status: { state: 'deprecated', date: '2025-01-01', note: 'Replaced.', successor: 'tracker' } });
    const result = run({ 'pain-points': ['lost-experiments'], 'open-source': ['required'], using: ['old-tracker', 'no-such-tool'] }, incumbent, tracker('tracker'));
    expect(result.incumbents).toEqual(['old-tracker']);
    expect(result.excluded).toEqual([]);
    expect(result.picks[0]).toMatchObject({ tool: 'old-tracker', incumbent: true });
    const kept = result.tools.find((t) => t.id === 'old-tracker')!;
    expect(kept.ring).toBe('hold');
    expect(kept.ringReasons.at(-1)).toMatch(/no harm keeping it on existing projects, but plan the move to tracker/);
    expect(reasonsOf(result, 'tracker').find((r) => r.rule === 'duplicates-incumbent')?.text).toBe('you already have old-tracker for this');
  });

  it('flags contradictory answers', () => {
    expect(run({ 'air-gapped': ['yes'], hosting: ['managed'] }, tool('a')).contradictions[0]).toMatch(/air-gapped but prefer managed services/);
    expect(run({}, tool('a')).contradictions).toEqual([]);
  });

  it('gives at most one Adopt per capability for a team', () => {
    const result = run({ 'pain-points': ['lost-experiments'] }, tracker('first', { ring: 'adopt', ringRationale: 'Proven.' }), tracker('second', { ring: 'adopt', ringRationale: 'Proven too.' }));
    expect(result.tools.map((t) => t.ring).sort()).toEqual(['adopt', 'trial']);
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
