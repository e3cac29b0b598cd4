/**
 * The `questions` collection: content/questions/<id>.md. The questionnaire is
 * content. A question's id is its query-string key and its option ids are the
 * values: that contract is public (docs/url-contract.md), so ids never change.
 */
import { z } from 'astro/zod';
import { IdSchema, OrderSchema, text } from './common.ts';

export const QUESTION_STEPS = ['where-you-are', 'what-you-want', 'recommendation'] as const;

export const OptionSchema = z.strictObject({
  id: IdSchema.describe('Option id: the value in the query string.'),
  label: text(120).describe('What the option says.'),
  help: text(300).optional().describe('Extra explanation under the option.'),
});

export const QuestionSchema = z
  .strictObject({
    prompt: text(200).describe('The question as asked.'),
    help: text(400).optional().describe('Why we ask, shown under the question.'),
    step: z.enum(QUESTION_STEPS).describe('Which of the three steps the question belongs to.'),
    multiple: z.boolean().default(false).describe('True when several options may be chosen.'),
    options: z.array(OptionSchema).min(2, 'must offer at least two options').describe('The answers on offer.'),
    optionsFrom: z.enum(['concerns', 'stages', 'personas']).optional().describe('Documentation only: the collection the option ids come from.'),
    order: OrderSchema,
  })
  .superRefine((question, ctx) => {
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      if (seen.has(option.id)) ctx.addIssue({ code: 'custom', path: ['options', index, 'id'], message: `"${option.id}" is used twice; option ids must be unique within a question` });
      seen.add(option.id);
    });
  });
export type Question = z.output<typeof QuestionSchema>;
