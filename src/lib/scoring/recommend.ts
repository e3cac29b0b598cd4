/**
 * The questionnaire's engine: from a catalogue and a team's answers to ranked,
 * explained recommendations, rings, a suggested stack with gaps and overlaps,
 * the team's place on the landscape and build-vs-buy advice. Pure and
 * deterministic: same input, same output (ties broken by name, then id).
 *
 * @example recommend(catalogue, { team: ['ml-researcher'], cloud: ['aws'] }, weights).tools[0]
 *   // → { id: 'amazon-sagemaker', score: …, ring: 'trial', reasons: [...] }
 */
import { CATEGORY_IDS, PERSONA_IDS, STAGE_IDS, type CategoryId, type PersonaId } from '../../schemas/ids.ts';
import type { ScoringConfig } from '../../schemas/scoring.ts';
import { assignRing, categoryRing, type CategoryRing } from './assignRing.ts';
import { buildStack } from './buildStack.ts';
import { readContext, type TeamContext } from './context.ts';
import { namesOf, scoreTool } from './scoreTool.ts';
import { computeNeeds, type Need } from './needs.ts';
import type { Answers, Catalogue, RankedTool, Recommendation, ScoringTool } from './types.ts';

/** For the short list of excluded tools, a proper collation. */
const byName = new Intl.Collator('en');

export interface RecommendOptions {
  /** The year "now" for age rules; defaults to the current year. Tests pass a fixed one. */
  currentYear?: number;
}

