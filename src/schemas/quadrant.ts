/** The `quadrants` collection: content/quadrants/<id>.md, the four corners of the landscape (framework.md §3). */
import { z } from 'astro/zod';
import { OrderSchema, text } from './common.ts';

export const QuadrantSchema = z.strictObject({
  name: text(60).describe('Display name, e.g. "Machine Learning Platforms".'),
  artifact: z.enum(['software', 'model']).describe('Which end of the artifact axis this corner is at.'),
  scope: z.enum(['piecemeal', 'all-in-one']).describe('Which end of the scope axis this corner is at.'),
  summary: text(300).describe('One or two sentences: what tools here have in common.'),
  order: OrderSchema,
});
export type Quadrant = z.output<typeof QuadrantSchema>;
