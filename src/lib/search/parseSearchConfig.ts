/**
 * Validates the search configuration (searchConfig.ts). Runs at build time when
 * the search index is written, so a mistyped key or an out-of-range weight
 * stops the build with a message naming the file, the field and the fix.
 * Whether the synonym table's ids exist is checked by buildSearchIndex, which
 * knows the content.
 */
import { z } from 'astro/zod';
import { SEARCH_FIELDS } from './searchDocument.ts';

const weight = z.number().positive('must be greater than 0').max(100, 'must be at most 100');
const share = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const length = z.number().int().min(1).max(20);
/** Words are compared after lower-casing, so the table must hold them that way, one word each. */
const word = z.string().regex(/^[\p{Ll}\p{N}]+$/u, 'must be one lower-case word without spaces or punctuation (write "finetune", not "fine-tune")');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a content id such as "vector-database"');

const SynonymGroupSchema = z
  .strictObject({
    words: z.array(word).min(1, 'must list at least one word'),
    capabilities: z.array(id).optional(),
    stages: z.array(id).optional(),
    concerns: z.array(id).optional(),
    strict: z.boolean().optional(),
  })
  .refine((group) => (group.capabilities?.length ?? 0) + (group.stages?.length ?? 0) + (group.concerns?.length ?? 0) > 0, 'must name at least one capability, stage or concern');

export const SearchConfigSchema = z
  .strictObject({
    weights: z.strictObject(Object.fromEntries(SEARCH_FIELDS.map((field) => [field, weight])) as Record<(typeof SEARCH_FIELDS)[number], typeof weight>),
    otherFields: share,
    wholeName: z.strictObject({ exact: weight, prefix: weight, typo: weight }),
    aliasFactor: share,
    quality: z.strictObject({ prefixMin: share, prefixMax: share, stem: share, typo: share }),
    prefixFrom: z.strictObject({ name: length, vocabulary: length, description: length }),
    typoFrom: length,
    typoInPrefixFrom: length,
    topicBonus: weight,
    concernsMatchFrom: z.number().int().min(1).max(3),
    twoTyposFrom: length,
    capabilityStep: share,
    capabilityFloor: share,
    statusFactor: z.strictObject({ deprecated: share, discontinued: share }),
    ringBonus: z.strictObject({ adopt: weight.or(z.literal(0)), trial: weight.or(z.literal(0)), assess: weight.or(z.literal(0)), hold: weight.or(z.literal(0)) }),
    relatedWords: z.strictObject({ each: share, upTo: z.number().int().min(0).max(10) }),
    stopwords: z.array(word),
    spellings: z.record(word, word),
    synonyms: z.array(SynonymGroupSchema),
    limit: z.number().int().min(1).max(50),
    minQueryLength: z.number().int().min(1).max(10),
  })
  .superRefine((config, context) => {
    if (config.quality.prefixMin > config.quality.prefixMax) context.addIssue({ code: 'custom', path: ['quality', 'prefixMin'], message: 'must not be larger than prefixMax' });
    const seen = new Map<string, number>();
    config.synonyms.forEach((group, index) => {
      group.words.forEach((text, position) => {
        const first = seen.get(text);
        if (first !== undefined) context.addIssue({ code: 'custom', path: ['synonyms', index, 'words', position], message: `"${text}" is already in synonyms.${first}; list each word once` });
        else seen.set(text, index);
      });
    });
  });

export type ValidSearchConfig = z.output<typeof SearchConfigSchema>;

/**
 * @throws Error listing every problem as `src/lib/search/searchConfig.ts: <field>: <message>`.
 * @example parseSearchConfig(SEARCH_CONFIG) // → the same config, checked
 */
export function parseSearchConfig(input: unknown, file = 'src/lib/search/searchConfig.ts'): ValidSearchConfig {
  const result = SearchConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const fields = SEARCH_FIELDS.join(', ');
  throw new Error(`Invalid search configuration:\n${lines.join('\n')}\nFix the value in ${file}; searchable fields (weights) are ${fields}.`);
}
