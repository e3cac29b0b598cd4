/**
 * The interactive part of `npm run new:tool`: asks every question not already
 * answered by a flag, shows the allowed values (numbered), accepts a number or
 * an id, shows the default in brackets, re-asks after a wrong answer with the
 * reason, and checks the name against the catalogue right after it is given.
 * Input and output are injected, so tests drive it with plain strings.
 */
import { checkDuplicate } from './scaffoldTool.ts';
import { TOOL_QUESTIONS, type Choice, type Question, type ScaffoldContext, type ToolAnswers } from './toolQuestions.ts';

export interface InterviewIO {
  /** Print a prompt and resolve with the next line of input, or undefined at end of input. */
  ask(prompt: string): Promise<string | undefined>;
  /** Print a line. */
  say(text: string): void;
}

export type InterviewOutcome = { kind: 'answered'; answers: ToolAnswers; notDuplicateOf?: string } | { kind: 'refused'; message: string } | { kind: 'ended'; message: string };

function formatChoices(choices: readonly Choice[]): string[] {
  const width = String(choices.length).length;
  if (choices.every((choice) => !choice.note) && choices.length > 8) {
    // Many bare ids (licences): several per line.
    const cells = choices.map((choice, i) => `${String(i + 1).padStart(width)}) ${choice.id}`);
    const cell = Math.max(...cells.map((c) => c.length)) + 2;
    const perLine = Math.max(1, Math.floor(96 / cell));
    const lines: string[] = [];
    for (let i = 0; i < cells.length; i += perLine) lines.push(`    ${cells.slice(i, i + perLine).map((c) => c.padEnd(cell)).join('').trimEnd()}`);
    return lines;
  }
  const idWidth = Math.max(...choices.map((choice) => choice.id.length));
  return choices.map((choice, i) => `    ${String(i + 1).padStart(width)}) ${choice.note ? `${choice.id.padEnd(idWidth)}  ${choice.note}` : choice.id}`);
}

function showDefault(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.length ? ` [${value.map((item) => (typeof item === 'object' ? `${(item as { concern: string }).concern}:${(item as { strength: number }).strength}` : String(item))).join(', ')}]` : '';
  return ` [${typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)}]`;
}

async function askOne(question: Question, answers: ToolAnswers, ctx: ScaffoldContext, io: InterviewIO): Promise<{ value?: unknown; ended?: true }> {
  io.say('');
  io.say(`${question.label}: ${question.help}`);
  const choices = question.choices?.(ctx);
  if (choices) {
    for (const line of formatChoices(choices)) io.say(line);
    if (question.multiple) io.say('    Several: separate them with commas, e.g. 1,3 or ids.');
  }
  const fallback = question.fallback?.(answers, ctx);
  const hint = question.required ? '' : fallback === undefined || (Array.isArray(fallback) && fallback.length === 0) ? ' (optional, Enter to skip)' : '';
  for (;;) {
    const raw = await io.ask(`? ${question.label}${hint}${showDefault(fallback)}: `);
    if (raw === undefined) return { ended: true };
    if (raw.trim() === '') {
      if (fallback !== undefined && !(question.required && Array.isArray(fallback) && fallback.length === 0)) return { value: fallback };
      if (!question.required) return {};
      io.say(`  ✖ ${question.label} is required.`);
      continue;
    }
    const parsed = question.parse(raw, ctx);
    if (parsed.ok) return { value: parsed.value };
    io.say(`  ✖ ${parsed.message}`);
  }
}

/**
 * @param given answers already taken from flags (not asked again)
 * @example await interviewTool({ name: 'Example' }, ctx, io) // asks website, description, category, …
 */
export async function interviewTool(given: ToolAnswers, ctx: ScaffoldContext, io: InterviewIO, notDuplicateOf?: string): Promise<InterviewOutcome> {
  const answers: Record<string, unknown> = { ...given };
  const ended = { kind: 'ended', message: 'Input ended before every question was answered; nothing was written. Run it again, or pass every answer as a flag with --yes (npm run new:tool -- --help).' } as const;
  let confirmed = notDuplicateOf;
  const nameCheck = async (name: string): Promise<InterviewOutcome | undefined> => {
    const duplicate = checkDuplicate(name, ctx, confirmed);
    if (!duplicate) return undefined;
    if (duplicate.match.level === 'same') return { kind: 'refused', message: duplicate.message };
    io.say(`  ! "${name}" looks like "${duplicate.match.matched}" (${duplicate.match.file}).`);
    const reply = await io.ask(`? Is "${name}" a different product from "${duplicate.match.matched}"? [y/N]: `);
    if (reply === undefined) return ended;
    if (/^y(es)?$/i.test(reply.trim())) {
      confirmed = duplicate.match.id;
      return undefined;
    }
    return { kind: 'refused', message: `Not added. Edit ${duplicate.match.file} instead.` };
  };
  if (typeof answers.name === 'string') {
    const outcome = await nameCheck(answers.name);
    if (outcome) return outcome;
  }
  for (const question of TOOL_QUESTIONS) {
    if (!question.interactive || answers[question.key] !== undefined) continue;
    const { value, ended: isEnd } = await askOne(question, answers, ctx, io);
    if (isEnd) return ended;
    if (value !== undefined) answers[question.key] = value;
    if (question.key === 'name' && typeof value === 'string') {
      const outcome = await nameCheck(value);
      if (outcome) return outcome;
    }
  }
  return { kind: 'answered', answers: answers, ...(confirmed ? { notDuplicateOf: confirmed } : {}) };
}
