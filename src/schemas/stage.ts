/** The `stages` collection: content/stages/<id>.md, the eight lifecycle stages of framework.md §2. */
import { z } from 'astro/zod';
import { LOOP_IDS } from './ids.ts';
import { OrderSchema, text } from './common.ts';

export const StageSchema = z.strictObject({
  name: text(60).describe('Display name, e.g. "Model training".'),
  loop: z.enum(LOOP_IDS).describe('shared (both loops), model (researchers) or application (engineers).'),
  summary: text(300).describe('One or two sentences: what happens in this stage.'),
  order: OrderSchema,
});
export type Stage = z.output<typeof StageSchema>;
