/**
 * One case per scoring rule not covered elsewhere: given a tool and the one
 * answer that triggers the rule, the rule's contribution appears with its
 * weight and its explanation.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/lib/scoring/recommend.ts';
import { catalogueOf, tool, weights } from './fixtures.ts';
import type { ToolInput } from '../../../src/schemas/tool.ts';

const PLATFORM: Partial<ToolInput> = { category: 'ml-project-frameworks', position: { artifact: 0.7, scope: 0.8 }, firstRelease: 2015 };
const SELF_HOSTED_PLATFORM: Partial<ToolInput> = { ...PLATFORM, hosting: 'self-hosted' };
const IAAS: Partial<ToolInput> = { category: 'ml-focused-iaas', position: { artifact: 0.3, scope: 0.7 }, offering: 'managed-service', hosting: 'saas', license: 'proprietary', airGapped: 'no', pricing: 'usage-billed' };

const CASES: [rule: string, answers: Record<string, string[]>, patch: Partial<ToolInput>, points: number, text: RegExp][] = [
  ['persona', { team: ['ml-researcher', 'software-engineer'] }, { personas: ['ml-researcher', 'software-engineer'] }, 2 * weights.perPersona, /built for the ML researchers and software engineers on your team/],
  ['no-commit', { commit: ['no'] }, PLATFORM, -weights.noCommitAllInOne, /do not want to hard-commit/],
  ['no-commit', { commit: ['no'] }, {}, weights.noCommitSpecialized, /easy to swap out/],
  ['platform-age', {}, { ...PLATFORM, firstRelease: { unknown: 'no release history found' } }, -weights.unknownAgePlatform, /could not confirm how long/],
  ['your-cloud', { cloud: ['aws'] }, { category: 'vendor-ai-platforms', position: { artifact: 0.3, scope: 0.8 }, clouds: ['aws'] }, weights.yourCloud, /runs on AWS, the cloud you already use/],
  ['your-cloud', { cloud: ['gcp'] }, { category: 'general-cloud-providers', position: { artifact: 0.1, scope: 0.9 }, clouds: ['gcp'] }, weights.yourCloud, /Google Cloud is the cloud you already run on/],
  ['workload', { workload: ['vision'] }, { workloads: ['vision', 'text'] }, weights.needs.weights.workloadMatch, /built for your vision work/],
  ['hosted-api', { serving: ['hosted-api'] }, { capabilities: ['llm-gateway'], workloads: ['llm-apps'] }, weights.needs.weights.hostedApiGateway, /vendor model APIs you call/],
  ['no-serving', { serving: ['none'] }, { capabilities: ['model-serving'] }, -weights.needs.weights.notServing, /do not reach users yet/],
  ['regulated', { regulated: ['yes'] }, { capabilities: ['model-registry'] }, weights.needs.weights.regulatedAudit, /audit trail/],
  ['air-gap-unknown', { 'air-gapped': ['yes'] }, { airGapped: 'unknown' }, -weights.needs.weights.unknownAirGap, /could not confirm that it runs air-gapped/],
  ['separate-infra', { 'separate-infra': ['yes'] }, IAAS, weights.separateInfraMatch, /its own infrastructure, as you want/],
  ['separate-infra', { 'separate-infra': ['no'] }, IAAS, -weights.separateInfraUnwanted, /you want one stack/],
  ['managed-services', { 'managed-services': ['heavy'] }, IAAS, -weights.separateInfraManagedPenalty, /hard to integrate with your cloud's specialised managed services/],
  ['buy-specialized', { 'core-business': ['no'] }, {}, weights.buySpecialized, /buy these first/],
  ['operate-platform', { 'core-business': ['no'] }, SELF_HOSTED_PLATFORM, -weights.operatePlatformNotCore, /operate a whole platform/],
  ['build-friendly', { 'core-business': ['yes'] }, {}, weights.buildFriendlyCore, /a base you can build on/],
  ['small-team', { 'team-size': ['small'] }, SELF_HOSTED_PLATFORM, -weights.smallTeamHeavyPlatform, /a lot to operate for a small team/],
  ['managed', { hosting: ['managed'] }, { hosting: 'saas', airGapped: 'no', offering: 'commercial', license: 'proprietary' }, weights.preferManaged, /as a managed service, as you prefer/],
  ['open-source', { 'open-source': ['preferred'] }, {}, weights.preferOpenSource, /open source \(Apache-2.0\), as you prefer/],
  ['budget', { budget: ['small'] }, { offering: 'commercial', license: 'proprietary' }, -weights.smallBudgetCommercial, /on a small budget/],
  ['status', {}, { status: { state: 'acquired', date: '2025-01-01', note: 'Bought.' } }, -weights.acquiredOrDeprecated, /acquired \(2025-01-01\)/],
  ['hold', {}, { ring: 'hold', ringRationale: 'Too narrow.' }, -weights.holdCategory, /the editors put it on hold: Too narrow\./],
];

describe('each scoring rule', () => {
  it.each(CASES)('%s: %j', (rule, answers, patch, points, text) => {
    const result = recommend(catalogueOf(tool('t', patch)), answers, weights, { currentYear: 2026 });
    const reason = result.tools[0]?.reasons.find((r) => r.rule === rule);
    expect(reason, `rule ${rule} did not fire`).toBeDefined();
    expect(reason!.points).toBe(points);
    expect(reason!.text).toMatch(text);
  });
});

describe('ring moves for one tool', () => {
  const ringOf = (answers: Record<string, string[]>, patch: Partial<ToolInput>) => recommend(catalogueOf(tool('t', patch)), answers, weights, { currentYear: 2026 }).tools[0]!;

  it('a young all-in-one platform is at most Assess, and says why', () => {
    const t = ringOf({ commit: ['yes'], scope: ['all-in-one'] }, { ...PLATFORM, firstRelease: 2025 });
    expect(t.ring).toBe('assess');
    expect(t.ringReasons.at(-1)).toMatch(/younger than 2 years/);
  });

  it('without a low-risk place to trial, Trial becomes Assess; with one, the Trial names it', () => {
    const none = ringOf({ 'trial-place': ['none'] }, {});
    expect(none.ring).toBe('assess');
    expect(none.ringReasons.at(-1)).toMatch(/no low-risk project to trial it on/);
    const greenfield = ringOf({ 'trial-place': ['greenfield'] }, {});
    expect(greenfield.ring).toBe('trial');
    expect(greenfield.ringReasons.at(-1)).toMatch(/Trial it on your internal greenfield project/);
  });

  it('a deprecated tool is left out, with the reason', () => {
    const result = recommend(catalogueOf(tool('old', { status: { state: 'deprecated', date: '2025-08-07', note: 'Archived.', successor: 'none' } })), {}, weights, { currentYear: 2026 });
    expect(result.excluded[0]?.reason).toMatch(/deprecated since 2025-08-07/);
  });

  it("the editors' own ring wins over the category's, with their rationale", () => {
    const t = ringOf({}, { ring: 'adopt', ringRationale: 'Standard tooling.' });
    expect(t.ring).toBe('adopt');
    expect(t.ringReasons[0]).toMatch(/the editors' ring for this tool .*Standard tooling\./);
  });
});
