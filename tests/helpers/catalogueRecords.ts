/**
 * Catalogue records (src/lib/catalogue) for unit tests, made by pushing plain
 * frontmatter through the real ToolSchema and toCatalogueTool — so fixtures
 * can never drift from what the site builds.
 */
import { parse } from 'yaml';
import { ToolSchema, type Tool, type ToolInput } from '../../src/schemas/tool.ts';
import { toCatalogueTool } from '../../src/lib/catalogue/toCatalogueTool.ts';
import type { CatalogueTool } from '../../src/lib/catalogue/catalogueTool.ts';
import type { CompareTool } from '../../src/lib/compare/buildCompareTable.ts';
import { toolSource } from './contentFixture.ts';

/** The shared valid entry of contentFixture.ts, as data. */
const BASE = parse(toolSource().split('---\n')[1]!) as ToolInput;

export function parseTool(overrides: Partial<ToolInput> = {}): Tool {
  return ToolSchema.parse({ ...BASE, ...(overrides.hosting === 'saas' ? { airGapped: 'no' } : {}), ...overrides });
}

export function makeTool(id: string, overrides: Partial<ToolInput> = {}): CatalogueTool {
  return toCatalogueTool(id, parseTool(overrides));
}

export function makeCompareTool(id: string, overrides: Partial<ToolInput> = {}): CompareTool {
  const data = parseTool(overrides);
  return {
    ...toCatalogueTool(id, data),
    position: data.position,
    ringRationale: data.ringRationale,
    statusNote: data.status.note ?? null,
    statusDate: data.status.date ? data.status.date.toISOString().slice(0, 10) : null,
    website: data.website,
    sources: data.sources,
  };
}

/** A small, varied catalogue: every facet has at least two values in use. */
export function sampleCatalogue(): CatalogueTool[] {
  return [
    makeTool('mlflow', {
      name: 'MLflow', aliases: ['ML flow'], category: 'ml-project-frameworks', position: { artifact: 0.7, scope: 0.62 }, ring: 'assess', license: 'Apache-2.0',
      stages: ['model-training', 'model-evaluation', 'deployment'], capabilities: ['experiment-tracking', 'model-registry'], personas: ['ml-researcher', 'ml-engineer'],
      hosting: 'both', firstRelease: 2018, lastReviewed: '2026-11-28',
    }),
    makeTool('dvc', {
      name: 'DVC', category: 'data-version-control', position: { artifact: 0.6, scope: 0.2 }, license: 'Apache-2.0', stages: ['data-acquisition', 'feature-engineering'],
      capabilities: ['data-versioning'], firstRelease: 2017, lastReviewed: '2026-10-01',
    }),
    makeTool('airflow', {
      name: 'Apache Airflow', category: 'data-orchestrators', position: { artifact: 0.3, scope: 0.3 }, ring: 'adopt', license: 'Apache-2.0',
      stages: ['data-acquisition', 'feature-engineering', 'model-training'], capabilities: ['pipeline-orchestration'], personas: ['software-engineer'], firstRelease: 2015,
    }),
    makeTool('amazon-sagemaker', {
      name: 'Amazon SageMaker', category: 'vendor-ai-platforms', position: { artifact: 0.4, scope: 0.8 }, license: 'proprietary', offering: 'managed-service', hosting: 'saas',
      clouds: ['aws'], stages: ['model-training', 'deployment', 'monitoring'], capabilities: ['model-serving', 'managed-compute'], personas: ['ml-engineer'],
    }),
    makeTool('floydhub', {
      name: 'FloydHub', category: 'ml-focused-iaas', position: { artifact: 0.35, scope: 0.7 }, ring: 'hold', license: 'proprietary', offering: 'commercial', hosting: 'saas',
      status: { state: 'discontinued', date: '2021-08-20', note: 'Shut down in 2021.', successor: 'none' }, capabilities: ['managed-compute'], firstRelease: 2016, lastReviewed: '2025-01-15',
    }),
    makeTool('weights-and-biases', {
      name: 'Weights & Biases', aliases: ['W&B', 'wandb'], category: 'experimentation-platforms', license: 'proprietary', offering: 'commercial', hosting: 'both',
      stages: ['model-training', 'model-evaluation'], capabilities: ['experiment-tracking', 'hyperparameter-tuning'], lastReviewed: '2026-11-28',
    }),
  ];
}