export function recommend(catalogue: Catalogue, answers: Answers, weights: ScoringConfig, options: RecommendOptions = {}): Recommendation {
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const toolsById = new Map(catalogue.tools.map((t) => [t.id, t]));
  const ctx = readContext(answers);
  ctx.using = ctx.using.filter((id) => toolsById.has(id));
  const categoryRings = new Map<CategoryId, CategoryRing>(CATEGORY_IDS.map((id) => [id, categoryRing(id, ctx)]));
  const names = namesOf(catalogue);
  const needs = computeNeeds(ctx, weights, names);
  const nw = weights.needs.weights;
  const partners = partnersOf(catalogue);
  const incumbents = ctx.using.map((id) => toolsById.get(id)!);
  const genericConcerns = new Set(weights.needs.generic);
  const neededCapabilities = new Set(needs.map((n) => n.capability));
  const chosenConcerns = new Set(ctx.concerns.filter((c) => !genericConcerns.has(c.id)).map((c) => c.id));

  const ranked: RankedTool[] = [];
  const excluded: Recommendation['excluded'] = [];
  for (const tool of catalogue.tools) {
    const result = scoreTool(tool, ctx, catalogue, weights, currentYear, needs);
    if (result.excluded !== undefined) {
      excluded.push({ id: tool.id, name: tool.name, reason: result.excluded });
      continue;
    }
    const incumbent = ctx.using.includes(tool.id);
    const reasons = result.reasons;
    let score = result.score;
    const push = (rule: string, text: string, points: number) => {
      reasons.push({ rule, text, points });
      score += points;
    };
    if (!incumbent && incumbents.length) {
      const withIncumbents = incumbents.filter((other) => partners.get(tool.id)?.has(other.id)).slice(0, 3);
      if (withIncumbents.length) push('works-with-incumbent', `works with ${withIncumbents.map((t) => t.name).join(', ')}, which you run`, nw.integratesWithIncumbent * withIncumbents.length);
      const needed = needs.filter((need) => tool.capabilities.includes(need.capability));
      const coveredBy = needed.map((need) => incumbents.find((other) => other.capabilities.includes(need.capability)));
      if (needed.length && coveredBy.every(Boolean)) push('duplicates-incumbent', `you already have ${[...new Set(coveredBy.map((t) => t!.name))].join(' and ')} for this`, -nw.duplicatesIncumbent);
    }
    const meetsNeed = tool.capabilities.some((c) => neededCapabilities.has(c));
    const answersConcern = tool.addresses.some((a) => a.strength >= 2 && chosenConcerns.has(a.concern));
    const isRelevant = incumbent || meetsNeed || answersConcern || (needs.length === 0 && ctx.concerns.length === 0);
    const { ring, reasons: ringReasons } = assignRing(tool, ctx, categoryRings, weights, currentYear);
    const entry: RankedTool = { id: tool.id, name: tool.name, score, fit: isRelevant ? fitOf(score) : Math.min(nw.notRelevantFitCap, fitOf(score)), confidence: confidenceOf(tool), ring, ringReasons, reasons, quadrant: tool.quadrant, category: tool.category, stages: tool.stages, incumbent, relevant: isRelevant };
    ranked.push(entry);
  }
  // Relevance before preference; ties are broken by an editorial prior, never by the alphabet:
  // the safer ring first, then the longer track record, then the better-known facts.
  // Sorted on precomputed keys: lookups inside the comparator dominated large catalogues.
  const keyed = ranked.map((t) => {
    const tool = toolsById.get(t.id)!;
    return { t, relevant: t.relevant ? 1 : 0, score: t.score, prior: (RING_PRIOR[tool.ring] ?? 0) * 100 + (tool.firstRelease ? Math.min(40, currentYear - tool.firstRelease) : 0) + (t.confidence === 'high' ? 2 : t.confidence === 'medium' ? 1 : 0), id: t.id };
  });
  keyed.sort((a, b) => b.relevant - a.relevant || b.score - a.score || b.prior - a.prior || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  ranked.splice(0, ranked.length, ...keyed.map((k) => k.t));
  diversify(ranked, toolsById, needs, nw.diversity);
  excluded.sort((a, b) => byName.compare(a.name, b.name));
  applyTeamRings(ranked, toolsById, needs);

  const byStage = STAGE_IDS.map((stage) => ({
    stage,
    tools: ranked.filter((t) => t.relevant && t.stages.includes(stage) && t.category !== 'general-cloud-providers' && t.score >= weights.minimumScore).slice(0, weights.stageRecommendations).map((t) => t.id),
  }));

  const built = buildStack(ranked, toolsById, needs, excluded, partners, catalogue, weights);
  const foundation = ctx.cloud && ['aws', 'gcp', 'azure'].includes(ctx.cloud) ? (ranked.find((t) => t.category === 'general-cloud-providers' && toolsById.get(t.id)!.clouds.includes(ctx.cloud as 'aws')) ?? null) : null;

  return {
    tools: ranked,
    excluded,
    byStage,
    ...built,
    foundation: foundation?.id ?? null,
    needs,
    contradictions: findContradictions(ctx),
    incumbents: ctx.using,
    categoryRings: [...categoryRings.values()],
    team: teamPosition(ctx, weights),
    buildVsBuy: buildVsBuy(ctx, ranked, built.stack, incumbents.map((t) => t.name)),
  };
}

/**
 * A ranking that answers every need, not only the loudest: walking down the
 * list, a tool whose main job is already answered by tools placed above it
 * loses `penalty` points per such tool before it is placed. Only the order of
 * the top of the list changes; scores and reasons stay as computed.
 */
function diversify(ranked: RankedTool[], toolsById: Map<string, ScoringTool>, needs: readonly Need[], penalty: number): void {
  if (needs.length < 2 || penalty <= 0) return;
  const head = ranked.filter((t) => t.relevant);
  const mainNeed = new Map(head.map((t) => [t, needs.find((n) => toolsById.get(t.id)!.capabilities.includes(n.capability))?.capability ?? null]));
  const placed = new Map<string, number>();
  const out: RankedTool[] = [];
  const pool = [...head];
  const window = Math.min(pool.length, 40);
  while (out.length < window) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < Math.min(pool.length, 60); i++) {
      const need = mainNeed.get(pool[i]!);
      const effective = pool[i]!.score - (need ? (placed.get(need) ?? 0) * penalty : 0);
      if (effective > bestScore) {
        bestScore = effective;
        best = i;
      }
    }
    const [next] = pool.splice(best, 1);
    out.push(next!);
    const need = mainNeed.get(next!);
    if (need) placed.set(need, (placed.get(need) ?? 0) + 1);
  }
  ranked.splice(0, out.length + pool.length, ...out, ...pool);
}

