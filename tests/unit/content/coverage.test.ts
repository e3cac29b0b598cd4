/**
 * The knowledge base's promises (issue 3): coverage minimums across the
 * framework, and every tool the essay places present in the essay's category,
 * or present with its change (rename, acquisition, shutdown) documented.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import { CATEGORY_IDS, PERSONA_IDS, QUADRANT_IDS, STAGE_IDS, quadrantOfCategory, type CategoryId } from '../../../src/schemas/ids.ts';
import type { Tool } from '../../../src/schemas/tool.ts';

let tools: { id: string; data: Tool }[];
beforeAll(() => {
  const result = validateContent('content');
  expect(result.issues).toEqual([]);
  tools = result.entries.tools as unknown as { id: string; data: Tool }[];
});

/** framework.md §3: the essay's own placements, as entry ids. */
const ESSAY: Record<CategoryId, string[]> = {
  'general-cloud-providers': ['aws', 'google-cloud', 'microsoft-azure'],
  'vendor-ai-platforms': ['amazon-sagemaker', 'gcp-ai-platform', 'azure-machine-learning'],
  'big-data-iaas': ['cloudera', 'paperspace-core'],
  'ml-focused-iaas': ['domino-data-lab', 'paperspace-gradient', 'floydhub'],
  'high-coverage-saas': ['valohai', 'dagshub', 'clearml', 'polyaxon'],
  'ml-project-frameworks': ['kedro', 'mlflow', 'metaflow', 'flyte'],
  'ml-task-orchestrators': ['kubeflow', 'metaflow', 'flyte', 'spell'],
  'experimentation-platforms': ['weights-and-biases', 'comet'],
  'data-version-control': ['dvc', 'pachyderm'],
  'single-component-ml-tools': ['optuna', 'prodigy', 'deepnote', 'neptune', 'snorkel', 'label-studio', 'hyperopt', 'sigopt', 'katib', 'algorithmia'],
  'data-orchestrators': ['airflow', 'dagster', 'luigi', 'prefect'],
  'ci-cd-pipelines': ['tekton', 'argo-workflows', 'jenkins-x'],
  'common-swe-stack': ['git', 'docker', 'kubernetes'],
  'no-code-ml-platforms': [],
  'custom-ml-platforms': [],
};
const SPECULATIVE: CategoryId[] = ['no-code-ml-platforms', 'custom-ml-platforms'];

describe('catalogue coverage', () => {
  it('has at least 400 tools', () => {
    expect(tools.length).toBeGreaterThanOrEqual(400);
  });

  it.each(STAGE_IDS)('stage %s has at least 25 tools', (stage) => {
    expect(tools.filter((t) => t.data.stages.includes(stage)).length).toBeGreaterThanOrEqual(25);
  });

  it('every capability has at least 5 tools, and each capability belongs to stages', () => {
    const capabilities = readdirSync('content/capabilities').map((f) => f.replace(/\.md$/, ''));
    const thin = capabilities.filter((id) => tools.filter((t) => t.data.capabilities.includes(id)).length < 5);
    expect(thin).toEqual([]);
  });

  it('every entry carries the facts that decide, and every open-source entry with a snapshot has one no older than its review', () => {
    for (const t of tools) {
      expect(t.data.workloads.length, t.id).toBeGreaterThan(0);
      if (t.data.maturity) expect(t.data.maturity.readOn.getTime(), t.id).toBeGreaterThanOrEqual(t.data.lastReviewed.getTime());
    }
  });

  it('has no lastReviewed in the future and not one date for the whole catalogue', () => {
    const dates = new Set(tools.map((t) => t.data.lastReviewed.toISOString().slice(0, 10)));
    expect(dates.size).toBeGreaterThan(1);
    for (const t of tools) expect(t.data.lastReviewed.getTime(), t.id).toBeLessThanOrEqual(Date.now());
  });

  it.each(CATEGORY_IDS.filter((c) => !SPECULATIVE.includes(c)))('category %s has at least 3 tools', (category) => {
    expect(tools.filter((t) => t.data.category === category).length).toBeGreaterThanOrEqual(3);
  });

  it.each(QUADRANT_IDS)('quadrant %s has at least 20 tools', (quadrant) => {
    expect(tools.filter((t) => quadrantOfCategory(t.data.category) === quadrant).length).toBeGreaterThanOrEqual(20);
  });

  it.each(PERSONA_IDS)('persona %s has at least 20 tools', (persona) => {
    expect(tools.filter((t) => t.data.personas.includes(persona)).length).toBeGreaterThanOrEqual(20);
  });

  it('has at least 40 open-source and 30 commercial or managed tools', () => {
    expect(tools.filter((t) => t.data.offering === 'open-source' || t.data.offering === 'open-core').length).toBeGreaterThanOrEqual(40);
    expect(tools.filter((t) => t.data.offering === 'commercial' || t.data.offering === 'managed-service').length).toBeGreaterThanOrEqual(30);
  });
});

describe("the essay's placements", () => {
  const cases = Object.entries(ESSAY).flatMap(([category, ids]) => ids.map((id) => [id, category as CategoryId] as const));

  it.each(cases)('%s is in the catalogue, placed in %s or with its change documented', (id, category) => {
    const tool = tools.find((t) => t.id === id);
    expect(tool, `${id} is missing from content/tools`).toBeDefined();
    const placements = Object.entries(ESSAY).filter(([, ids]) => ids.includes(id)).map(([c]) => c);
    // A tool the essay places twice (Metaflow, Flyte) sits in one of its essay categories.
    const inEssayCategory = tool!.data.category === category || placements.includes(tool!.data.category);
    expect(tool!.data.essay?.category, `${id} must record the essay's placement in essay.category`).toBeDefined();
    expect(placements).toContain(tool!.data.essay!.category);
    if (!inEssayCategory) {
      // Moved since 2021: the change must be documented with a date and a source.
      expect(tool!.data.status.state === 'active' ? tool!.data.essay?.note : tool!.data.status.note, `${id} changed category without a note`).toBeTruthy();
    }
  });

  it('renamed or replaced tools point at their successor', () => {
    expect(tools.find((t) => t.id === 'gcp-ai-platform')?.data.status.successor).toBe('vertex-ai');
  });
});
