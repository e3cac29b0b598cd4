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
      expect(result.excluded.find((t) => t.id === other)?.reason, other).toMatch(/tied to .*, and you are on AWS/);
    }
  });

  it('the same holds on Google Cloud for Vertex AI', () => {
    const result = run('cloud=gcp');
    expect(rank(result, 'vertex-ai')).toBeGreaterThanOrEqual(0);
    expect(result.excluded.find((t) => t.id === 'amazon-sagemaker')?.reason).toMatch(/tied to AWS, and you are on Google Cloud/);
    expect(result.tools.find((t) => t.id === 'vertex-ai')?.ring).toBe('trial');
  });

  it('a team whose MLOps is not its core business gets "buy" guidance', () => {
    expect(run('core-business=no').buildVsBuy.verdict).toBe('buy');
  });

  it('a team unwilling to hard-commit gets easy-to-leave tools ahead of hard-to-leave platforms, and keeps MLflow, Ray and SkyPilot out of Hold', () => {
    const result = run('commit=no&pain-points=lost-experiments');
    const leave = new Map(loaded.catalogue.tools.map((t) => [t.id, t.leaveCost]));
    const bestTracker = result.tools.findIndex((t) => t.quadrant === 'specialized-ml-tools' && t.reasons.some((r) => r.rule === 'need'));
    const firstHardPlatform = result.tools.findIndex((t) => t.quadrant === 'ml-platforms' && leave.get(t.id) === 'high');
    expect(bestTracker).toBeGreaterThanOrEqual(0);
    expect(bestTracker).toBeLessThan(firstHardPlatform);
    for (const id of ['mlflow', 'ray', 'skypilot']) expect(result.tools.find((t) => t.id === id)?.ring, id).not.toBe('hold');
    const hard = result.tools.find((t) => leave.get(t.id) === 'high' && t.quadrant === 'ml-platforms')!;
    expect(hard.ringReasons.join(' ')).toMatch(/hard to leave/);
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
    // Not committing moves no category any more: it is decided per tool, by how hard the tool is to leave.
    expect(moved.map((r) => r.category).sort()).toEqual(['big-data-iaas', 'ml-focused-iaas', 'vendor-ai-platforms']);
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
