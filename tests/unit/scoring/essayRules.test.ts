/**
 * The essay's rules (framework.md §4), checked against the real catalogue.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type LoadedCatalogue } from '../../../src/lib/catalogue/loadCatalogue.ts';
import { parseAnswers } from '../../../src/lib/questionnaire/parseAnswers.ts';
import { recommend } from '../../../src/lib/scoring/recommend.ts';
import { CATEGORY_TABLE } from '../../../src/schemas/ids.ts';

let loaded: LoadedCatalogue;
beforeAll(() => {
  loaded = loadCatalogue('content', 'config/scoring.json');
});

const run = (query: string) => {
  const specs = loaded.questions.map((q) => ({ id: q.id, multiple: q.data.multiple, options: q.data.options }));
  return recommend(loaded.catalogue, parseAnswers(query, specs).answers, loaded.weights, { currentYear: 2026 });
};
const rank = (result: ReturnType<typeof run>, id: string) => result.tools.findIndex((t) => t.id === id);

describe("the essay's rules on the real catalogue", () => {
  it('a team already on AWS gets SageMaker ahead of the other clouds’ AI platforms, in Trial', () => {
    const result = run('team=ml-engineer&cloud=aws');
    const sagemaker = result.tools.find((t) => t.id === 'amazon-sagemaker')!;
    expect(sagemaker.ring).toBe('trial');
    expect(sagemaker.ringReasons.join(' ')).toMatch(/already use AWS/);
    for (const other of ['vertex-ai', 'azure-machine-learning']) {
      expect(rank(result, 'amazon-sagemaker')).toBeLessThan(rank(result, other));
      expect(result.tools.find((t) => t.id === other)?.ring).toBe('hold');
    }
  });

  it('the same holds on Google Cloud for Vertex AI', () => {
    const result = run('cloud=gcp');
    expect(rank(result, 'vertex-ai')).toBeLessThan(rank(result, 'amazon-sagemaker'));
    expect(result.tools.find((t) => t.id === 'vertex-ai')?.ring).toBe('trial');
  });

  it('a team whose MLOps is not its core business gets "buy" guidance', () => {
    expect(run('core-business=no').buildVsBuy.verdict).toBe('buy');
  });

  it('a team unwilling to hard-commit gets specialised tools ahead of all-in-one platforms', () => {
    const result = run('commit=no&pain-points=lost-experiments');
    const firstPlatform = result.tools.findIndex((t) => t.quadrant === 'ml-platforms');
    const specialisedTrackers = result.tools.filter((t) => t.quadrant === 'specialized-ml-tools' && t.ring !== 'hold' && t.reasons.some((r) => r.rule === 'concern'));
    expect(specialisedTrackers.length).toBeGreaterThan(0);
    for (const t of specialisedTrackers) expect(rank(result, t.id)).toBeLessThan(firstPlatform);
    expect(result.tools.find((t) => t.id === 'kubeflow')?.ring).toBe('hold');
  });

  it("categories land in the essay's rings when the context gives no reason to move", () => {
    for (const ring of run('').categoryRings) {
      expect(ring.ring, ring.category).toBe(CATEGORY_TABLE[ring.category].ring);
      expect(ring.reason).toBeNull();
    }
  });

  it('every ring move says why', () => {
    const result = run('cloud=none&commit=no&separate-infra=no&managed-services=heavy');
    const moved = result.categoryRings.filter((r) => r.ring !== r.essayRing);
    expect(moved.map((r) => r.category).sort()).toEqual(['big-data-iaas', 'high-coverage-saas', 'ml-focused-iaas', 'ml-project-frameworks', 'ml-task-orchestrators', 'vendor-ai-platforms']);
    for (const r of moved) expect(r.reason).toBeTruthy();
    for (const t of result.tools) expect(t.ringReasons.length).toBeGreaterThan(0);
  });

  it('a team ready to commit to one platform moves the platform categories to Trial', () => {
    const result = run('commit=yes&scope=all-in-one');
    expect(result.categoryRings.find((r) => r.category === 'ml-project-frameworks')?.ring).toBe('trial');
  });

  it('discontinued tools are excluded with their history', () => {
    const result = run('');
    expect(result.excluded.find((e) => e.id === 'floydhub')?.reason).toMatch(/^discontinued since 2021/);
  });
});