/** Integrations made two-way: if either tool documents the other, they work together. Built once per catalogue. */
const partnerCache = new WeakMap<object, Map<string, Set<string>>>();
export function partnersOf(catalogue: Catalogue): Map<string, Set<string>> {
  let partners = partnerCache.get(catalogue);
  if (partners) return partners;
  partners = new Map(catalogue.tools.map((t) => [t.id, new Set<string>()]));
  for (const tool of catalogue.tools) {
    for (const other of tool.integrations) {
      if (!partners.has(other)) continue;
      partners.get(tool.id)!.add(other);
      partners.get(other)!.add(tool.id);
    }
  }
  partnerCache.set(catalogue, partners);
  return partners;
}

/**
 * Rings for this team: incumbents keep theirs (Adopt, or Hold with the essay's
 * "no harm keeping it" when the tool is deprecated); at most one Adopt per capability.
 */
function applyTeamRings(ranked: RankedTool[], toolsById: Map<string, ScoringTool>, needs: readonly Need[]): void {
  const adoptedFor = new Map<string, string>();
  const needed = new Set(needs.map((n) => n.capability));
  const order = [...ranked.filter((t) => t.incumbent), ...ranked.filter((t) => !t.incumbent)];
  for (const entry of order) {
    const tool = toolsById.get(entry.id)!;
    if (entry.incumbent) {
      if (tool.status.state === 'deprecated' || tool.status.state === 'discontinued') {
        entry.ring = 'hold';
        entry.ringReasons.push(`→ Hold: you run it, and it is ${tool.status.state}: no harm keeping it on existing projects, but plan the move${tool.status.successor && tool.status.successor !== 'none' ? ` to ${toolsById.get(tool.status.successor)?.name ?? tool.status.successor}` : ''} before new ones`);
      } else if (entry.ring !== 'adopt') {
        entry.ring = 'adopt';
        entry.ringReasons.push('→ Adopt: you already run it; keep it and build around it');
      }
    }
    if (entry.ring !== 'adopt') continue;
    const jobs = needs.length === 0 ? tool.capabilities : tool.capabilities.filter((c) => needed.has(c));
    const taken = jobs.find((c) => adoptedFor.has(c) && adoptedFor.get(c) !== entry.id);
    if (taken && !entry.incumbent) {
      entry.ring = 'trial';
      entry.ringReasons.push(`→ Trial: ${toolsById.get(adoptedFor.get(taken)!)?.name} is already your Adopt for ${taken.replace(/-/g, ' ')}`);
      continue;
    }
    for (const c of jobs) if (!adoptedFor.has(c)) adoptedFor.set(c, entry.id);
  }
}

/** Answers that pull against each other, said plainly so the team can fix them. */
export function findContradictions(ctx: TeamContext): string[] {
  const out: string[] = [];
  if (ctx.airGapped && ctx.hosting === 'managed') out.push('You must run air-gapped but prefer managed services: managed services run outside your network, so we treated air-gapped as the rule.');
  if (ctx.airGapped && ctx.serving.includes('hosted-api')) out.push("You must run air-gapped, yet you call a vendor's model API over the internet: check which one is true.");
  if (ctx.budget === 'none' && ctx.hosting === 'managed') out.push('You have no budget for tools but prefer managed services, which are mostly paid: we kept only free ones.');
  if (ctx.serving.includes('none') && ctx.serving.length > 1) out.push('You said your models do not reach users yet, and also named a way you serve them.');
  if (ctx.serving.includes('none') && ctx.painfulStages.some((s) => s === 'deployment' || s === 'monitoring')) out.push('Your models do not reach users yet, but deployment or monitoring hurts: if you are about to ship, say how you will serve.');
  if (ctx.openSource === 'required' && ctx.hosting === 'managed') out.push('You require open source and prefer managed services: we count the licence of the software, so a managed open-source service qualifies, a closed one does not.');
  if (ctx.kubernetes === 'none' && ctx.hosting === 'self-hosted' && ctx.scope === 'all-in-one') out.push('You want a self-hosted all-in-one platform but run no Kubernetes: most such platforms need it.');
  return out;
}

