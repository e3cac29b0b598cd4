/**
 * The questionnaire's lean scoring file: much smaller than one object per tool,
 * and the results page gets exactly the same recommendation from it, for every
 * reference team and for random answer sets (tools already in use included).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type LoadedCatalogue } from '../../../src/lib/catalogue/loadCatalogue.ts';
import { buildClientData, type ClientData } from '../../../src/lib/questionnaire/buildClientData.ts';
import { decodeScoringData, encodeScoringData, type LeanScoringData } from '../../../src/lib/questionnaire/leanScoringData.ts';
import { parseAnswers } from '../../../src/lib/questionnaire/parseAnswers.ts';
import { withUsingQuestion } from '../../../src/lib/questionnaire/usingQuestion.ts';
import { recommend } from '../../../src/lib/scoring/recommend.ts';
import type { ReferenceTeam } from '../../../src/lib/scoring/evaluateTeams.ts';
import { prng } from '../../helpers/prng.ts';

const teams = (JSON.parse(readFileSync('config/reference-teams.json', 'utf8')) as { teams: ReferenceTeam[] }).teams;
let loaded: LoadedCatalogue;
let full: ClientData;
let decoded: ClientData;
let leanText: string;

beforeAll(() => {
  loaded = loadCatalogue('content', 'config/scoring.json');
  full = buildClientData({
    catalogue: loaded.catalogue,
    questions: loaded.questions.map((q) => ({ id: q.id, prompt: q.data.prompt, step: q.data.step, multiple: q.data.multiple, options: q.data.options.map((o) => ({ id: o.id, label: o.label })) })),
    weights: loaded.weights,
    quadrants: [],
    rings: [],
  });
  const { lean } = encodeScoringData(full);
  leanText = JSON.stringify(lean);
  decoded = decodeScoringData(JSON.parse(leanText) as LeanScoringData);
});

const specsOf = (data: ClientData) => withUsingQuestion(data.questions.map((q) => ({ id: q.id, multiple: q.multiple, options: q.options })), data.catalogue.tools.map((t) => t.id));
const rank = (data: ClientData, query: string) => recommend(data.catalogue, parseAnswers(query, specsOf(data)).answers, data.weights, { currentYear: 2026 });

describe('lean scoring data', () => {
  it('is at most half the compressed size of one object per tool', () => {
    const objects = gzipSync(JSON.stringify(full)).length;
    expect(gzipSync(leanText).length).toBeLessThan(objects / 2);
  });

  it('gives every reference team the same recommendation, reasons and all', () => {
    expect(teams.length).toBeGreaterThan(10);
    for (const team of teams) expect(rank(decoded, team.query), team.id).toEqual(rank(full, team.query));
  });

  it('gives random teams the same recommendation', () => {
    const random = prng(7);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const specs = specsOf(full);
    for (let i = 0; i < 40; i++) {
      const params = new URLSearchParams();
      for (const spec of specs) {
        if (random() < 0.3) continue;
        const count = spec.multiple ? 1 + Math.floor(random() * 3) : 1;
        params.set(spec.id, [...new Set(Array.from({ length: count }, () => pick(spec.options).id))].join(','));
      }
      expect(rank(decoded, params.toString()), params.toString()).toEqual(rank(full, params.toString()));
    }
  });

  it('keeps every scored field of every tool; text the engine never reads is left out', () => {
    expect(decoded.catalogue.tools.map((t) => t.id)).toEqual(full.catalogue.tools.map((t) => t.id));
    full.catalogue.tools.forEach((tool, i) => {
      const back = decoded.catalogue.tools[i]!;
      const scored = Object.fromEntries(Object.entries(tool).filter(([key]) => !['description', 'ringRationale', 'status'].includes(key)));
      expect(back, tool.id).toMatchObject(scored);
      expect(back.status.state, tool.id).toBe(tool.status.state);
      expect(back.description).toBe('');
    });
    // A tool on hold keeps its rationale (it is the reason shown), and a discontinued tool its status note.
    const hold = full.catalogue.tools.find((t) => t.ring === 'hold')!;
    expect(decoded.catalogue.tools.find((t) => t.id === hold.id)!.ringRationale).toBe(hold.ringRationale);
    const gone = full.catalogue.tools.find((t) => t.status.state === 'discontinued' && t.status.note)!;
    expect(decoded.catalogue.tools.find((t) => t.id === gone.id)!.status.note).toBe(gone.status.note);
  });

  it('refuses a file in another format instead of scoring garbage', () => {
    expect(() => decodeScoringData({ ...(JSON.parse(leanText) as LeanScoringData), format: 0 as 1 })).toThrow(/not in the expected format/);
    expect(() => decodeScoringData(full as unknown as LeanScoringData)).toThrow(/not in the expected format/);
  });
});
