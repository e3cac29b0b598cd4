/**
 * What this team needs: the capabilities its pain points, painful stages,
 * workloads, serving and regulation call for (config/scoring.json, `needs`),
 * each with the answer that asked for it, in priority order: pain points
 * first, then painful stages, serving, workloads and regulation.
 */
import type { ScoringConfig } from '../../schemas/scoring.ts';
import type { TeamContext } from './context.ts';

export interface Need {
  capability: string;
  /** What the team said that calls for it, e.g. 'your pain point “Losing track of experiments”'. */
  because: string;
  /** Lower first. */
  priority: number;
}

const CONCERN_LABEL: Record<string, string> = { goals: 'goal', frustrations: 'frustration', 'pain-points': 'pain point' };

export function computeNeeds(ctx: TeamContext, w: ScoringConfig, names: { concerns: Map<string, string>; stages: Map<string, string> }): Need[] {
  const needs = new Map<string, Need>();
  const add = (capability: string, because: string, priority: number) => {
    const existing = needs.get(capability);
    if (!existing || existing.priority > priority) needs.set(capability, { capability, because, priority });
  };
  const table = w.needs;
  const generic = new Set(table.generic);
  ctx.concerns.forEach((concern, i) => {
    if (generic.has(concern.id)) return;
    const base = concern.question === 'pain-points' ? 0 : 100;
    for (const capability of table.concerns[concern.id] ?? []) add(capability, `your ${CONCERN_LABEL[concern.question] ?? 'concern'} “${names.concerns.get(concern.id) ?? concern.id}”`, base + i);
  });
  const workloads = ctx.workloads.length ? ctx.workloads : ['default'];
  ctx.painfulStages.forEach((stage, i) => {
    const row = table.stages[stage] ?? {};
    // A workload with its own row replaces the default; several workloads add up.
    const lists = workloads.map((workload) => row[workload] ?? row.default ?? []);
    for (const capability of lists.flat()) add(capability, `${names.stages.get(stage) ?? stage} hurts`, 200 + i);
  });
  for (const serving of ctx.serving) for (const capability of table.serving[serving] ?? []) add(capability, `you serve ${serving === 'hosted-api' ? 'through a vendor model API' : serving === 'edge' ? 'on devices' : serving}`, 300);
  for (const workload of ctx.workloads) for (const capability of table.workloads[workload] ?? []) add(capability, `your ${workload} work`, 400);
  if (ctx.regulated) for (const capability of table.regulated) add(capability, 'you are regulated', 500);
  return [...needs.values()].sort((a, b) => a.priority - b.priority);
}
