/** The `capabilities` collection: content/capabilities/<id>.md, what a tool can do (experiment tracking, serving, …). */
import { z } from 'astro/zod';
import { STAGE_IDS } from './ids.ts';
import { OrderSchema, text } from './common.ts';

export const CapabilitySchema = z.strictObject({
  name: text(60).describe('Display name, e.g. "Experiment tracking".'),
  stages: z.array(z.enum(STAGE_IDS)).min(1).describe('Lifecycle stages the capability serves.'),
  summary: text(300).describe('One sentence: what the capability is.'),
  order: OrderSchema,
});
export type Capability = z.output<typeof CapabilitySchema>;
