/**
 * Find an existing tool entry that a proposed name (or id) most likely means.
 *
 * Two levels:
 * - `same`: identical once case, spacing, punctuation and "&"/"and" are
 *   ignored, compared with every entry's name, aliases and id ("ML Flow" is
 *   MLflow, "weights and biases" is Weights & Biases, "SageMaker" is the alias
 *   of Amazon SageMaker AI). Always refused.
 * - `similar`: equal after dropping filler words ("AI", "ML", "platform", …)
 *   or one or two typing errors away ("MLfow"). Refused unless the contributor
 *   confirms it is a different product.
 */
import { distance } from '../validation/formatZodIssues.ts';
import type { LenientEntry } from './readContentEntries.ts';
import { slugify } from './slugify.ts';

export interface DuplicateMatch {
  level: 'same' | 'similar';
  /** The existing entry's id and file. */
  id: string;
  file: string;
  /** The existing entry's name, or the alias or id that matched. */
  matched: string;
}

/** Words that do not tell two products apart. */
const FILLER = new Set(['the', 'ml', 'ai', 'io', 'inc', 'hq', 'labs', 'platform', 'app', 'tool', 'tools', 'software', 'open', 'source', 'project']);

/** A name's words, normalised exactly as ids are (slugify). */
function words(name: string): string[] {
  return slugify(name).split('-').filter(Boolean);
}

/**
 * The comparison key of a name: lowercase letters and digits only, "&" read as "and".
 *
 * @example normalizeToolName('Weights & Biases') // → 'weightsandbiases'
 */
export function normalizeToolName(name: string): string {
  return words(name).join('');
}

/** The key without filler words ("Comet ML" → "comet"); the full key when nothing else is left. */
function coreKey(name: string): string {
  const core = words(name).filter((word) => !FILLER.has(word));
  return core.length ? core.join('') : normalizeToolName(name);
}

/** How many typing errors still count as "similar" for a key of this length. */
function tolerance(length: number): number {
  if (length >= 10) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * @param name the proposed name
 * @param tools the catalogue, read leniently (readContentEntries)
 * @param id the proposed id, when it differs from the slug of the name
 * @example findDuplicateTool('ML Flow', tools) // → { level: 'same', id: 'mlflow', file: 'content/tools/mlflow.mdx', matched: 'MLflow' }
 */
export function findDuplicateTool(name: string, tools: readonly LenientEntry[], id?: string): DuplicateMatch | undefined {
  const key = normalizeToolName(name);
  const core = coreKey(name);
  const idKey = id ? normalizeToolName(id) : undefined;
  let similar: DuplicateMatch | undefined;
  let bestDistance = Infinity;
  for (const tool of tools) {
    const aliases: unknown[] = Array.isArray(tool.data.aliases) ? (tool.data.aliases as unknown[]) : [];
    const names = [tool.data.name, ...aliases, tool.id].filter((value): value is string => typeof value === 'string' && value.trim() !== '');
    for (const candidate of names) {
      const candidateKey = normalizeToolName(candidate);
      if (candidateKey === key || candidateKey === idKey) return { level: 'same', id: tool.id, file: tool.file, matched: candidate };
      const candidateCore = coreKey(candidate);
      const gap = candidateCore === core ? 0 : distance(core, candidateCore);
      if (gap <= tolerance(Math.min(core.length, candidateCore.length)) && gap < bestDistance) {
        bestDistance = gap;
        similar = { level: 'similar', id: tool.id, file: tool.file, matched: candidate };
      }
    }
  }
  return similar;
}
