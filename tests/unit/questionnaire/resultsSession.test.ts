/**
 * The results page's session (what its worker runs): the head plus the ranking
 * and the ruled-out list fetched piece by piece give exactly the recommendation
 * `npm run recommend` gives; the head stays small and carries every tool the
 * first screen names; "why not …?" and the exports answer as the engine does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/lib/catalogue/loadCatalogue.ts';
import { buildClientData } from '../../../src/lib/questionnaire/buildClientData.ts';
import { encodeScoringData, type LeanScoringData } from '../../../src/lib/questionnaire/leanScoringData.ts';
import { parseAnswers } from '../../../src/lib/questionnaire/parseAnswers.ts';
import { withUsingQuestion } from '../../../src/lib/questionnaire/usingQuestion.ts';
import { startResults, type ResultsSession } from '../../../src/lib/questionnaire/resultsSession.ts';
import { VISIBLE_RANKS } from '../../../src/lib/questionnaire/visibleRanks.ts';
import { recommend } from '../../../src/lib/scoring/recommend.ts';
import { explainTool } from '../../../src/lib/scoring/explainTool.ts';
import { EXPORTERS } from '../../../src/lib/exports/exportResult.ts';
import type { Recommendation } from '../../../src/lib/scoring/types.ts';

const QUERY = '?team=ml-engineer&open-source=required&pain-points=hard-serving,blind-monitoring&workload=llm-apps&using=mlflow';
let lean: LeanScoringData;
let session: ResultsSession;
let expected: Recommendation;

beforeAll(() => {
  const loaded = loadCatalogue('content', 'config/scoring.json');
  const data = buildClientData({
    catalogue: loaded.catalogue,
    questions: loaded.questions.map((q) => ({ id: q.id, prompt: q.data.prompt, step: q.data.step, multiple: q.data.multiple, options: q.data.options.map((o) => ({ id: o.id, label: o.label })) })),
    weights: loaded.weights,
    quadrants: [],
    rings: [],
  });
  lean = JSON.parse(JSON.stringify(encodeScoringData(data).lean)) as LeanScoringData;
  session = startResults(lean, QUERY);
  const specs = withUsingQuestion(data.questions.map((q) => ({ id: q.id, multiple: q.multiple, options: q.options })), data.catalogue.tools.map((t) => t.id));
  expected = recommend(data.catalogue, parseAnswers(QUERY, specs).answers, data.weights);
});

/** Everything a list holds, fetched as the page does: the first part from the head, then 60 at a time. */
function collect<T>(first: readonly T[], total: number, fetch: (start: number, count: number) => T[]): T[] {
  const out = [...first];
  while (out.length < total) {
    const next = fetch(out.length, 60);
    if (!next.length) break;
    out.push(...next);
  }
  return out;
}

describe('the results session', () => {
  it('gives the same ranking and the same ruled-out list as the engine, piece by piece', () => {
    const { head } = session;
    expect(head.toolCount).toBe(expected.tools.length);
    expect(head.excludedCount).toBe(expected.excluded.length);
    expect(head.excludedCount).toBeGreaterThan(VISIBLE_RANKS);
    expect(head.top).toEqual(expected.tools.slice(0, VISIBLE_RANKS));
    expect(collect(head.top, head.toolCount, (start, count) => session.ranking(start, count))).toEqual(expected.tools);
    expect(collect(head.firstExcluded, head.excludedCount, (start, count) => session.excluded(start, count))).toEqual(expected.excluded);
    expect(head.rec).toEqual(Object.fromEntries(Object.entries(expected).filter(([key]) => key !== 'tools' && key !== 'excluded')));
  });

  it('carries every tool the first screen names, and no more than it needs', () => {
    const { head } = session;
    const featured = new Set([...head.top, ...head.featured].map((t) => t.id));
    for (const id of [...head.rec.shortlist.map((s) => s.id), ...head.rec.picks.flatMap((p) => (p.tool ? [p.tool] : [])), ...head.rec.byStage.flatMap((s) => s.tools), ...head.radar]) expect(featured, id).toContain(id);
    expect(head.featured.every((t) => !head.top.includes(t))).toBe(true);
    expect(head.top.length + head.featured.length).toBeLessThan(head.toolCount / 2);
    expect(head.labels.mlflow).toBe('MLflow');
    expect(session.toolNames()).toHaveLength(head.toolCount + head.excludedCount);
    // Much smaller than the whole recommendation it stands for.
    expect(JSON.stringify(head).length).toBeLessThan(JSON.stringify(expected).length / 3);
  });

  it('answers "why not …?" by name, id or the start of a name, as the engine explains it', () => {
    const ruledOut = expected.excluded[0]!;
    expect(session.whyNot(ruledOut.name.toUpperCase())).toBe(explainTool(expected, ruledOut.id));
    expect(session.whyNot(`  ${expected.tools[3]!.id} `)).toBe(explainTool(expected, expected.tools[3]!.id));
    expect(session.whyNot('MLfl')).toBe(explainTool(expected, 'mlflow'));
    expect(session.whyNot('no such tool at all')).toBe('No tool called “no such tool at all” is in the catalogue.');
  });

  it('makes the same export files as the exporters', () => {
    const context = { resultsUrl: 'https://example.org/fit/results/?x', date: '2026-12-02' };
    for (const kind of Object.keys(EXPORTERS) as (keyof typeof EXPORTERS)[]) {
      const file = session.exportFile(kind, context, { mlflow: 'Tracks experiments.' });
      const direct = EXPORTERS[kind](expected, { ...context, query: session.head.query, notices: session.head.notices, answerSummary: session.head.summary, names: session.head.names, descriptions: { mlflow: 'Tracks experiments.' }, radarIds: session.head.radar });
      expect(file, kind).toEqual(direct);
    }
  });
});
