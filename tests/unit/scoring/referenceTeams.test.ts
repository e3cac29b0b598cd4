/**
 * Calibration: the recommender on the real catalogue, for the reference teams in
 * config/reference-teams.json (npm run eval:recommend prints the detail). At
 * least 90 % of the must-have tools reach each team's top 10, and nothing a
 * team must not get is shortlisted, stacked or in its top 10.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type LoadedCatalogue } from '../../../src/lib/catalogue/loadCatalogue.ts';
import { evaluateTeams, type Evaluation, type ReferenceTeam } from '../../../src/lib/scoring/evaluateTeams.ts';

const teams = (JSON.parse(readFileSync('config/reference-teams.json', 'utf8')) as { teams: ReferenceTeam[] }).teams;
let loaded: LoadedCatalogue;
let result: Evaluation;
beforeAll(() => {
  loaded = loadCatalogue('content', 'config/scoring.json');
  result = evaluateTeams(loaded.catalogue, loaded.questions.map((q) => ({ id: q.id, multiple: q.data.multiple, options: q.data.options })), loaded.weights, teams, 2026);
});

describe('reference teams', () => {
  it('are at least 20, each with a rationale, must-haves and answers the questionnaire understands', () => {
    expect(teams.length).toBeGreaterThanOrEqual(20);
    for (const team of teams) {
      expect(team.rationale.length, team.id).toBeGreaterThan(20);
      expect(team.mustTop10.length, team.id).toBeGreaterThan(0);
    }
    for (const team of result.teams) expect(team.notices, team.id).toEqual([]);
  });

  it('find at least 90 % of their must-have tools in the top 10', () => {
    expect(result.share, result.teams.filter((t) => t.misses.length).map((t) => `${t.id}: missing one of ${t.misses.map((m) => m.join('|')).join('; ')}`).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('have no violations: nothing forbidden is recommended, and every ring expectation holds', () => {
    expect(result.teams.flatMap((t) => t.violations.map((v) => `${t.id}: ${v}`))).toEqual([]);
  });

  it('get no tool for a workload they do not have and nothing that breaks their constraints in the shortlist', () => {
    const specs = loaded.questions.map((q) => ({ id: q.id, multiple: q.data.multiple, options: q.data.options }));
    const hosted = teams.find((t) => t.id === 'aws-tabular-startup')!;
    const again = evaluateTeams(loaded.catalogue, specs, loaded.weights, [{ ...hosted, mustTop10: [], mustNot: loaded.catalogue.tools.filter((t) => t.workloads.length && t.workloads.every((w) => w === 'llm-apps' || w === 'llm-training')).map((t) => t.id) }], 2026);
    expect(again.violations, again.teams[0]!.violations.join('\n')).toBe(0);
  });
});
