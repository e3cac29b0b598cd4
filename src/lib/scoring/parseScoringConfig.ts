/**
 * Parse and validate config/scoring.json, reporting every problem at once with
 * the file and field, like content validation does.
 */
import { ScoringConfigSchema, type ScoringConfig } from '../../schemas/scoring.ts';
import { formatZodIssues } from '../validation/formatZodIssues.ts';
import { formatReport } from '../validation/formatReport.ts';

export function parseScoringConfig(text: string, file = 'config/scoring.json'): ScoringConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(formatReport([{ file, field: '(file)', message: `is not valid JSON: ${(error as Error).message}`, fix: 'Check commas, quotes and brackets.' }], 1));
  }
  const result = ScoringConfigSchema.safeParse(data);
  if (!result.success) throw new Error(formatReport(formatZodIssues(file, data, result.error.issues, undefined, Object.keys(ScoringConfigSchema.shape)), 1));
  return result.data;
}
