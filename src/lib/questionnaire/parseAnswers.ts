/**
 * Read questionnaire answers from a URL query string (the public contract in
 * docs/url-contract.md): keys are question ids, values option ids,
 * comma-separated for multi-select. Anything unknown, malformed or hostile is
 * dropped and described in a notice; nothing from the input is ever trusted
 * beyond being compared with known ids.
 */
import type { Answers } from '../scoring/types.ts';
import { isSafeId } from '../url-state/isSafeId.ts';

export interface QuestionSpec {
  id: string;
  multiple: boolean;
  options: readonly { id: string }[];
  /**
   * Any well-formed id is an answer (kebab-case, at most MAX_OPEN_VALUES of them, in code-point order), for a page
   * that does not hold the full list of options: the questionnaire's form takes the tools a team runs without
   * listing the whole catalogue; the results page, which has it, checks them against it.
   */
  anyId?: boolean;
}

/** Most values an `anyId` question keeps from an address, and the longest id it accepts. */
export const MAX_OPEN_VALUES = 100;
const MAX_OPEN_ID_LENGTH = 80;
const isOpenValue = (value: string) => value.length <= MAX_OPEN_ID_LENGTH && isSafeId(value);

/** Longest query string we read; the full questionnaire needs far less. */
export const MAX_QUERY_LENGTH = 4000;
/** At most this many notices are listed; the rest are counted, so a hostile link cannot flood the page. */
export const MAX_NOTICES = 8;
const MAX_SHOWN = 40;

/** Make untrusted text safe and short for a notice (it is shown with textContent, never as HTML). */
export function describeValue(value: string): string {
   
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN - 1)}…` : clean;
}

/**
 * @example parseAnswers('?team=ml-researcher,bogus&cloud=aws', questions)
 *   // → { answers: { team: ['ml-researcher'], cloud: ['aws'] }, notices: ['Ignored “bogus”, not an answer to “team”.'] }
 */
export function parseAnswers(query: string | URLSearchParams, questions: readonly QuestionSpec[]): { answers: Answers; notices: string[] } {
  const notices: string[] = [];
  let params: URLSearchParams;
  if (typeof query === 'string') {
    let text = query;
    if (text.length > MAX_QUERY_LENGTH) {
      notices.push(`The address was too long; only its first ${MAX_QUERY_LENGTH} characters were read.`);
      text = text.slice(0, MAX_QUERY_LENGTH);
    }
    try {
      params = new URLSearchParams(text.startsWith('?') ? text.slice(1) : text);
    } catch {
      return { answers: {}, notices: ['The address could not be read, so no answers were taken from it.'] };
    }
  } else params = query;

  const byId = new Map(questions.map((q) => [q.id, q]));
  const optionSets = new Map(questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]));
  const picked = new Map<string, Set<string>>();
  for (const [rawKey, rawValue] of params) {
    const question = byId.get(rawKey);
    if (!question) {
      notices.push(`Ignored “${describeValue(rawKey)}”: it is not a question of this questionnaire.`);
      continue;
    }
    const set = picked.get(question.id) ?? new Set<string>();
    for (const part of rawValue.split(',')) {
      const value = part.trim();
      if (value === '') continue;
      if (question.anyId ? !isOpenValue(value) : !optionSets.get(question.id)!.has(value)) {
        notices.push(question.id === 'using' ? `Ignored “${describeValue(value)}” in the tools you use: no tool with that id is in the catalogue.` : `Ignored “${describeValue(value)}”: it is not an answer to “${question.id}”.`);
        continue;
      }
      set.add(value);
    }
    picked.set(question.id, set);
  }

  const answers: Record<string, string[]> = {};
  for (const question of questions) {
    const set = picked.get(question.id);
    if (!set || set.size === 0) continue;
    let values = question.anyId ? openValues(set) : question.options.map((o) => o.id).filter((id) => set.has(id));
    if (!question.multiple && values.length > 1) {
      notices.push(`“${question.id}” takes one answer; kept “${values[0]}” and ignored the rest.`);
      values = values.slice(0, 1);
    }
    answers[question.id] = values;
  }
  const unique = [...new Set(notices)];
  if (unique.length > MAX_NOTICES) {
    const rest = unique.length - (MAX_NOTICES - 1);
    return { answers, notices: [...unique.slice(0, MAX_NOTICES - 1), `…and ${rest} more unknown questions or answers were ignored.`] };
  }
  return { answers, notices: unique };
}

/**
 * The canonical query string for a set of answers: questions in questionnaire
 * order, values in option order, commas unescaped.
 *
 * @example serializeAnswers({ cloud: ['aws'], team: ['ml-engineer', 'ml-researcher'] }, questions)
 *   // → 'team=ml-researcher,ml-engineer&cloud=aws'
 */
export function serializeAnswers(answers: Answers, questions: readonly QuestionSpec[]): string {
  const parts: string[] = [];
  for (const question of questions) {
    const chosen = answers[question.id];
    if (!chosen?.length) continue;
    const values = question.anyId ? openValues(chosen.filter(isOpenValue)) : question.options.map((o) => o.id).filter((id) => chosen.includes(id));
    if (values.length) parts.push(`${encodeURIComponent(question.id)}=${values.map(encodeURIComponent).join(',')}`);
  }
  return parts.join('&');
}

/** An `anyId` question's values: distinct, in code-point order, at most MAX_OPEN_VALUES. */
function openValues(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_OPEN_VALUES);
}
