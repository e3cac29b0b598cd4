/** The `personas` collection: content/personas/<id>.md, ids fixed by framework.md §1. */
import { z } from 'astro/zod';
import { IdSchema, OrderSchema, text } from './common.ts';

export const PersonaSchema = z.strictObject({
  name: text(60).describe('Display name, e.g. "ML researcher".'),
  summary: text(300).describe('One or two sentences: who this is.'),
  wants: z.array(text(200)).min(1).describe('What the persona wants, in their words.'),
  needs: z.array(text(200)).min(1).describe('What the persona needs.'),
  frustrations: z.array(text(200)).min(1).describe('What frustrates them.'),
  concerns: z.array(IdSchema).default([]).describe('Ids of concerns (content/concerns) that express these wants, needs and frustrations.'),
  order: OrderSchema,
});
export type Persona = z.output<typeof PersonaSchema>;
