/**
 * Shared by the questionnaire pages and the data endpoint: read the collections
 * through Astro and shape them for the engine. Lives next to the pages' logic
 * but takes getCollection as a parameter, so it stays testable without Astro.
 */
import { toCatalogue, type CatalogueSources } from '../scoring/toCatalogue.ts';
import { parseScoringConfig } from '../scoring/parseScoringConfig.ts';
import { buildClientData, type ClientData } from './buildClientData.ts';
import type { Question } from '../../schemas/question.ts';
import scoringText from '../../../config/scoring.json?raw';

type GetCollection = (name: 'tools' | 'concerns' | 'stages' | 'capabilities' | 'categories' | 'questions' | 'quadrants' | 'rings') => Promise<{ id: string; data: unknown }[]>;

export async function loadSiteQuestionnaire(getCollection: GetCollection): Promise<{ data: ClientData; questions: { id: string; data: Question }[] }> {
  const [tools, concerns, stages, capabilities, categories, questions, quadrants, rings] = await Promise.all(
    (['tools', 'concerns', 'stages', 'capabilities', 'categories', 'questions', 'quadrants', 'rings'] as const).map((name) => getCollection(name)),
  );
  const sources = { tools, concerns, stages, capabilities, categories } as unknown as CatalogueSources;
  const orderedQuestions = (questions as { id: string; data: Question }[]).sort((a, b) => a.data.order - b.data.order);
  const byOrder = (list: { id: string; data: unknown }[]) => (list as { id: string; data: { name: string; order: number } }[]).sort((a, b) => a.data.order - b.data.order).map((e) => ({ id: e.id, name: e.data.name }));
  const data = buildClientData({
    catalogue: toCatalogue(sources),
    questions: orderedQuestions.map((q) => ({ id: q.id, prompt: q.data.prompt, step: q.data.step, multiple: q.data.multiple, options: q.data.options.map((o) => ({ id: o.id, label: o.label })) })),
    weights: parseScoringConfig(scoringText),
    quadrants: byOrder(quadrants!),
    rings: byOrder(rings!),
  });
  return { data, questions: orderedQuestions };
}
