/**
 * npm run new:tool [-- --name "…" --website … --category … --yes]
 *
 * Scaffold content/tools/<id>.mdx: asks for each field (or takes flags; with
 * --yes nothing is asked), refuses a tool already in the catalogue (fuzzy
 * matches and aliases too) naming the existing file, and writes a file with
 * every field present and explained that passes `npm run validate`. Writes
 * nothing unless everything is in order. See CONTRIBUTING.md.
 */
import * as prompts from '@clack/prompts';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssueLine } from '../src/lib/validation/formatReport.ts';
import { closest } from '../src/lib/validation/formatZodIssues.ts';
import { interviewTool, type Prompter } from '../src/lib/scaffold/interviewTool.ts';
import { loadScaffoldContext } from '../src/lib/scaffold/loadScaffoldContext.ts';
import { scaffoldTool } from '../src/lib/scaffold/scaffoldTool.ts';
import { TOOL_QUESTIONS, type ToolAnswers } from '../src/lib/scaffold/toolQuestions.ts';
import { writeNewFile } from '../src/lib/scaffold/writeNewFile.ts';

const CONTROL_FLAGS = {
  yes: { type: 'boolean', short: 'y', default: false },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  content: { type: 'string', default: process.env.NAVIGATOR_CONTENT_DIR ?? 'content' },
  'not-duplicate-of': { type: 'string' },
} as const;
const FIELD_FLAGS = Object.fromEntries(TOOL_QUESTIONS.map((question) => [question.flag, { type: 'string' } as const]));

function usage(): string {
  const rows = TOOL_QUESTIONS.map((q) => `  --${q.flag.padEnd(18)} ${q.required ? '(required) ' : ''}${q.help}`);
  return [
    'Usage: npm run new:tool [-- <flags>]',
    '',
    'Asks for every field not given as a flag, then writes content/tools/<id>.mdx.',
    'Lists are comma-separated (--stages model-training,deployment); --addresses takes concern:strength pairs.',
    '',
    'Fields:',
    ...rows,
    '',
    'Control:',
    '  --yes, -y              ask nothing; missing required fields are an error listing the allowed values',
    '  --dry-run              print the entry instead of writing it',
    '  --content <dir>        content folder (default: content, or $NAVIGATOR_CONTENT_DIR)',
    '  --not-duplicate-of <id>  the name is close to an existing entry but is a different product',
    '  --help, -h             this text',
    '',
    'Example:',
    '  npm run new:tool -- --yes --name "Example Tracker" --website https://example.org --category experimentation-platforms \\',
    '    --license Apache-2.0 --offering open-source --hosting both --stages model-training --capabilities experiment-tracking \\',
    '    --personas ml-researcher',
  ].join('\n');
}

/**
 * The interview's prompts, drawn by @clack/prompts (the library create-astro
 * uses). Lists longer than a screen filter as you type. NAVIGATOR_ACCESSIBLE=1
 * (or a screen reader's TERM=dumb) switches clack to its plain, linear mode.
 */
function clackPrompter(): Prompter {
  const accessible = process.env.NAVIGATOR_ACCESSIBLE === '1' || process.env.TERM === 'dumb';
  const options = (choices: readonly { id: string; note?: string }[]) => choices.map((choice) => ({ value: choice.id, label: choice.id, ...(choice.note ? { hint: choice.note } : {}) }));
  const done = <T,>(value: T): Exclude<T, symbol> | undefined => (prompts.isCancel(value) ? undefined : (value as Exclude<T, symbol>));
  const message = (label: string, help: string) => `${label}\n  ${help}`;
  return {
    text: async ({ message: label, help, placeholder, validate }) =>
      done(await prompts.text({ message: message(label, help), accessible, ...(placeholder ? { placeholder } : {}), validate: (value) => validate(value ?? '') })),
    select: async ({ message: label, help, choices, initial }) => {
      const common = { message: message(label, help), accessible, options: options(choices), ...(initial ? { initialValue: initial } : {}) };
      return done(choices.length > 12 ? await prompts.autocomplete<string>({ ...common, maxItems: 10 }) : await prompts.select<string>(common));
    },
    multiselect: async ({ message: label, help, choices, initial, required }) => {
      const common = { message: message(label, help), accessible, options: options(choices), initialValues: [...initial], required };
      return done(choices.length > 12 ? await prompts.autocompleteMultiselect<string>({ ...common, maxItems: 10 }) : await prompts.multiselect<string>(common));
    },
    confirm: async ({ message: label }) => done(await prompts.confirm({ message: label, accessible, initialValue: false })),
    say: (text) => (text.startsWith('✖') ? prompts.log.error(text.slice(2)) : prompts.log.warn(text.replace(/^! /, ''))),
  };
}

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({ options: { ...CONTROL_FLAGS, ...FIELD_FLAGS }, strict: true, allowPositionals: false }));
} catch (error) {
  const unknown = /'(--?[^']+)'/.exec((error as Error).message)?.[1];
  const flags = [...Object.keys(CONTROL_FLAGS), ...Object.keys(FIELD_FLAGS)];
  const guess = unknown ? closest(unknown.replace(/^-+/, ''), flags) : undefined;
  fail(`${(error as Error).message}.${guess ? ` Did you mean --${guess}?` : ''} Run npm run new:tool -- --help for every flag.`);
}
if (values.help) {
  console.log(usage());
  process.exit(0);
}

