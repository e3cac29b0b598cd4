/**
 * The framework's fixed ids (shared/framework.md). They are part of the site's
 * URLs, the questionnaire's public query-string contract and every content
 * entry, so they live here once and every schema imports them.
 */

/** Lifecycle stages, in loop order. */
export const STAGE_IDS = [
  'data-acquisition',
  'feature-engineering',
  'model-training',
  'model-evaluation',
  'deployment',
  'functional-testing',
  'monitoring',
  'feedback-collection',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Which loop a stage belongs to. */
export const LOOP_IDS = ['shared', 'model', 'application'] as const;
export type LoopId = (typeof LOOP_IDS)[number];

export const QUADRANT_IDS = [
  'cloud-platforms',
  'ml-platforms',
  'specialized-ml-tools',
  'standard-swe-tools',
] as const;
export type QuadrantId = (typeof QUADRANT_IDS)[number];

export const RING_IDS = ['adopt', 'trial', 'assess', 'hold'] as const;
export type RingId = (typeof RING_IDS)[number];

export const PERSONA_IDS = ['ml-researcher', 'software-engineer', 'ml-engineer'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

/**
 * Categories with the quadrant they belong to and the ring the essay gives them.
 * The quadrant of a tool is derived from its category through this table.
 */
export const CATEGORY_TABLE = {
  'general-cloud-providers': { quadrant: 'cloud-platforms', ring: 'adopt' },
  'vendor-ai-platforms': { quadrant: 'cloud-platforms', ring: 'trial' },
  'big-data-iaas': { quadrant: 'cloud-platforms', ring: 'trial' },
  'ml-focused-iaas': { quadrant: 'cloud-platforms', ring: 'trial' },
  'high-coverage-saas': { quadrant: 'ml-platforms', ring: 'assess' },
  'ml-project-frameworks': { quadrant: 'ml-platforms', ring: 'assess' },
  'ml-task-orchestrators': { quadrant: 'ml-platforms', ring: 'assess' },
  'no-code-ml-platforms': { quadrant: 'ml-platforms', ring: 'hold' },
  'custom-ml-platforms': { quadrant: 'ml-platforms', ring: 'hold' },
  'experimentation-platforms': { quadrant: 'specialized-ml-tools', ring: 'trial' },
  'data-version-control': { quadrant: 'specialized-ml-tools', ring: 'trial' },
  'single-component-ml-tools': { quadrant: 'specialized-ml-tools', ring: 'trial' },
  'data-orchestrators': { quadrant: 'standard-swe-tools', ring: 'adopt' },
  'ci-cd-pipelines': { quadrant: 'standard-swe-tools', ring: 'adopt' },
  'common-swe-stack': { quadrant: 'standard-swe-tools', ring: 'adopt' },
} as const satisfies Record<string, { quadrant: QuadrantId; ring: RingId }>;

export type CategoryId = keyof typeof CATEGORY_TABLE;
export const CATEGORY_IDS = Object.keys(CATEGORY_TABLE) as [CategoryId, ...CategoryId[]];

/** Clouds a tool can be tied to, and the questionnaire's `cloud` answers. */
export const CLOUD_IDS = ['aws', 'gcp', 'azure'] as const;
export type CloudId = (typeof CLOUD_IDS)[number];

/** Where a position on the plane falls. Both axes run 0..1; 0.5 belongs to the model / all-in-one side. */
export function quadrantOf(position: { artifact: number; scope: number }): QuadrantId {
  const model = position.artifact >= 0.5;
  const allInOne = position.scope >= 0.5;
  if (allInOne) return model ? 'ml-platforms' : 'cloud-platforms';
  return model ? 'specialized-ml-tools' : 'standard-swe-tools';
}

/** The quadrant a category belongs to. */
export function quadrantOfCategory(category: CategoryId): QuadrantId {
  return CATEGORY_TABLE[category].quadrant;
}

/**
 * The questionnaire's public URL contract (framework.md §5): these query keys
 * and their values never change. Other questions may add keys; these must exist
 * with exactly these option ids.
 */
export const URL_CONTRACT = {
  team: PERSONA_IDS,
  stages: STAGE_IDS,
  scope: ['piecemeal', 'all-in-one', 'unsure'],
  cloud: ['aws', 'gcp', 'azure', 'other', 'none'],
  'core-business': ['yes', 'no'],
  workload: ['tabular', 'vision', 'text', 'time-series', 'llm-apps', 'llm-training'],
  kubernetes: ['none', 'managed', 'self-managed'],
  serving: ['batch', 'online', 'hosted-api', 'edge', 'none'],
  'air-gapped': ['yes', 'no'],
  regulated: ['yes', 'no'],
} as const satisfies Record<string, readonly string[]>;
