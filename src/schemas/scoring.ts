/**
 * Scoring weights for the questionnaire (config/scoring.json). Every knob of the
 * recommendation engine lives here, validated, so tuning never touches code.
 * Points are added to a tool's score; penalties are written as positive numbers
 * and subtracted.
 */
import { z } from 'astro/zod';
import { PERSONA_IDS } from './ids.ts';
import { NeedsConfigSchema } from './needs.ts';

const points = (what: string) => z.number().min(0).max(100).describe(what);
const PlanePoint = z.strictObject({ artifact: z.number().min(0).max(1), scope: z.number().min(0).max(1) });

export const ScoringConfigSchema = z.strictObject({
  perConcernStrength: points('Points per strength unit when a tool addresses a concern the team picked (strength 1–3).'),
  perPainfulStage: points('Points for each painful stage the tool serves.'),
  maxStagePoints: points('Cap on the points from painful stages.'),
  perPersona: points('Points for each of the team\'s personas the tool serves.'),
  scopeMatch: points('Points when the tool\'s scope matches the desired scope (piecemeal or all-in-one).'),
  scopeMismatch: points('Penalty when it does not.'),
  noCommitAllInOne: points('Penalty for an all-in-one tool when the team will not hard-commit.'),
  noCommitSpecialized: points('Points for a specialised (piecemeal, model-side) tool when the team will not hard-commit.'),
  youngPlatform: points('Penalty for an all-in-one tool younger than `youngPlatformYears`.'),
  youngPlatformYears: z.number().int().min(1).max(10).describe('Age in years below which an all-in-one tool counts as young.'),
  unknownAgePlatform: points('Penalty for an all-in-one tool whose age is unknown.'),
  yourCloud: points('Points for a tool tied to the cloud the team is on.'),
  otherCloud: points('Penalty for a tool tied only to clouds the team is not on.'),
  cloudTiedNoCloud: points('Penalty for a cloud-tied tool when the team is on no major cloud.'),
  separateInfraMatch: points('Points for big-data / ML-focused IaaS when the team wants separate data-science infrastructure.'),
  separateInfraManagedPenalty: points('Penalty for that IaaS when the team relies heavily on its cloud\'s managed services.'),
  separateInfraUnwanted: points('Penalty for that IaaS when the team wants one stack.'),
  buySpecialized: points('Points for specialised tools when MLOps is not the core business (buy these first).'),
  operatePlatformNotCore: points('Penalty for a self-hosted all-in-one platform when MLOps is not the core business.'),
  buildFriendlyCore: points('Points for open, self-hostable tools when MLOps is the core business.'),
  smallTeamHeavyPlatform: points('Penalty for a self-hosted all-in-one platform for a team of up to ten.'),
  preferManaged: points('Points for vendor-hosted tools when the team prefers managed services.'),
  preferOpenSource: points('Points for open-source or open-core tools when preferred.'),
  smallBudgetCommercial: points('Penalty for commercial tools on a small budget.'),
  acquiredOrDeprecated: points('Penalty for a tool that was acquired or deprecated.'),
  holdCategory: points('Penalty for a tool whose editors\' ring is hold.'),
  stageRecommendations: z.number().int().min(1).max(10).describe('How many tools to recommend per lifecycle stage.'),
  radarSize: z.number().int().min(4).max(200).describe('How many top-ranked tools the personal radar shows.'),
  minimumScore: z.number().min(0).max(100).describe('A tool needs at least this score to be recommended for a stage or the stack.'),
  personaPositions: z.record(z.enum(PERSONA_IDS), PlanePoint).describe('Where each persona typically sits on the landscape plane.'),
  needs: NeedsConfigSchema,
});
export type ScoringConfig = z.output<typeof ScoringConfigSchema>;
