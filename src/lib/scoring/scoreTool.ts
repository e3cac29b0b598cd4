/**
 * Score one tool for one team: a sum of explained contributions, or an
 * exclusion with its reason when a hard constraint rules the tool out.
 * Every number comes from config/scoring.json.
 */
import type { ScoringConfig } from '../../schemas/scoring.ts';
import { CLOUD_NAMES, isAllInOne, type TeamContext } from './context.ts';
import type { Catalogue, Reason, ScoringTool } from './types.ts';
import type { Need } from './needs.ts';

export type ToolScore = { excluded: string } | { excluded?: undefined; score: number; reasons: Reason[] };

/** The generic concerns as a set, built once per configuration. */
const genericCache = new WeakMap<object, Set<string>>();
function genericOf(w: ScoringConfig): Set<string> {
  let set = genericCache.get(w);
  if (!set) {
    set = new Set(w.needs.generic);
    genericCache.set(w, set);
  }
  return set;
}

/** Name lookups built once per catalogue, not once per tool (large catalogues score thousands of tools). */
export { namesOf };
const nameCache = new WeakMap<object, { concerns: Map<string, string>; stages: Map<string, string> }>();
function namesOf(catalogue: Pick<Catalogue, 'concerns' | 'stages'>) {
  let names = nameCache.get(catalogue);
  if (!names) {
    names = { concerns: new Map(catalogue.concerns.map((c) => [c.id, c.name])), stages: new Map(catalogue.stages.map((s) => [s.id, s.name])) };
    nameCache.set(catalogue, names);
  }
  return names;
}

const CONCERN_LABEL: Record<string, string> = { goals: 'goal', frustrations: 'frustration', 'pain-points': 'pain point' };
const IAAS = new Set(['big-data-iaas', 'ml-focused-iaas']);
const SERVING = ['model-serving', 'llm-serving'];
const AUDIT = ['model-registry', 'lineage-metadata', 'data-versioning', 'explainability', 'model-monitoring'];
const WORKLOAD_NAMES: Record<string, string> = { tabular: 'tabular', vision: 'computer-vision', text: 'NLP', 'time-series': 'time-series', 'llm-apps': 'LLM-application', 'llm-training': 'LLM-training' };

/**
 * The hard constraints, in the order a practitioner would check them. Each
 * returns the reason a person reads; "unknown" facts never exclude.
 */
export function hardConstraint(tool: ScoringTool, ctx: TeamContext): string | undefined {
  if (tool.status.state === 'discontinued') return `discontinued${tool.status.date ? ` since ${tool.status.date}` : ''}${tool.status.note ? `: ${tool.status.note}` : ''}`;
  if (tool.status.state === 'deprecated') return `deprecated${tool.status.date ? ` since ${tool.status.date}` : ''}${tool.status.note ? `: ${tool.status.note}` : ''}`;
  if (ctx.airGapped && (tool.hosting === 'saas' || tool.airGapped === 'no')) return tool.hosting === 'saas' ? 'only available as a hosted service, and you must run air-gapped' : 'needs an internet connection or a vendor service, and you must run air-gapped';
  if (ctx.hosting === 'self-hosted' && tool.hosting === 'saas') return 'only available as a hosted service, and you need to self-host';
  if (ctx.openSource === 'required' && !tool.openSource) {
    const licences = tool.nonOsiLicences.join(', ');
    return licences === 'proprietary' ? 'not open source (proprietary)' : `not open source: ${licences} is not an OSI-approved licence${tool.nonOsiLicences.includes('proprietary') ? '' : ' (source-available)'}`;
  }
  if (ctx.budget === 'none' && (tool.pricing === 'paid-licence' || tool.pricing === 'usage-billed')) return tool.pricing === 'paid-licence' ? 'needs a paid licence, and you have no budget for tools' : 'billed by use, and you have no budget for tools';
  if (ctx.budget === 'none' && tool.offering === 'commercial' && tool.pricing === 'unknown') return 'a commercial product, and you have no budget for tools';
  if (ctx.kubernetes === 'none' && tool.kubernetes === 'required') return 'needs Kubernetes, and you do not run it';
  if (ctx.workloads.length && !tool.workloads.includes('all') && !tool.workloads.includes('unknown') && !tool.workloads.some((wl) => ctx.workloads.includes(wl))) {
    return `built for ${tool.workloads.map((wl) => WORKLOAD_NAMES[wl] ?? wl).join(' and ')} work, which you do not do`;
  }
  if (tool.clouds.length && tool.category !== 'general-cloud-providers') {
    const names = tool.clouds.map((c) => CLOUD_NAMES[c] ?? c).join(', ');
    if (ctx.cloud === 'aws' || ctx.cloud === 'gcp' || ctx.cloud === 'azure') {
      if (!tool.clouds.includes(ctx.cloud)) return `tied to ${names}, and you are on ${CLOUD_NAMES[ctx.cloud]}`;
    } else if (ctx.cloud === 'other' || ctx.cloud === 'none') return `tied to ${names}, and you are not on ${tool.clouds.length === 1 ? 'it' : 'any of them'}`;
  }
  if (tool.category === 'general-cloud-providers' && (ctx.cloud === 'aws' || ctx.cloud === 'gcp' || ctx.cloud === 'azure') && tool.clouds.length && !tool.clouds.includes(ctx.cloud)) return `a second general cloud next to ${CLOUD_NAMES[ctx.cloud]} adds cost and complexity`;
  return undefined;
}
const PERSONA_PLURAL: Record<string, string> = { 'ml-researcher': 'ML researchers', 'software-engineer': 'software engineers', 'ml-engineer': 'ML engineers' };

