/**
 * Validates the search configuration (searchConfig.ts). Runs at build time when
 * the search index is written, so a mistyped key or an out-of-range weight
 * stops the build with a message naming the file, the field and the fix.
 */
import { z } from 'astro/zod';
import { SEARCH_FIELDS } from './searchDocument.ts';

export const SearchConfigSchema = z.strictObject({
  keys: z
    .array(
      z.strictObject({
        name: z.enum(SEARCH_FIELDS),
        weight: z.number().positive('must be greater than 0').max(10, 'must be at most 10'),
      }),
    )
    .min(1, 'must list at least one field to search'),
  threshold: z.number().min(0, 'must be between 0 (exact) and 1 (anything)').max(1, 'must be between 0 (exact) and 1 (anything)'),
  ignoreLocation: z.boolean(),
  minMatchCharLength: z.number().int().min(1).max(10),
  limit: z.number().int().min(1).max(50),
  minQueryLength: z.number().int().min(1).max(10),
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
  throw new Error(`Invalid search configuration:\n${lines.join('\n')}\nFix the value in ${file}; searchable fields are ${fields}.`);
}
