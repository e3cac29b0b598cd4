/**
 * Read the answers once into a typed context the rules can use. Unknown or
 * missing answers fall back to "no preference" so every rule stays neutral.
 */
import type { Answers } from './types.ts';
import type { CloudId, PersonaId, StageId } from '../../schemas/ids.ts';

export interface TeamContext {
  team: PersonaId[];
  painfulStages: StageId[];
  cloud: CloudId | 'other' | 'none' | null;
  managedServices: 'heavy' | 'some' | 'none' | null;
  teamSize: 'solo' | 'small' | 'medium' | 'large' | null;
  concerns: { id: string; question: string }[];
  scope: 'piecemeal' | 'all-in-one' | 'unsure' | null;
  hosting: 'any' | 'self-hosted' | 'managed' | null;
  openSource: 'required' | 'preferred' | 'no-preference' | null;
  budget: 'none' | 'small' | 'flexible' | null;
  commit: 'yes' | 'no' | 'unsure' | null;
  separateInfra: 'yes' | 'no' | 'unsure' | null;
  trialPlace: 'greenfield' | 'internal' | 'none' | null;
  coreBusiness: 'yes' | 'no' | null;
  workloads: string[];
  kubernetes: 'none' | 'managed' | 'self-managed' | null;
  serving: string[];
  airGapped: boolean;
  regulated: boolean;
  /** Ids of tools the team already runs (the `using` key); unknown ids are dropped by the caller. */
  using: string[];
}

const one = <T extends string>(answers: Answers, key: string): T | null => (answers[key]?.[0] as T | undefined) ?? null;

/** @example readContext({ cloud: ['aws'], team: ['ml-researcher'] }).cloud // → 'aws' */
export function readContext(answers: Answers): TeamContext {
  const concerns = ['goals', 'frustrations', 'pain-points'].flatMap((question) => (answers[question] ?? []).map((id) => ({ id, question })));
  return {
    team: [...(answers.team ?? [])] as PersonaId[],
    painfulStages: [...(answers.stages ?? [])] as StageId[],
    cloud: one(answers, 'cloud'),
    managedServices: one(answers, 'managed-services'),
    teamSize: one(answers, 'team-size'),
    concerns,
    scope: one(answers, 'scope'),
    hosting: one(answers, 'hosting'),
    openSource: one(answers, 'open-source'),
    budget: one(answers, 'budget'),
    commit: one(answers, 'commit'),
    separateInfra: one(answers, 'separate-infra'),
    trialPlace: one(answers, 'trial-place'),
    coreBusiness: one(answers, 'core-business'),
    workloads: [...(answers.workload ?? [])],
    kubernetes: one(answers, 'kubernetes'),
    serving: [...(answers.serving ?? [])],
    airGapped: one(answers, 'air-gapped') === 'yes',
    regulated: one(answers, 'regulated') === 'yes',
    using: [...(answers.using ?? [])],
  };
}

export const CLOUD_NAMES: Record<string, string> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };

export const isAllInOne = (tool: { position: { scope: number } }) => tool.position.scope >= 0.5;
