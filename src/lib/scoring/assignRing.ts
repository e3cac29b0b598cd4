/**
 * Rings for one team. Each category starts in the essay's ring (framework.md
 * §4) and moves only when the team's context gives a reason; each tool then
 * starts from its category's ring for this team (or the editors' own ring when
 * they deviate from the category) and moves for tool-level reasons. Every move
 * is explained.
 */
import { CATEGORY_TABLE, type CategoryId, type RingId } from '../../schemas/ids.ts';
import { CLOUD_NAMES, isAllInOne, type TeamContext } from './context.ts';
import type { ScoringConfig } from '../../schemas/scoring.ts';
import type { ScoringTool } from './types.ts';

const PLATFORM_CATEGORIES = new Set<CategoryId>(['high-coverage-saas', 'ml-project-frameworks', 'ml-task-orchestrators']);
const IAAS = new Set<CategoryId>(['big-data-iaas', 'ml-focused-iaas']);

export interface CategoryRing {
  category: CategoryId;
  ring: RingId;
  essayRing: RingId;
  reason: string | null;
}

/** @example categoryRing('vendor-ai-platforms', readContext({ cloud: ['none'] })).ring // → 'assess' */
export function categoryRing(category: CategoryId, ctx: TeamContext): CategoryRing {
  const essayRing = CATEGORY_TABLE[category].ring;
  const move = (ring: RingId, reason: string): CategoryRing => ({ category, ring, essayRing, reason });
  if (PLATFORM_CATEGORIES.has(category)) {
    if (ctx.commit === 'yes' && ctx.scope === 'all-in-one') return move('trial', 'you are ready to commit to one platform: trial one on a low-risk, mid-sized project');
  }
  if (IAAS.has(category)) {
    if (ctx.separateInfra === 'no') return move('assess', 'you want one stack, and these keep data science on separate infrastructure');
    if (ctx.managedServices === 'heavy') return move('assess', "integration is hard when you rely heavily on your cloud's specialised managed services, and security needs a review");
  }
  if (category === 'vendor-ai-platforms' && (ctx.cloud === 'other' || ctx.cloud === 'none')) {
    return move('assess', 'you are not on a major cloud; adopting a vendor AI platform means adopting its cloud first');
  }
  return { category, ring: essayRing, essayRing, reason: null };
}

const ORDER: RingId[] = ['adopt', 'trial', 'assess', 'hold'];
/** The more cautious of two rings. */
const atMost = (ring: RingId, limit: RingId): RingId => (ORDER.indexOf(ring) >= ORDER.indexOf(limit) ? ring : limit);

export function assignRing(tool: ScoringTool, ctx: TeamContext, categoryRings: Map<CategoryId, CategoryRing>, w: ScoringConfig, currentYear: number): { ring: RingId; reasons: string[] } {
  const category = categoryRings.get(tool.category) ?? categoryRing(tool.category, ctx);
  const reasons: string[] = [];
  let ring: RingId;
  if (tool.ring !== category.essayRing) {
    ring = tool.ring;
    reasons.push(`${cap(tool.ring)}: the editors' ring for this tool (its category is in ${cap(category.essayRing)}): ${tool.ringRationale}`);
  } else {
    ring = category.ring;
    reasons.push(`${cap(category.essayRing)}: the essay's ring for its category`);
    if (category.reason) reasons.push(`→ ${cap(category.ring)}: ${category.reason}`);
  }
  const moveTo = (next: RingId, why: string) => {
    if (next === ring) return;
    reasons.push(`→ ${cap(next)}: ${why}`);
    ring = next;
  };

  if (tool.clouds.length && (ctx.cloud === 'aws' || ctx.cloud === 'gcp' || ctx.cloud === 'azure')) {
    const cloud = CLOUD_NAMES[ctx.cloud]!;
    if (!tool.clouds.includes(ctx.cloud)) moveTo('hold', `tied to ${tool.clouds.map((c) => CLOUD_NAMES[c]).join(', ')}, and you are on ${cloud}`);
    else if (tool.category === 'general-cloud-providers') moveTo('adopt', `${cloud} is the cloud you already run on`);
    else if (tool.category === 'vendor-ai-platforms' && tool.clouds.length < 3 && ring !== 'hold') {
      const why = `a low-friction trial because you already use ${cloud}; vendor offerings change often, so keep watching`;
      if (ring === 'trial') reasons.push(`Trial fits: ${why}`);
      else moveTo('trial', why);
    }
  } else if (tool.category === 'general-cloud-providers' && (ctx.cloud === 'aws' || ctx.cloud === 'gcp' || ctx.cloud === 'azure')) {
    moveTo('hold', `you are on ${CLOUD_NAMES[ctx.cloud]}; a second general cloud adds cost and complexity`);
  }
  // Not committing to one platform is about how hard a tool is to leave, not about its category.
  if (ctx.commit === 'no' && tool.leaveCost === 'high') {
    const why = 'hard to leave, and you do not want to hard-commit to one way of working: assess it on a spike before building on it';
    if (atMost(ring, 'assess') === ring) reasons.push(`${cap(ring)} fits: ${why}`);
    else moveTo('assess', why);
  }
  if (isAllInOne(tool) && tool.quadrant === 'ml-platforms' && tool.firstRelease !== undefined && currentYear - tool.firstRelease < w.youngPlatformYears) {
    moveTo(atMost(ring, 'assess'), `an all-in-one platform younger than ${w.youngPlatformYears} years: check its age and community before committing`);
  }
  if (tool.maturity?.dormant) moveTo('hold', `no release in 18 months${tool.maturity.latestRelease ? ` (latest ${tool.maturity.latestRelease})` : ''}: no harm keeping it on existing projects, think twice before new ones`);
  if (tool.status.state === 'deprecated') moveTo('hold', `deprecated${tool.status.date ? ` since ${tool.status.date}` : ''}: keep it on existing projects, think twice before new ones`);
  // A Trial needs a low-risk project to run in (framework.md §4).
  if (ring === 'trial' && ctx.trialPlace === 'none') moveTo('assess', 'you have no low-risk project to trial it on: assess it first with a short spike or research project');
  else if (ring === 'trial' && ctx.trialPlace) reasons.push(`Trial it on your ${ctx.trialPlace === 'greenfield' ? 'internal greenfield project' : 'internal, non-client-facing work'}, watching for limits and changes.`);
  return { ring, reasons };
}

function cap(ring: string): string {
  return ring.charAt(0).toUpperCase() + ring.slice(1);
}
