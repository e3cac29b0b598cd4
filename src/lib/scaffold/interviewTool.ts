/**
 * The interactive part of `npm run new:tool`: asks every question not already
 * answered by a flag (a pick list where the schema has fixed values, typed text
 * elsewhere), shows the default, re-asks after a wrong answer with the reason,
 * and checks the name against the catalogue right after it is given.
 *
 * The prompts themselves come from a `Prompter`: the command line passes one
 * built on @clack/prompts (arrow keys, type-to-filter, screen-reader mode);
 * tests pass a scripted one.
 */
import { checkDuplicate } from './scaffoldTool.ts';
import { TOOL_QUESTIONS, type Choice, type Question, type ScaffoldContext, type ToolAnswers } from './toolQuestions.ts';

/** What the interview needs from a terminal. Every prompt resolves with `undefined` when the person cancels. */
export interface Prompter {
  /** Free text. `validate` returns the reason an answer is refused, or undefined. */
  text(options: { message: string; help: string; placeholder?: string; validate: (raw: string) => string | undefined }): Promise<string | undefined>;
  select(options: { message: string; help: string; choices: readonly Choice[]; initial?: string }): Promise<string | undefined>;
  multiselect(options: { message: string; help: string; choices: readonly Choice[]; initial: readonly string[]; required: boolean }): Promise<string[] | undefined>;
  confirm(options: { message: string }): Promise<boolean | undefined>;
  /** A line of feedback (a refused pick, a near-duplicate warning). */
  say(text: string): void;
}

export type InterviewOutcome = { kind: 'answered'; answers: ToolAnswers; notDuplicateOf?: string } | { kind: 'refused'; message: string } | { kind: 'ended'; message: string };

/** How a default is shown in a text prompt: lists comma-separated, concerns as concern:strength. */
function showDefault(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.length ? value.map((item) => (typeof item === 'object' ? `${(item as { concern: string }).concern}:${(item as { strength: number }).strength}` : String(item))).join(', ') : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

type Asked = { value?: unknown; cancelled?: true };

async function askOne(question: Question, answers: ToolAnswers, ctx: ScaffoldContext, prompter: Prompter): Promise<Asked> {
  const fallback = question.fallback?.(answers, ctx);
  const choices = question.typed ? undefined : question.choices?.(ctx);
  const base = { message: question.label, help: question.help };
  if (choices && question.multiple) {
    const initial = Array.isArray(fallback) ? fallback.map(String) : [];
    for (;;) {
      const picked = await prompter.multiselect({ ...base, choices, initial, required: question.required });
      if (picked === undefined) return { cancelled: true };
      if (picked.length === 0) return question.required ? (prompter.say(`✖ ${question.label} is required.`), askOne(question, answers, ctx, prompter)) : { value: fallback };
      // The question's own parser still decides (e.g. "all" cannot be combined with other workloads).
      const parsed = question.parse(picked.join(','), ctx);
      if (parsed.ok) return { value: parsed.value };
      prompter.say(`✖ ${parsed.message}`);
    }
  }
  if (choices) {
    const picked = await prompter.select({ ...base, choices, ...(typeof fallback === 'string' ? { initial: fallback } : {}) });
    if (picked === undefined) return { cancelled: true };
    const parsed = question.parse(picked, ctx);
    return parsed.ok ? { value: parsed.value } : { value: fallback };
  }
  const shown = showDefault(fallback);
  const optional = !question.required && shown === undefined;
  const raw = await prompter.text({
    message: `${question.label}${optional ? ' (optional, Enter to skip)' : ''}`,
    help: question.choices ? `${question.help} Known: ${question.choices(ctx).map((choice) => choice.id).join(', ')}.` : question.help,
    ...(shown !== undefined ? { placeholder: shown } : {}),
    validate: (answer) => {
      if (answer.trim() === '') return question.required && fallback === undefined ? `${question.label} is required.` : undefined;
      const parsed = question.parse(answer, ctx);
      return parsed.ok ? undefined : parsed.message;
    },
  });
  if (raw === undefined) return { cancelled: true };
  if (raw.trim() === '') return fallback === undefined ? {} : { value: fallback };
  const parsed = question.parse(raw, ctx);
  return parsed.ok ? { value: parsed.value } : {};
}

/**
 * @param given answers already taken from flags (not asked again)
 * @example await interviewTool({ name: 'Example' }, ctx, prompter) // asks website, description, category, …
 */
export async function interviewTool(given: ToolAnswers, ctx: ScaffoldContext, prompter: Prompter, notDuplicateOf?: string): Promise<InterviewOutcome> {
  const answers: Record<string, unknown> = { ...given };
  const cancelled = { kind: 'ended', message: 'Cancelled before every question was answered; nothing was written. Run it again, or pass every answer as a flag with --yes (npm run new:tool -- --help).' } as const;
  let confirmed = notDuplicateOf;
  const nameCheck = async (name: string): Promise<InterviewOutcome | undefined> => {
    const duplicate = checkDuplicate(name, ctx, confirmed);
    if (!duplicate) return undefined;
    if (duplicate.match.level === 'same') return { kind: 'refused', message: duplicate.message };
    prompter.say(`! "${name}" looks like "${duplicate.match.matched}" (${duplicate.match.file}).`);
    const different = await prompter.confirm({ message: `Is "${name}" a different product from "${duplicate.match.matched}"?` });
    if (different === undefined) return cancelled;
    if (!different) return { kind: 'refused', message: `Not added. Edit ${duplicate.match.file} instead.` };
    confirmed = duplicate.match.id;
    return undefined;
  };
  if (typeof answers.name === 'string') {
    const outcome = await nameCheck(answers.name);
    if (outcome) return outcome;
  }
  for (const question of TOOL_QUESTIONS) {
    if (!question.interactive || answers[question.key] !== undefined) continue;
    const asked = await askOne(question, answers, ctx, prompter);
    if (asked.cancelled) return cancelled;
    if (asked.value !== undefined) answers[question.key] = asked.value;
    if (question.key === 'name' && typeof asked.value === 'string') {
      const outcome = await nameCheck(asked.value);
      if (outcome) return outcome;
    }
  }
  return { kind: 'answered', answers, ...(confirmed ? { notDuplicateOf: confirmed } : {}) };
}