/**
 * @example scoreTool(mlflow, readContext({ 'pain-points': ['lost-experiments'] }), catalogue, weights)
 *   // → { score: 9, reasons: [{ rule: 'concern', text: 'addresses your pain point “Losing track of experiments” (strength 3)', points: 9 }] }
 */
export function scoreTool(tool: ScoringTool, ctx: TeamContext, catalogue: Pick<Catalogue, 'concerns' | 'stages'>, w: ScoringConfig, currentYear: number, needs: readonly Need[] = []): ToolScore {
  // Tools the team already runs are exempt from the hard constraints: they are kept, not excluded.
  const incumbent = ctx.using.includes(tool.id);
  const excluded = incumbent ? undefined : hardConstraint(tool, ctx);
  if (excluded) return { excluded };

  const names = namesOf(catalogue);
  const reasons: Reason[] = [];
  const add = (rule: string, text: string, points: number) => {
    if (points !== 0) reasons.push({ rule, text, points });
  };
  const allInOne = isAllInOne(tool);

  if (incumbent) add('incumbent', 'you already run it: keep it and build around it', w.needs.weights.incumbent);
  const generic = genericOf(w);
  for (const concern of ctx.concerns) {
    const match = tool.addresses.find((a) => a.concern === concern.id);
    if (!match) continue;
    const name = names.concerns.get(concern.id) ?? concern.id;
    // A generic concern (tool sprawl, lock-in) must not lift a niche tool above the obvious choice.
    const factor = generic.has(concern.id) ? w.needs.weights.genericConcernFactor : 1;
    add('concern', `addresses your ${CONCERN_LABEL[concern.question] ?? 'concern'} “${name}” (strength ${match.strength})`, Math.round(w.perConcernStrength * match.strength * factor));
  }
  const met = needs.filter((need) => tool.capabilities.includes(need.capability)).slice(0, w.needs.weights.maxNeededCapabilities);
  // The first need met counts fully, each further one half: covering many jobs is a plus, not a trump card.
  if (met.length) add('need', `does what you need: ${met.map((need) => `${need.capability.replace(/-/g, ' ')} (${need.because})`).join('; ')}`, Math.round(w.needs.weights.neededCapability * (1 + (met.length - 1) / 2)));
  // The editors' prior: proven tools first, all else being equal.
  if (tool.ring === 'adopt') add('proven', 'the editors rate it Adopt: proven in production', w.needs.weights.adoptPrior);
  else if (tool.ring === 'trial') add('proven', 'the editors rate it Trial: worth a real project', w.needs.weights.trialPrior);
  if (tool.firstRelease !== undefined && currentYear - tool.firstRelease >= 5) add('track-record', `a track record since ${tool.firstRelease}`, w.needs.weights.trackRecord);
  // Community and liveness, read from the repository's own history.
  if (tool.maturity && !tool.maturity.dormant) {
    const people = tool.maturity.contributors12m;
    if (people >= w.needs.weights.largeCommunity) add('community', `a large, active community (${people} contributors in the year to ${tool.maturity.countedTo})`, w.needs.weights.largeCommunityPoints);
    else if (people >= w.needs.weights.community) add('community', `an active community (${people} contributors in the year to ${tool.maturity.countedTo})`, w.needs.weights.communityPoints);
  }
  if (tool.maturity?.dormant && !ctx.using.includes(tool.id)) add('dormant', `looks dormant: ${tool.maturity.latestRelease ? `latest release ${tool.maturity.latestRelease}` : `newest commit ${tool.maturity.lastCommit}`}, nothing newer in 18 months`, -w.needs.weights.dormant);

  const painful = ctx.painfulStages.filter((stage) => tool.stages.includes(stage));
  if (painful.length) {
    const stageNames = painful.map((id) => names.stages.get(id) ?? id);
    add('stage', `serves ${painful.length === 1 ? 'a stage' : 'stages'} that hurt${painful.length === 1 ? 's' : ''}: ${stageNames.join(', ')}`, Math.min(w.maxStagePoints, w.perPainfulStage * painful.length));
  }

  const personas = ctx.team.filter((p) => tool.personas.includes(p));
  if (personas.length) add('persona', `built for the ${personas.map((p) => PERSONA_PLURAL[p]).join(' and ')} on your team`, w.perPersona * personas.length);

  if (ctx.scope === 'piecemeal' || ctx.scope === 'all-in-one') {
    const wantsAll = ctx.scope === 'all-in-one';
    if (allInOne === wantsAll) add('scope', wantsAll ? 'all-in-one, as you want' : 'does one job, as you prefer separate tools', w.scopeMatch);
    else add('scope', wantsAll ? 'covers only part of the lifecycle; you want one platform' : 'an all-in-one platform; you prefer separate tools', -w.scopeMismatch);
  }

  if (ctx.commit === 'no') {
    if (allInOne && tool.quadrant === 'ml-platforms') add('no-commit', 'an all-in-one platform, and you do not want to hard-commit to one way of working', -w.noCommitAllInOne);
    else if (tool.quadrant === 'specialized-ml-tools') add('no-commit', 'specialised and easy to swap out, which suits a team that keeps its options open', w.noCommitSpecialized);
  }

  if (allInOne && tool.quadrant === 'ml-platforms') {
    if (tool.firstRelease === undefined) add('platform-age', 'all-in-one, and we could not confirm how long it has existed', -w.unknownAgePlatform);
    else if (currentYear - tool.firstRelease < w.youngPlatformYears) add('young-platform', `all-in-one and younger than ${w.youngPlatformYears} years (first release ${tool.firstRelease})`, -w.youngPlatform);
  }

  // A general cloud provider is the cloud itself, not a tool tied to one, so it gets its own cloud rule below.
  if (tool.clouds.length && tool.category !== 'general-cloud-providers') {
    const cloudNames = tool.clouds.map((c) => CLOUD_NAMES[c] ?? c).join(', ');
    if (ctx.cloud === 'aws' || ctx.cloud === 'gcp' || ctx.cloud === 'azure') {
      if (tool.clouds.includes(ctx.cloud)) {
        if (tool.clouds.length < 3) add('your-cloud', `runs on ${CLOUD_NAMES[ctx.cloud]}, the cloud you already use`, w.yourCloud);
      } else add('other-cloud', `tied to ${cloudNames}; you are on ${CLOUD_NAMES[ctx.cloud]}`, -w.otherCloud);
    } else if (ctx.cloud === 'other' || ctx.cloud === 'none') {
      add('cloud-tied', `tied to ${cloudNames}, and you are not on a major cloud`, -w.cloudTiedNoCloud);
    }
  } else if (tool.category === 'general-cloud-providers' && tool.clouds.length) {
    if (ctx.cloud === 'aws' || ctx.cloud === 'gcp' || ctx.cloud === 'azure') {
      if (tool.clouds.includes(ctx.cloud)) add('your-cloud', `${CLOUD_NAMES[ctx.cloud]} is the cloud you already run on`, w.yourCloud);
      else add('other-cloud', `a second general cloud next to ${CLOUD_NAMES[ctx.cloud]} adds cost and complexity`, -w.otherCloud);
    }
  }

  if (IAAS.has(tool.category)) {
    if (ctx.separateInfra === 'yes') add('separate-infra', 'gives data science its own infrastructure, as you want', w.separateInfraMatch);
    if (ctx.separateInfra === 'no') add('separate-infra', 'separate data-science infrastructure; you want one stack', -w.separateInfraUnwanted);
    if (ctx.managedServices === 'heavy' && ctx.separateInfra !== 'no') add('managed-services', "hard to integrate with your cloud's specialised managed services", -w.separateInfraManagedPenalty);
  }

  const selfHostedPlatform = allInOne && tool.hosting === 'self-hosted';
  if (ctx.coreBusiness === 'no') {
    if (tool.quadrant === 'specialized-ml-tools') add('buy-specialized', 'a specialised tool: buy these first when MLOps is not your core business', w.buySpecialized);
    if (selfHostedPlatform) add('operate-platform', 'you would operate a whole platform, and MLOps is not your core business', -w.operatePlatformNotCore);
  } else if (ctx.coreBusiness === 'yes' && tool.hosting !== 'saas' && (tool.offering === 'open-source' || tool.offering === 'open-core')) {
    add('build-friendly', 'open and self-hostable, a base you can build on since MLOps is your core business', w.buildFriendlyCore);
  }

  if ((ctx.teamSize === 'solo' || ctx.teamSize === 'small') && selfHostedPlatform) add('small-team', 'a self-hosted platform is a lot to operate for a small team', -w.smallTeamHeavyPlatform);
  if (ctx.hosting === 'managed' && tool.hosting !== 'self-hosted') add('managed', 'available as a managed service, as you prefer', w.preferManaged);
  if (ctx.openSource === 'preferred' && tool.openSource) add('open-source', `open source (${tool.license}), as you prefer`, w.preferOpenSource);
  if (ctx.budget === 'small' && tool.offering === 'commercial') add('budget', 'a commercial product, on a small budget', -w.smallBudgetCommercial);
  if (tool.status.state === 'acquired' || tool.status.state === 'deprecated') add('status', `${tool.status.state}${tool.status.date ? ` (${tool.status.date})` : ''}: check its future before relying on it`, -w.acquiredOrDeprecated);
  if (tool.ring === 'hold') add('hold', `the editors put it on hold: ${tool.ringRationale}`, -w.holdCategory);

  // Facts that decide, where the team told us its situation. Unknown facts cost a little, never count as a fact.
  if (ctx.airGapped && tool.airGapped === 'unknown') add('air-gap-unknown', 'we could not confirm that it runs air-gapped', -w.needs.weights.unknownAirGap);
  if (ctx.budget === 'none' && tool.pricing === 'unknown') add('pricing-unknown', 'we could not confirm that it is free', -w.needs.weights.unknownPricing);
  if (ctx.kubernetes === 'none' && tool.kubernetes === 'optional') add('kubernetes-optional', 'runs without Kubernetes, though its production docs often assume it', -w.needs.weights.kubernetesOptional);
  if (ctx.workloads.length && tool.workloads.some((wl) => ctx.workloads.includes(wl))) add('workload', `built for your ${tool.workloads.filter((wl) => ctx.workloads.includes(wl)).join(' and ')} work`, w.needs.weights.workloadMatch);
  if (ctx.serving.includes('none') && SERVING.some((c) => tool.capabilities.includes(c)) && !tool.capabilities.some((c) => !SERVING.includes(c))) add('no-serving', 'a serving tool, and your models do not reach users yet', -w.needs.weights.notServing);
  if (ctx.serving.includes('hosted-api') && tool.capabilities.includes('llm-gateway')) add('hosted-api', 'sits in front of the vendor model APIs you call', w.needs.weights.hostedApiGateway);
  if (ctx.serving.length && !ctx.serving.includes('online') && !ctx.serving.includes('edge') && tool.capabilities.includes('llm-serving') && !ctx.workloads.includes('llm-training')) add('self-hosted-llm', 'hosts models yourself; you call a hosted API or score in batches', -w.needs.weights.selfHostedLlm);
  if (ctx.regulated) {
    const audit = tool.capabilities.filter((c) => AUDIT.includes(c));
    if (audit.length) add('regulated', `gives the audit trail regulators ask for (${audit.join(', ')})`, w.needs.weights.regulatedAudit);
  }
  if (tool.leaveCost === 'high' && ctx.commit === 'no') add('leave-cost', 'hard to leave, and you keep your options open', -w.needs.weights.hardToLeave);
  if (tool.leaveCost === 'low' && ctx.commit === 'no') add('leave-cost', 'easy to swap out later', w.needs.weights.easyToLeave);

  const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return { score, reasons };
}
