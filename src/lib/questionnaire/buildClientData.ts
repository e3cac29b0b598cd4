/**
 * The data the results page needs in the browser, built once at build time and
 * served as a static JSON file: the engine's catalogue, the questions (ids,
 * labels, options), the scoring weights and display names.
 */
import type { Catalogue } from '../scoring/types.ts';
import type { ScoringConfig } from '../../schemas/scoring.ts';

export interface ClientQuestion {
  id: string;
  prompt: string;
  step: string;
  multiple: boolean;
  options: { id: string; label: string }[];
}

export interface ClientData {
  catalogue: Catalogue;
  questions: ClientQuestion[];
  weights: ScoringConfig;
  names: { stages: Record<string, string>; quadrants: Record<string, string>; rings: Record<string, string>; categories: Record<string, string>; capabilities: Record<string, string> };
  descriptions: Record<string, string>;
}

export function buildClientData(input: { catalogue: Catalogue; questions: ClientQuestion[]; weights: ScoringConfig; quadrants: { id: string; name: string }[]; rings: { id: string; name: string }[] }): ClientData {
  const { catalogue } = input;
  return {
    catalogue,
    questions: input.questions,
    weights: input.weights,
    names: {
      stages: Object.fromEntries(catalogue.stages.map((s) => [s.id, s.name])),
      quadrants: Object.fromEntries(input.quadrants.map((q) => [q.id, q.name])),
      rings: Object.fromEntries(input.rings.map((r) => [r.id, r.name])),
      categories: Object.fromEntries(catalogue.categories.map((c) => [c.id, c.name])),
      capabilities: Object.fromEntries(catalogue.capabilities.map((c) => [c.id, c.name])),
    },
    descriptions: Object.fromEntries(catalogue.tools.map((t) => [t.id, t.description])),
  };
}