const contentDir = resolve(String(values.content));
const ctx = loadScaffoldContext(contentDir);
if (ctx.capabilities.length === 0) fail(`${contentDir} has no capabilities/ folder: is --content pointing at the content folder?`);

// Flags first: every bad flag is reported at once.
const given: ToolAnswers = {};
const errors: string[] = [];
for (const question of TOOL_QUESTIONS) {
  const raw = values[question.flag];
  if (typeof raw !== 'string') continue;
  const parsed = question.parse(raw, ctx);
  if (parsed.ok) (given as Record<string, unknown>)[question.key] = parsed.value;
  else errors.push(`--${question.flag}: ${parsed.message}`);
}
if (errors.length) fail(`${errors.length === 1 ? 'A flag is' : `${errors.length} flags are`} not valid; nothing was written.\n  ${errors.join('\n  ')}`);

let notDuplicateOf = typeof values['not-duplicate-of'] === 'string' ? values['not-duplicate-of'] : undefined;
let answers = given;
if (!values.yes) {
  // Pick lists need a terminal; piped or scripted runs pass flags instead.
  if (!process.stdin.isTTY) fail('Standard input is not a terminal, so nothing can be asked. Pass the answers as flags with --yes (npm run new:tool -- --help lists them); nothing was written.');
  prompts.intro(`New tool entry for ${relative(process.cwd(), contentDir) || '.'}/tools`);
  prompts.log.info('Arrow keys move, Space picks in a list, typing filters long lists, Enter confirms, Ctrl+C cancels.');
  const outcome = await interviewTool(given, ctx, clackPrompter(), notDuplicateOf);
  if (outcome.kind !== 'answered') fail(outcome.message);
  answers = outcome.answers;
  notDuplicateOf = outcome.notDuplicateOf;
}

const result = scaffoldTool(answers, ctx, contentDir, { ...(notDuplicateOf ? { notDuplicateOf } : {}) });
switch (result.kind) {
  case 'duplicate':
    fail(`${result.message}\nNothing was written.`);
  case 'missing':
    fail(`${result.missing.length} required ${result.missing.length === 1 ? 'answer is' : 'answers are'} missing; nothing was written.\n${result.missing.map((m) => `  --${m.flag}: ${m.message}`).join('\n')}`);
  case 'invalid':
    fail(`The entry would not pass validation, so nothing was written:\n${result.issues.map(formatIssueLine).join('\n')}`);
  case 'ready':
    if (values['dry-run']) {
      process.stdout.write(result.text);
      break;
    }
    if (!writeNewFile(result.path, result.text)) fail(`${result.file} already exists; edit it instead. Nothing was written.`);
    const contentFlag = contentDir === resolve('content') ? '' : ` -- --content ${relative(process.cwd(), contentDir) || '.'}`;
    console.log(`\n✔ wrote ${result.file}: every field is explained in its comments.
Next:
  1. Replace every TODO in ${result.file} and check each fact against its sources.
  2. npm run validate${contentFlag}
  3. npm run preview:entry -- ${result.file}
  4. Open a pull request (CONTRIBUTING.md has the checklist).`);
}
