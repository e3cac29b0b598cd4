/**
 * Calibration against reference teams (config/reference-teams.json): for each
 * team, which must-have groups reached its top 10, which forbidden tools
 * appear anywhere in its recommendation, and which ring expectations failed.
 * Pure: the script and the unit test feed it the same catalogue.
 */
import { parseAnswers, type QuestionSpec } from '../questionnaire/parseAnswers.ts';
import { withUsingQuestion } from '../questionnaire/usingQuestion.ts';
import type { ScoringConfig } from '../../schemas/scoring.ts';
import { recommend } from './recommend.ts';
import type { Catalogue } from './types.ts';

export interface ReferenceTeam {
  id: string;
  name: string;
  query: string;
  mustTop10: string[][];
  mustNot: string[];
  rings: { tool: string; is?: string; not?: string }[];
  rationale: string;
}

export interface TeamResult {
  id: string;
  name: string;
  top10: string[];
  hits: string[];
  misses: string[][];
  violations: string[];
  notices: string[];
}

export interface Evaluation {
  teams: TeamResult[];
  mustHaves: number;
  found: number;
  share: number;
  violations: number;
}

export function evaluateTeams(catalogue: Catalogue, questions: readonly QuestionSpec[], weights: ScoringConfig, teams: readonly ReferenceTeam[], currentYear?: number): Evaluation {
  const specs = withUsingQuestion(questions, catalogue.tools.map((t) => t.id));
  const known = new Set(catalogue.tools.map((t) => t.id));
  const results = teams.map((team): TeamResult => {
    const { answers, notices } = parseAnswers(team.query, specs);
    const rec = recommend(catalogue, answers, weights, currentYear === undefined ? {} : { currentYear });
    const top10 = rec.tools.slice(0, 10).map((t) => t.id);
    const hits: string[] = [];
    const misses: string[][] = [];
    for (const group of team.mustTop10) {
      const hit = group.find((id) => top10.includes(id));
      if (hit) hits.push(hit);
      else misses.push(group);
    }
    const violations: string[] = [];
    const shown = new Set([...top10, ...rec.shortlist.map((s) => s.id), ...rec.picks.map((p) => p.tool).filter((id): id is string => Boolean(id))]);
    for (const id of team.mustNot) if (shown.has(id)) violations.push(`${id} is recommended (top 10, shortlist or stack), but should not be`);
    for (const expectation of team.rings) {
      const ranked = rec.tools.find((t) => t.id === expectation.tool);
      if (!ranked) {
        violations.push(`${expectation.tool} is not ranked, so its ring cannot be checked`);
        continue;
      }
      if (expectation.is && ranked.ring !== expectation.is) violations.push(`${expectation.tool} is in ${ranked.ring}, expected ${expectation.is}`);
      if (expectation.not && ranked.ring === expectation.not) violations.push(`${expectation.tool} is in ${ranked.ring}, which it must not be`);
    }
    for (const id of [...team.mustTop10.flat(), ...team.mustNot, ...team.rings.map((r) => r.tool)]) if (!known.has(id)) violations.push(`${id} is not in the catalogue: fix the reference team`);
    return { id: team.id, name: team.name, top10, hits, misses, violations, notices };
  });
  const mustHaves = teams.reduce((sum, t) => sum + t.mustTop10.length, 0);
  const found = results.reduce((sum, r) => sum + r.hits.length, 0);
  return { teams: results, mustHaves, found, share: mustHaves ? found / mustHaves : 1, violations: results.reduce((sum, r) => sum + r.violations.length, 0) };
}
