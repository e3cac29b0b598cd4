/**
 * npm run recommend -- --query "team=ml-researcher&cloud=aws"
 * npm run recommend -- --answers answers.json
 * npm run recommend -- --query "…" --why kserve   (why a tool ranks where it does, or was left out)
 *
 * Prints the questionnaire's result as JSON, from the same engine and the same
 * content as the website: tools in rank order with scores, rings and reasons,
 * excluded tools with the reason, the suggested stack, gaps and overlaps.
 * Unknown questions or answers are ignored and listed under "notices".
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../src/lib/catalogue/loadCatalogue.ts';
import { contentDir } from '../src/lib/validation/contentDir.ts';
import { parseAnswers, serializeAnswers } from '../src/lib/questionnaire/parseAnswers.ts';
import { answersObjectToQuery, toResultJson } from '../src/lib/questionnaire/toResultJson.ts';
import { recommend } from '../src/lib/scoring/recommend.ts';
import { explainTool } from '../src/lib/scoring/explainTool.ts';
import { withUsingQuestion } from '../src/lib/questionnaire/usingQuestion.ts';

const USAGE = 'usage: npm run recommend -- --query "team=ml-researcher&cloud=aws" | --answers answers.json [--top N] [--why tool-id]';

function fail(message: string): never {
  console.error(`recommend: ${message}\n${USAGE}`);
  process.exit(2);
}

let values: { query?: string; answers?: string; top?: string; why?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { query: { type: 'string' }, answers: { type: 'string' }, top: { type: 'string' }, why: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.query === undefined && values.answers === undefined) fail('give --query or --answers');

let query = values.query ?? '';
if (values.answers !== undefined) {
  let text: string;
  try {
    text = readFileSync(values.answers, 'utf8');
  } catch {
    fail(`cannot read the answers file ${values.answers}`);
  }
  try {
    query = answersObjectToQuery(JSON.parse(text));
  } catch (error) {
    fail(`${values.answers}: ${(error as Error).message}`);
  }
}

let loaded;
try {
  loaded = loadCatalogue(contentDir());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { catalogue, questions, weights } = loaded;
const specs = withUsingQuestion(questions.map((q) => ({ id: q.id, multiple: q.data.multiple, options: q.data.options })), catalogue.tools.map((t) => t.id));
const { answers, notices } = parseAnswers(query, specs);
const recommendation = recommend(catalogue, answers, weights);
if (values.why !== undefined) {
  for (const notice of notices) console.error(`notice: ${notice}`);
  console.log(explainTool(recommendation, values.why.trim()));
  process.exit(0);
}
const result = toResultJson(recommendation, serializeAnswers(answers, specs), notices);
if (values.top !== undefined) {
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) fail('--top takes a whole number of 1 or more');
  result.tools = result.tools.slice(0, top);
}
for (const notice of notices) console.error(`notice: ${notice}`);
console.log(JSON.stringify(result, null, 2));
