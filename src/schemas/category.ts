/** The `categories` collection: content/categories/<id>.md, ids fixed by framework.md §3. */
import { z } from 'astro/zod';
import { QUADRANT_IDS, RING_IDS } from './ids.ts';
import { OrderSchema, text } from './common.ts';

export const CategorySchema = z.strictObject({
  name: text(60).describe('Display name, e.g. "Experimentation platforms".'),
  quadrant: z.enum(QUADRANT_IDS).describe('The quadrant the essay places the category in; must match src/schemas/ids.ts.'),
  ring: z.enum(RING_IDS).describe("The ring the essay gives the category (see the site's /framework/ page); must match src/schemas/ids.ts."),
  summary: text(300).describe('One or two sentences: the definition of the category.'),
  essayExamples: z.array(text(60)).default([]).describe('Tools the essay itself names in this category.'),
  speculative: z.boolean().default(false).describe('True for categories the essay names but places no tool in.'),
  order: OrderSchema,
});
export type Category = z.output<typeof CategorySchema>;
