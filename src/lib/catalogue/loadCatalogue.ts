/**
 * Node-side loading for command-line tools (npm run recommend, preview:entry,
 * benchmarks): validate the content folder and return the engine's catalogue,
 * the questions and the scoring weights. Throws one readable error listing
 * every content problem if anything is invalid.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateContent } from '../validation/validateContent.ts';
import { formatReport } from '../validation/formatReport.ts';
import { toCatalogue, type CatalogueSources } from '../scoring/toCatalogue.ts';
import { parseScoringConfig } from '../scoring/parseScoringConfig.ts';
import type { Question } from '../../schemas/question.ts';
import type { Catalogue } from '../scoring/types.ts';
import type { ScoringConfig } from '../../schemas/scoring.ts';

export interface LoadedCatalogue {
  catalogue: Catalogue;
  questions: { id: string; data: Question }[];
  weights: ScoringConfig;
}

export function loadCatalogue(contentDir: string, configPath = resolve(contentDir, '..', 'config', 'scoring.json')): LoadedCatalogue {
  const { issues, fileCount, entries } = validateContent(contentDir);
  if (issues.length) throw new Error(formatReport(issues, fileCount));
  const catalogue = toCatalogue(entries as unknown as CatalogueSources);
  const questions = (entries.questions as unknown as { id: string; data: Question }[]).sort((a, b) => a.data.order - b.data.order);
  const weights = parseScoringConfig(readFileSync(configPath, 'utf8'), configPath);
  return { catalogue, questions, weights };
}
