/** The `rings` collection: content/rings/<id>.md, the four Technology-Radar rings (framework.md §4). */
import { z } from 'astro/zod';
import { OrderSchema, text } from './common.ts';

export const RingSchema = z.strictObject({
  name: text(30).describe('Display name, e.g. "Adopt".'),
  strategy: text(300).describe('The adoption strategy in one or two sentences.'),
  actions: z.array(text(120)).min(1).describe('Typical actions for a tool in this ring.'),
  order: OrderSchema,
});
export type Ring = z.output<typeof RingSchema>;
