/**
 * What a team needs, as an editorial table (the `needs` section of config/scoring.json): which
 * capabilities each pain point, painful stage (per workload), workload,
 * serving mode and regulation calls for. The recommender ranks a tool only for
 * a need the team has, and builds the stack one tool per needed capability.
 * docs/questionnaire.md explains every row.
 */
import { z } from 'astro/zod';
import { STAGE_IDS } from './ids.ts';

const Capabilities = z.array(z.string().regex(/^[a-z0-9-]+$/)).describe('Capability ids (content/capabilities).');

export const NeedsConfigSchema = z.strictObject({
  generic: z.array(z.string()).describe('Concerns too general to make a tool relevant on their own (tool sprawl, lock-in): they count at a fraction of their weight.'),
  concerns: z.record(z.string(), Capabilities).describe('Concern id → the capabilities that answer it.'),
  stages: z.record(z.enum(STAGE_IDS), z.record(z.string(), Capabilities)).describe('Painful stage → workload (or "default") → the capabilities that relieve it.'),
  workloads: z.record(z.string(), Capabilities).describe('Workload → capabilities every team with it needs.'),
  serving: z.record(z.string(), Capabilities).describe('Serving answer → capabilities it needs.'),
  regulated: Capabilities.describe('Capabilities a regulated team needs.'),
  weights: z.strictObject({
    neededCapability: z.number().min(0).max(100).describe('Points per needed capability the tool provides.'),
    maxNeededCapabilities: z.number().int().min(1).max(10).describe('At most this many needed capabilities count.'),
    genericConcernFactor: z.number().min(0).max(1).describe('Share of the usual concern points a generic concern earns.'),
    incumbent: z.number().min(0).max(200).describe('Points for a tool the team already runs, so the stack reuses it.'),
    integratesWithIncumbent: z.number().min(0).max(100).describe('Points per incumbent a tool integrates with.'),
    duplicatesIncumbent: z.number().min(0).max(100).describe('Penalty for a tool whose needed job an incumbent already does.'),
    adoptPrior: z.number().min(0).max(100).describe("Points for a tool the editors rate Adopt."),
    trialPrior: z.number().min(0).max(100).describe("Points for a tool the editors rate Trial."),
    trackRecord: z.number().min(0).max(100).describe('Points for a tool first released at least five years ago.'),
    community: z.number().int().min(1).describe('Contributors in the last year from which a project counts as having an active community.'),
    communityPoints: z.number().min(0).max(100).describe('Points for an active community.'),
    largeCommunity: z.number().int().min(1).describe('Contributors in the last year from which a community counts as large.'),
    largeCommunityPoints: z.number().min(0).max(100).describe('Points for a large, active community.'),
    dormant: z.number().min(0).max(100).describe('Penalty for a project with no release (or commit) in 18 months, or an archived one.'),
    diversity: z.number().min(0).max(100).describe('How many points a tool loses, when ordering the top of the ranking, for each tool above it that already does its main job.'),
    workloadMatch: z.number().min(0).max(100).describe('Points for a tool built for one of the team\'s workloads (rather than for any).'),
    unknownAirGap: z.number().min(0).max(100).describe('Penalty, for an air-gapped team, for a tool whose air-gap support we could not confirm.'),
    unknownPricing: z.number().min(0).max(100).describe("Penalty, for a team with no budget, for a tool whose pricing we could not confirm."),
    kubernetesOptional: z.number().min(0).max(100).describe("Small penalty, for a team without Kubernetes, for a tool that runs without it but also offers a Kubernetes install (its docs for production often assume one)."),
    notServing: z.number().min(0).max(100).describe("Penalty for a pure serving tool when the team does not serve models yet."),
    hostedApiGateway: z.number().min(0).max(100).describe("Points for an LLM gateway when the team calls a vendor model API."),
    selfHostedLlm: z.number().min(0).max(100).describe("Penalty for self-hosted LLM serving when the team only calls hosted APIs or scores in batches."),
    regulatedAudit: z.number().min(0).max(100).describe("Points, for a regulated team, for a tool with registry, lineage, versioning, explainability or monitoring."),
    hardToLeave: z.number().min(0).max(100).describe("Penalty for a hard-to-leave tool when the team will not hard-commit."),
    easyToLeave: z.number().min(0).max(100).describe("Points for an easy-to-leave tool when the team will not hard-commit."),
    notRelevantFitCap: z.number().min(0).max(100).describe('Highest fit a tool can show when it serves no need the team named.'),
  }),
});
export type NeedsConfig = z.output<typeof NeedsConfigSchema>;
