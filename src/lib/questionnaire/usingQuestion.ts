/**
 * The `using` key of the URL contract: ids of catalogue tools the team already
 * runs. It is not a content question (its options are the catalogue itself),
 * so callers add it to the question specs with the catalogue's tool ids.
 */
import type { QuestionSpec } from './parseAnswers.ts';

export const USING_KEY = 'using';

export function withUsingQuestion(specs: readonly QuestionSpec[], toolIds: readonly string[]): QuestionSpec[] {
  return [...specs.filter((q) => q.id !== USING_KEY), { id: USING_KEY, multiple: true, options: toolIds.map((id) => ({ id })) }];
}

/**
 * The `using` question for a page that does not list the catalogue (the questionnaire's form): any well-formed id is
 * kept, and the results page, which has the catalogue, drops and reports the unknown ones.
 */
export function withOpenUsingQuestion(specs: readonly QuestionSpec[]): QuestionSpec[] {
  return [...specs.filter((q) => q.id !== USING_KEY), { id: USING_KEY, multiple: true, options: [], anyId: true }];
}
