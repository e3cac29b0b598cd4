/**
 * The public JSON shape of a recommendation, shared by the command line
 * (npm run recommend) and the results page's JSON export, so both print the
 * same result for the same answers.
 */
import type { Recommendation } from '../scoring/types.ts';

export function toResultJson(recommendation: Recommendation, query: string, notices: readonly string[] = []) {
  return {
    query,
    notices: [...notices],
    shortlist: recommendation.shortlist,
    contradictions: recommendation.contradictions,
    incumbents: recommendation.incumbents,
    needs: recommendation.needs,
    picks: recommendation.picks,
    tools: recommendation.tools.map((t) => ({ id: t.id, name: t.name, score: t.score, fit: t.fit, confidence: t.confidence, relevant: t.relevant, incumbent: t.incumbent, ring: t.ring, reasons: t.reasons, ringReasons: t.ringReasons })),
    excluded: recommendation.excluded.map((e) => ({ id: e.id, reason: e.reason })),
    stack: recommendation.stack,
    foundation: recommendation.foundation,
    gaps: recommendation.gaps,
    overlaps: recommendation.overlaps,
    byStage: recommendation.byStage,
    categoryRings: recommendation.categoryRings,
    team: recommendation.team,
    buildVsBuy: recommendation.buildVsBuy,
  };
}

/** Convert an answers object ({ "team": ["ml-researcher"], "cloud": "aws" }) into a query string, so files go through the same checks as URLs. */
export function answersObjectToQuery(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('the answers file must hold a JSON object: { "question-id": "option-id" or ["option-id", …] }');
  const params: string[] = [];
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const values = Array.isArray(raw) ? raw : [raw];
    const strings = values.filter((v): v is string => typeof v === 'string');
    params.push(`${encodeURIComponent(key)}=${strings.map(encodeURIComponent).join(',')}`);
  }
  return params.join('&');
}
