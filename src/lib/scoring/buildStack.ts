/**
 * A suggested stack: one tool per lifecycle stage, reusing a tool already in
 * the stack when it serves the stage nearly as well (fewer tools, less glue),
 * plus the gaps (stages nothing suitable covers) and overlaps (two tools doing
 * one job, or an all-in-one platform making a point tool redundant).
 */
import { STAGE_IDS, type StageId } from '../../schemas/ids.ts';
import type { ScoringConfig } from '../../schemas/scoring.ts';
import { isAllInOne } from './context.ts';
import type { Catalogue, RankedTool, Recommendation, ScoringTool } from './types.ts';

/** A tool already in the stack is reused if it scores within this many points of the best candidate. */
const REUSE_MARGIN = 5;

export function buildStack(ranked: RankedTool[], toolsById: Map<string, ScoringTool>, painfulStages: readonly StageId[], catalogue: Pick<Catalogue, 'stages' | 'capabilities'>, w: ScoringConfig): Pick<Recommendation, 'stack' | 'gaps' | 'overlaps'> {
  // Cloud providers are the foundation, not a stage's tool; Hold tools are not suggested.
  const eligible = ranked.filter((t) => t.category !== 'general-cloud-providers' && t.ring !== 'hold' && t.score >= w.minimumScore);
  const order = [...painfulStages, ...STAGE_IDS.filter((s) => !painfulStages.includes(s))];
  const chosen: RankedTool[] = [];
  const assignment = new Map<StageId, string | null>();
  const gaps: Recommendation['gaps'] = [];

  for (const stage of order) {
    const candidates = eligible.filter((t) => t.stages.includes(stage));
    const best = candidates[0];
    if (!best) {
      assignment.set(stage, null);
      const name = catalogue.stages.find((s) => s.id === stage)?.name ?? stage;
      gaps.push({ stage, reason: `No tool that fits your answers covers ${name} with a positive score; consider a specialised tool for it, or relax a constraint.` });
      continue;
    }
    const reuse = chosen.filter((t) => t.stages.includes(stage)).sort((a, b) => b.score - a.score)[0];
    const pick = reuse && reuse.score >= best.score - REUSE_MARGIN ? reuse : best;
    if (!chosen.includes(pick)) chosen.push(pick);
    assignment.set(stage, pick.id);
  }

  const overlaps: Recommendation['overlaps'] = [];
  for (let i = 0; i < chosen.length; i++) {
    for (let j = i + 1; j < chosen.length; j++) {
      const a = toolsById.get(chosen[i]!.id)!;
      const b = toolsById.get(chosen[j]!.id)!;
      const shared = a.capabilities.filter((c) => b.capabilities.includes(c));
      const platform = isAllInOne(a) && !isAllInOne(b) ? a : isAllInOne(b) && !isAllInOne(a) ? b : null;
      const point = platform === a ? b : a;
      if (platform && point.stages.every((s) => platform.stages.includes(s))) {
        overlaps.push({ tools: [platform.id, point.id], reason: `${platform.name} is all-in-one and also covers every stage ${point.name} serves; keep ${point.name} only if it does that job clearly better.` });
      } else if (shared.length) {
        const names = shared.map((id) => catalogue.capabilities.find((c) => c.id === id)?.name ?? id);
        overlaps.push({ tools: [a.id, b.id], reason: `${a.name} and ${b.name} both provide ${names.join(', ')}; pick one for ${shared.length === 1 ? 'that job' : 'those jobs'}.` });
      }
    }
  }
  return { stack: STAGE_IDS.map((stage) => ({ stage, tool: assignment.get(stage) ?? null })), gaps: gaps.sort((x, y) => STAGE_IDS.indexOf(x.stage) - STAGE_IDS.indexOf(y.stage)), overlaps };
}
