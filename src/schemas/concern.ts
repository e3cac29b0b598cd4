/**
 * The `concerns` collection: content/concerns/<id>.md. A concern is something a
 * team wants, needs, is frustrated by, or a concrete pain point. Tools say which
 * concerns they address (with a strength); the questionnaire asks which matter.
 */
import { z } from 'astro/zod';
import { PERSONA_IDS, STAGE_IDS } from './ids.ts';
import { OrderSchema, text } from './common.ts';

export const CONCERN_KINDS = ['want', 'need', 'frustration', 'pain-point'] as const;

export const ConcernSchema = z.strictObject({
  name: text(80).describe('Short label as the questionnaire shows it.'),
  kind: z.enum(CONCERN_KINDS).describe('want, need, frustration or pain-point.'),
  personas: z.array(z.enum(PERSONA_IDS)).default([]).describe('Personas who typically voice it.'),
  stages: z.array(z.enum(STAGE_IDS)).default([]).describe('Lifecycle stages it is about, if any.'),
  summary: text(300).describe('One sentence explaining the concern.'),
  order: OrderSchema,
});
export type Concern = z.output<typeof ConcernSchema>;
