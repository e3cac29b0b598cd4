/**
 * The suggested stack: one tool per capability the team needs, in priority
 * order. It keeps the tools the team already runs, prefers a tool that is
 * already in the stack or works with the ones that are, and never adds a
 * second tool for a job the stack already covers, so it creates no overlaps
 * of its own. A needed capability no acceptable tool covers is a gap, with the
 * constraint that kept the candidates out. A stage nobody needs stays empty.
 */
import { STAGE_IDS } from '../../schemas/ids.ts';
import type { ScoringConfig } from '../../schemas/scoring.ts';
import type { Need } from './needs.ts';
import type { Catalogue, RankedTool, Recommendation, ScoringTool, StackPick } from './types.ts';

/** A tool already in the stack is reused if it scores within this many points of the best candidate. */
const REUSE_MARGIN = 6;
const SHORTLIST_MAX = 5;

type Built = Pick<Recommendation, 'stack' | 'gaps' | 'overlaps' | 'picks' | 'shortlist'>;

export function buildStack(
  ranked: RankedTool[],
  toolsById: Map<string, ScoringTool>,
  needs: readonly Need[],
  excluded: Recommendation['excluded'],
  partners: Map<string, Set<string>>,
  catalogue: Pick<Catalogue, 'stages' | 'capabilities'>,
  w: ScoringConfig,
): Built {
  const capabilityName = (id: string) => catalogue.capabilities.find((c) => c.id === id)?.name ?? id.replace(/-/g, ' ');
  // Cloud providers are the foundation, not a stage's tool; Hold tools are not suggested unless the team runs them.
  const eligible = ranked.filter((t) => t.incumbent || (t.relevant && t.category !== 'general-cloud-providers' && t.ring !== 'hold' && t.score >= w.minimumScore));
  const chosen: RankedTool[] = [];
  const picks: StackPick[] = [];
  const coveredBy = new Map<string, RankedTool>();

  for (const need of needs) {
    const covered = coveredBy.get(need.capability);
    if (covered) {
      picks.push({ capability: need.capability, tool: covered.id, because: need.because, incumbent: covered.incumbent });
      continue;
    }
    const candidates = eligible.filter((t) => toolsById.get(t.id)!.capabilities.includes(need.capability));
    if (candidates.length === 0) {
      picks.push({ capability: need.capability, tool: null, because: need.because, incumbent: false, gap: gapReason(need.capability, excluded, toolsById, ranked) });
      continue;
    }
    const incumbent = candidates.find((t) => t.incumbent);
    const bonus = (t: RankedTool) => chosen.filter((c) => partners.get(t.id)?.has(c.id)).length * 2 + needs.filter((n) => !coveredBy.has(n.capability) && toolsById.get(t.id)!.capabilities.includes(n.capability)).length;
    // The best candidate: highest score plus bonus, the first one (the higher ranked) on a tie. One pass, no sort.
    let best = candidates[0]!;
    let bestValue = -Infinity;
    for (const t of candidates) {
      const value = t.score + bonus(t);
      if (value > bestValue) {
        bestValue = value;
        best = t;
      }
    }
    const reuse = candidates.filter((t) => chosen.includes(t)).sort((a, b) => b.score - a.score)[0];
    const pick = incumbent ?? (reuse && reuse.score >= best.score - REUSE_MARGIN ? reuse : best);
    if (!chosen.includes(pick)) chosen.push(pick);
    // The pick covers every needed capability it has, so no second tool is added for them.
    for (const capability of toolsById.get(pick.id)!.capabilities) if (!coveredBy.has(capability)) coveredBy.set(capability, pick);
    picks.push({ capability: need.capability, tool: pick.id, because: need.because, incumbent: pick.incumbent });
  }

  // Per stage: the tool covering the most important need served at that stage; empty when no need falls there.
  const stagesOfCapability = (capability: string) => catalogue.capabilities.find((c) => c.id === capability)?.stages ?? [];
  const stack = STAGE_IDS.map((stage) => {
    const pick = picks.find((p) => p.tool && stagesOfCapability(p.capability).includes(stage));
    return { stage, tool: pick?.tool ?? null };
  });
  const gaps = picks.filter((p) => p.tool === null).map((p) => ({ stage: stagesOfCapability(p.capability)[0] ?? 'deployment', reason: `No acceptable tool covers ${capabilityName(p.capability)}, which you need because ${p.because}: ${p.gap}` }));

  // Overlaps can only come from what the team already runs.
  const overlaps: Recommendation['overlaps'] = [];
  const incumbents = ranked.filter((t) => t.incumbent);
  for (let i = 0; i < incumbents.length; i++) {
    for (let j = i + 1; j < incumbents.length; j++) {
      const a = toolsById.get(incumbents[i]!.id)!;
      const b = toolsById.get(incumbents[j]!.id)!;
      const shared = a.capabilities.filter((c) => b.capabilities.includes(c) && needs.some((n) => n.capability === c));
      if (shared.length) overlaps.push({ tools: [a.id, b.id], reason: `You run both ${a.name} and ${b.name} for ${shared.map(capabilityName).join(', ')}; in time, keep one.` });
    }
  }

  const reasonOf = (id: string) => {
    const tool = ranked.find((t) => t.id === id)!;
    const jobs = picks.filter((p) => p.tool === id).map((p) => `${capabilityName(p.capability).toLowerCase()} (${p.because})`);
    const extra = tool.reasons.filter((r) => r.points > 0 && r.rule !== 'need' && r.rule !== 'stage').sort((x, y) => y.points - x.points)[0];
    return `Covers ${jobs.join(' and ')}${extra ? `; ${extra.text}` : ''}.`;
  };
  const shortlistIds = [...new Set(picks.filter((p) => p.tool && !p.incumbent).map((p) => p.tool!))];
  // Fewer than three new tools in the stack: add the strongest well-documented alternatives for the team's needs.
  const needed = new Set(needs.map((n) => n.capability));
  for (const t of ranked) {
    if (shortlistIds.length >= 3) break;
    const tool = toolsById.get(t.id)!;
    if (!t.relevant || t.incumbent || t.confidence === 'low' || t.category === 'general-cloud-providers' || t.ring === 'hold' || shortlistIds.includes(t.id)) continue;
    if (needed.size && !tool.capabilities.some((c) => needed.has(c))) continue;
    shortlistIds.push(t.id);
  }
  const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  const shortlist = shortlistIds.slice(0, SHORTLIST_MAX).map((id) => {
    if (picks.some((p) => p.tool === id)) return { id, reason: reasonOf(id) };
    const tool = toolsById.get(id)!;
    const jobs = needs.filter((n) => tool.capabilities.includes(n.capability)).slice(0, 2).map((n) => capabilityName(n.capability).toLowerCase());
    const best = ranked.find((t) => t.id === id)!.reasons.filter((r) => r.points > 0 && r.rule !== 'need' && r.rule !== 'stage').sort((x, y) => y.points - x.points)[0];
    return { id, reason: sentence(`${jobs.length ? `An alternative for ${jobs.join(' and ')}` : 'A strong fit'}${best ? `; ${best.text}` : ''}`) };
  });

  return { stack, gaps, overlaps, picks, shortlist };
}

/** Why nothing covers a capability: the constraint that excluded most of its tools, or that none exists. */
function gapReason(capability: string, excluded: Recommendation['excluded'], toolsById: Map<string, ScoringTool>, ranked: RankedTool[]): string {
  const out = excluded.filter((e) => toolsById.get(e.id)?.capabilities.includes(capability));
  const weak = ranked.filter((t) => toolsById.get(t.id)!.capabilities.includes(capability));
  if (out.length === 0 && weak.length === 0) return 'the catalogue has no tool for it yet.';
  if (out.length === 0) return `its tools (${weak.slice(0, 3).map((t) => t.name).join(', ')}) are on hold or score too low for you.`;
  const counts = new Map<string, number>();
  for (const e of out) {
    const kind = e.reason.replace(/:.*$/, '').replace(/ since .*$/, '').replace(/\(.*\)/, '').trim();
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return `${out.length} of its tools are ruled out, most because they are ${top![0]} (for example ${out.slice(0, 3).map((e) => e.name).join(', ')}). Relax that constraint, or build or buy outside the catalogue.`;
}
