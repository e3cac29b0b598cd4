/**
 * Fill the gaps in a set of answers with each question's default (the
 * category's ring, the website as a source, …) and report what is still
 * missing, with the allowed values, so a non-interactive run can say exactly
 * which flags to add.
 */
import type { CATEGORY_TABLE } from '../../schemas/ids.ts';
import { defaultPosition } from './defaultPosition.ts';
import { TOOL_QUESTIONS, defaultRing, type ScaffoldContext, type ToolAnswers } from './toolQuestions.ts';

export interface CompleteAnswers extends ToolAnswers {
  name: string;
  website: string;
  category: keyof typeof CATEGORY_TABLE;
  license: string;
  offering: string;
  hosting: string;
  stages: string[];
  capabilities: string[];
  personas: string[];
  ring: string;
  ringRationale: string;
  sources: string[];
  artifact: number;
  scope: number;
  /** How many existing tools the default position was computed from (0: the quadrant's middle). */
  positionBasis: number | undefined;
}

/** One missing answer: the flag to pass and what it accepts. */
export interface MissingAnswer {
  flag: string;
  message: string;
}

/**
 * @example completeAnswers({ name: 'X', category: 'data-orchestrators', … }, ctx).answers?.ring // → 'adopt'
 */
export function completeAnswers(given: ToolAnswers, ctx: ScaffoldContext): { answers?: CompleteAnswers; missing: MissingAnswer[] } {
  const answers: Record<string, unknown> = { ...given };
  for (const question of TOOL_QUESTIONS) {
    if (answers[question.key] === undefined && question.fallback) {
      const value = question.fallback(answers, ctx);
      if (value !== undefined) answers[question.key] = value;
    }
  }
  const missing: MissingAnswer[] = [];
  for (const question of TOOL_QUESTIONS) {
    const value = answers[question.key];
    if (!question.required || (value !== undefined && !(Array.isArray(value) && value.length === 0))) continue;
    // The ring and its rationale default from the category: only ask for them once the category is known.
    if (!given.category && (question.key === 'ring' || question.key === 'ringRationale')) continue;
    const choices = question.choices?.(ctx).map((choice) => choice.id);
    let message = `${question.label} is required: ${question.help}`;
    if (question.key === 'ringRationale' && given.category) message = `--ring-rationale is required because the ring "${String(answers.ring)}" differs from the default ring of ${given.category} ("${defaultRing(given.category)}"): say in one line why.`;
    else if (choices) message += ` Allowed: ${choices.join(', ')}.`;
    missing.push({ flag: question.flag, message });
  }
  let positionBasis: number | undefined;
  if (given.category && (answers.artifact === undefined || answers.scope === undefined)) {
    const position = defaultPosition(given.category, ctx.tools);
    answers.artifact ??= position.artifact;
    answers.scope ??= position.scope;
    positionBasis = position.basis;
  }
  if (missing.length) return { missing };
  return { answers: { ...(answers as unknown as CompleteAnswers), positionBasis }, missing };
}
