/**
 * Generate JSON Schema documents from the zod collection schemas (input side,
 * so defaults are optional), keyed by the path they are committed at.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES } from '../../schemas/index.ts';

export function renderJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of COLLECTION_NAMES) {
    const schema = z.toJSONSchema(COLLECTIONS[name].schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    const document = {
      $id: `https://mlops-navigator.example.org/schemas/${name}.schema.json`,
      title: `MLOps Navigator ${name} entry frontmatter`,
      description: `Generated from src/schemas by npm run gen:schema. Do not edit by hand.`,
      ...schema,
    };
    out[`schemas/${name}.schema.json`] = `${JSON.stringify(document, null, 2)}\n`;
  }
  return out;
}