const RING_PRIOR: Record<string, number> = { adopt: 3, trial: 2, assess: 1, hold: 0 };

/**
 * A score on a fixed 0–100 scale that never saturates: 0 points is 0, about 20
 * points (one need met, with one supporting reason) is 50, and each further
 * point counts for less.
 */
export function fitOf(score: number): number {
  return Math.round(100 * (1 - Math.exp(-Math.max(0, score) / 29)));
}

/** High when every deciding fact is known, lower with each unknown. */
export function confidenceOf(tool: ScoringTool): 'high' | 'medium' | 'low' {
  const unknown = [tool.workloads.includes('unknown'), tool.kubernetes === 'unknown', tool.airGapped === 'unknown', tool.pricing === 'unknown', tool.leaveCost === 'unknown', tool.firstRelease === undefined].filter(Boolean).length;
  return unknown === 0 ? 'high' : unknown <= 2 ? 'medium' : 'low';
}

/** Where the team sits on the plane: the mean of its personas, with the scope it asked for. */
export function teamPosition(ctx: TeamContext, weights: ScoringConfig): Recommendation['team'] {
  const team = ctx.team.filter((p): p is PersonaId => (PERSONA_IDS as readonly string[]).includes(p));
  if (team.length === 0) return { position: null, personas: [] };
  const personas = team.map((persona) => ({ persona, position: { ...weights.personaPositions[persona] } }));
  const mean = (key: 'artifact' | 'scope') => personas.reduce((sum, p) => sum + p.position[key], 0) / personas.length;
  const scope = ctx.scope === 'piecemeal' ? 0.25 : ctx.scope === 'all-in-one' ? 0.75 : mean('scope');
  return { position: { artifact: round(mean('artifact')), scope: round(scope) }, personas };
}

/** Build-vs-buy rules of thumb (framework.md §4). */
export function buildVsBuy(ctx: TeamContext, ranked: RankedTool[], stack: Recommendation['stack'], incumbentNames: readonly string[] = []): Recommendation['buildVsBuy'] {
  const stackTools = [...new Set(stack.map((s) => s.tool).filter((id): id is string => id !== null))];
  const name = (id: string) => ranked.find((t) => t.id === id)?.name ?? id;
  const specialised = stackTools.filter((id) => ranked.find((t) => t.id === id)?.quadrant === 'specialized-ml-tools');
  const glue = stackTools.length >= 2 ? `Build only the integrators and connectors that glue your bought tools to your business, for example between ${name(stackTools[0]!)} and ${name(stackTools[1]!)}.` : 'Build only the integrators and connectors that glue bought tools to your business.';
  const keep = incumbentNames.length ? ` Keep what you already run (${incumbentNames.join(', ')}) unless it blocks a need.` : '';
  if (ctx.coreBusiness === 'yes') {
    return {
      verdict: 'build',
      advice: [
        'MLOps is your core business, so building platform pieces can be part of your edge.',
        'Still buy the specialised tools you do not differentiate on: they can be mixed, matched and swapped.',
        'Study how open-source frameworks are built (Kedro, for instance, began inside a consultancy) before starting your own.',
      ],
    };
  }
  return {
    verdict: 'buy',
    advice: [
      (ctx.coreBusiness === 'no' ? 'MLOps is not your core business: buy by default.' : 'You did not say whether MLOps is your core business; the default is to buy.') + keep,
      specialised.length ? `Buy specialised ML tools first, such as ${specialised.slice(0, 3).map(name).join(', ')}: they can be mixed, matched and swapped out later.` : 'Buy specialised ML tools first: they can be mixed, matched and swapped out later.',
      glue,
    ],
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
