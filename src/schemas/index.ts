/**
 * The registry of collections: folder, file extensions and schema of each.
 * src/content.config.ts, scripts/validate.ts and scripts/gen-json-schema.ts all read
 * this one table, so a collection is declared once.
 */
import type { z } from 'astro/zod';
import { CATEGORY_IDS, PERSONA_IDS, QUADRANT_IDS, RING_IDS, STAGE_IDS } from './ids.ts';
import { ToolSchema } from './tool.ts';
import { PersonaSchema } from './persona.ts';
import { StageSchema } from './stage.ts';
import { QuadrantSchema } from './quadrant.ts';
import { CategorySchema } from './category.ts';
import { RingSchema } from './ring.ts';
import { ConcernSchema } from './concern.ts';
import { CapabilitySchema } from './capability.ts';
import { QuestionSchema } from './question.ts';

export interface CollectionSpec {
  /** Folder under content/. */
  dir: string;
  /** The only file extension allowed in that folder. */
  extension: '.md' | '.mdx';
  schema: z.ZodType;
  /** When set, the collection must hold exactly these ids (framework.md). */
  fixedIds?: readonly string[];
}

export const COLLECTIONS = {
  tools: { dir: 'tools', extension: '.mdx', schema: ToolSchema },
  personas: { dir: 'personas', extension: '.md', schema: PersonaSchema, fixedIds: PERSONA_IDS },
  stages: { dir: 'stages', extension: '.md', schema: StageSchema, fixedIds: STAGE_IDS },
  quadrants: { dir: 'quadrants', extension: '.md', schema: QuadrantSchema, fixedIds: QUADRANT_IDS },
  categories: { dir: 'categories', extension: '.md', schema: CategorySchema, fixedIds: CATEGORY_IDS },
  rings: { dir: 'rings', extension: '.md', schema: RingSchema, fixedIds: RING_IDS },
  concerns: { dir: 'concerns', extension: '.md', schema: ConcernSchema },
  capabilities: { dir: 'capabilities', extension: '.md', schema: CapabilitySchema },
  questions: { dir: 'questions', extension: '.md', schema: QuestionSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
