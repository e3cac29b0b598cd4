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
import { scoreTool } from './scoreTool.ts';
import type { Answers, Catalogue, RankedTool, Recommendation } from './types.ts';

/** For the short list of excluded tools, a proper collation. */
const byName = new Intl.Collator('en');

export interface RecommendOptions {
  /** The year "now" for age rules; defaults to the current year. Tests pass a fixed one. */
  currentYear?: number;
}

export function recommend(catalogue: Catalogue, answers: Answers, weights: ScoringConfig, options: RecommendOptions = {}): Recommendation {
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const ctx = readContext(answers);
  const categoryRings = new Map<CategoryId, CategoryRing>(CATEGORY_IDS.map((id) => [id, categoryRing(id, ctx)]));
  const toolsById = new Map(catalogue.tools.map((t) => [t.id, t]));

  const ranked: RankedTool[] = [];
  const excluded: Recommendation['excluded'] = [];
  for (const tool of catalogue.tools) {
    const result = scoreTool(tool, ctx, catalogue, weights, currentYear);
    if (result.excluded !== undefined) {
      excluded.push({ id: tool.id, name: tool.name, reason: result.excluded });
      continue;
    }
    const { ring, reasons: ringReasons } = assignRing(tool, ctx, categoryRings, weights, currentYear);
    ranked.push({ id: tool.id, name: tool.name, score: result.score, fit: fitOf(result.score), confidence: confidenceOf(tool), ring, ringReasons, reasons: result.reasons, quadrant: tool.quadrant, category: tool.category, stages: tool.stages });
  }
  // Ties are broken by an editorial prior, never by the alphabet: the safer ring first, then the longer track record.
  // Sort on precomputed keys: comparing with a collator inside the comparator dominated large catalogues.
  const prior = new Map(ranked.map((t) => { const tool = toolsById.get(t.id)!; return [t, (RING_PRIOR[tool.ring] ?? 0) * 100 + (tool.firstRelease ? Math.min(40, currentYear - tool.firstRelease) : 0) + (t.confidence === 'high' ? 2 : t.confidence === 'medium' ? 1 : 0)]; }));
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  ranked.sort((a, b) => b.score - a.score || prior.get(b)! - prior.get(a)! || cmp(a.id, b.id));
  excluded.sort((a, b) => byName.compare(a.name, b.name));

  const byStage = STAGE_IDS.map((stage) => ({
    stage,
    tools: ranked.filter((t) => t.stages.includes(stage) && t.category !== 'general-cloud-providers' && t.score >= weights.minimumScore).slice(0, weights.stageRecommendations).map((t) => t.id),
  }));

  const { stack, gaps, overlaps } = buildStack(ranked, toolsById, ctx.painfulStages, catalogue, weights);
  const foundation = ctx.cloud && ['aws', 'gcp', 'azure'].includes(ctx.cloud) ? (ranked.find((t) => t.category === 'general-cloud-providers' && toolsById.get(t.id)!.clouds.includes(ctx.cloud as 'aws')) ?? null) : null;

  return {
    tools: ranked,
    excluded,
    byStage,
    stack,
    foundation: foundation?.id ?? null,
    gaps,
    overlaps,
    categoryRings: [...categoryRings.values()],
    team: teamPosition(ctx, weights),
    buildVsBuy: buildVsBuy(ctx, ranked, stack),
  };
}

const RING_PRIOR: Record<string, number> = { adopt: 3, trial: 2, assess: 1, hold: 0 };

/** A score on a fixed 0–100 scale: 50 is neutral, every 2 points of evidence move it 5. */
export function fitOf(score: number): number {
  return Math.max(0, Math.min(100, Math.round(50 + score * 2.5)));
}

/** High when every deciding fact is known, lower with each unknown. */
export function confidenceOf(tool: Catalogue['tools'][number]): 'high' | 'medium' | 'low' {
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
export function buildVsBuy(ctx: TeamContext, ranked: RankedTool[], stack: Recommendation['stack']): Recommendation['buildVsBuy'] {
  const stackTools = [...new Set(stack.map((s) => s.tool).filter((id): id is string => id !== null))];
  const name = (id: string) => ranked.find((t) => t.id === id)?.name ?? id;
  const specialised = stackTools.filter((id) => ranked.find((t) => t.id === id)?.quadrant === 'specialized-ml-tools');
  const glue = stackTools.length >= 2 ? `Build only the integrators and connectors that glue your bought tools to your business, for example between ${name(stackTools[0]!)} and ${name(stackTools[1]!)}.` : 'Build only the integrators and connectors that glue bought tools to your business.';
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
      ctx.coreBusiness === 'no' ? 'MLOps is not your core business: buy by default.' : 'You did not say whether MLOps is your core business; the default is to buy.',
      specialised.length ? `Buy specialised ML tools first, such as ${specialised.slice(0, 3).map(name).join(', ')}: they can be mixed, matched and swapped out later.` : 'Buy specialised ML tools first: they can be mixed, matched and swapped out later.',
      glue,
    ],
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
