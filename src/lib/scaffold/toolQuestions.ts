/**
 * The questions `npm run new:tool` asks, one per tool field, each with its
 * command-line flag, its help text (the schema's `.describe()` text), the
 * allowed values (from the schema's own id lists and the content folder) and
 * a parser that turns an answer into a value or into an error message that
 * lists what is allowed. The same parsers serve flags and interactive
 * answers, so both accept exactly the same input.
 */
import { CATEGORY_IDS, CATEGORY_TABLE, CLOUD_IDS, PERSONA_IDS, RING_IDS, STAGE_IDS, type CategoryId } from '../../schemas/ids.ts';
import { checkLicenseExpression, correctLicense } from '../../schemas/spdx.ts';
import { AIR_GAPPED_IDS, HOSTING_IDS, KUBERNETES_IDS, LEAVE_COST_IDS, OFFERING_IDS, PRICING_IDS, ToolSchema, WORKLOAD_IDS } from '../../schemas/tool.ts';
import { UrlSchema } from '../../schemas/common.ts';
import { closest } from '../validation/formatZodIssues.ts';
import type { LenientEntry } from './readContentEntries.ts';

/** What the scaffold needs to know about the catalogue. */
export interface ScaffoldContext {
  tools: LenientEntry[];
  capabilities: LenientEntry[];
  concerns: LenientEntry[];
  /** Today's date, YYYY-MM-DD (injectable for tests). */
  today: string;
}

export interface Address {
  concern: string;
  strength: number;
}

/** Answers collected so far; every field optional until the end. */
export interface ToolAnswers {
  name?: string;
  website?: string;
  description?: string;
  category?: CategoryId;
  license?: string;
  offering?: string;
  hosting?: string;
  repository?: string;
  docs?: string;
  stages?: string[];
  capabilities?: string[];
  personas?: string[];
  addresses?: Address[];
  clouds?: string[];
  firstRelease?: number;
  workloads?: string[];
  kubernetes?: string;
  airGapped?: string;
  pricing?: string;
  leaveCost?: string;
  ring?: string;
  ringRationale?: string;
  aliases?: string[];
  sources?: string[];
  integrations?: string[];
  alternatives?: string[];
  artifact?: number;
  scope?: number;
}
export type AnswerKey = keyof ToolAnswers;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface Choice {
  id: string;
  /** A short explanation shown next to the id in interactive lists. */
  note?: string;
}

export interface Question {
  key: AnswerKey;
  /** Command-line flag without the dashes, e.g. "first-release". */
  flag: string;
  /** Short label used in prompts and error messages. */
  label: string;
  /** One line of help for the prompt. */
  help: string;
  /** Must have a value at the end, either answered or defaulted. */
  required: boolean;
  /** Asked in an interactive run (the rest are flags only, with defaults). */
  interactive: boolean;
  /** Accepts several comma-separated values. */
  multiple: boolean;
  /** Listed options, for choice questions. */
  choices?: (ctx: ScaffoldContext) => Choice[];
  /** Answered by typing even though it has choices (they are listed as a hint), e.g. concern:strength pairs. */
  typed?: boolean;
  /** The value used when nothing is answered, shown in brackets. */
  fallback?: (answers: ToolAnswers, ctx: ScaffoldContext) => unknown;
  parse: (raw: string, ctx: ScaffoldContext) => Parsed<unknown>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Split a list answer on commas (and on white space when items cannot contain spaces). */
export function splitList(raw: string, spaces = true): string[] {
  return raw
    .split(spaces ? /[\s,]+/ : /\s*,\s*/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const comparable = (value: string) => value.trim().toLowerCase().replace(/[\s_]+/g, '-');

/**
 * Match an answer against allowed ids: the id itself, in any case, with
 * spaces or underscores for dashes.
 *
 * @example matchChoice('Experimentation platforms', CATEGORY_IDS) // → { ok: true, value: 'experimentation-platforms' }
 */
export function matchChoice(raw: string, allowed: readonly string[], what: string): Parsed<string> {
  const answer = raw.trim();
  const found = allowed.find((id) => id === answer) ?? allowed.find((id) => comparable(id) === comparable(answer));
  if (found) return ok(found);
  const guess = closest(comparable(answer), allowed.map(comparable));
  const suggestion = guess ? allowed.find((id) => comparable(id) === guess) : undefined;
  return fail(`"${answer}" is not a known ${what}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Allowed: ${allowed.join(', ')}.`);
}

function matchMany(raw: string, allowed: readonly string[], what: string): Parsed<string[]> {
  const out: string[] = [];
  const errors: string[] = [];
  for (const item of splitList(raw)) {
    const match = matchChoice(item, allowed, what);
    if (match.ok) {
      if (!out.includes(match.value)) out.push(match.value);
    } else errors.push(match.message);
  }
  if (errors.length) return fail(errors.join(' '));
  return ok(out);
}

/** Check a text answer with the tool schema's own rule for that field. */
function schemaText(key: 'name' | 'description' | 'ringRationale'): (raw: string) => Parsed<string> {
  return (raw) => {
    const result = ToolSchema.shape[key].safeParse(raw);
    return result.success ? ok(result.data) : fail(`${result.error.issues[0]?.message ?? 'is not valid'}.`);
  };
}

function url(raw: string): Parsed<string> {
  const result = UrlSchema.safeParse(raw);
  return result.success ? ok(result.data) : fail(`"${raw.trim()}" ${result.error.issues[0]?.message ?? 'is not a valid URL'}.`);
}

function urls(raw: string): Parsed<string[]> {
  const out: string[] = [];
  for (const item of splitList(raw)) {
    const parsed = url(item);
    if (!parsed.ok) return parsed;
    if (!out.includes(parsed.value)) out.push(parsed.value);
  }
  return ok(out);
}

function number(raw: string, min: number, max: number, integer: boolean): Parsed<number> {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    return fail(`"${raw.trim()}" must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`);
  }
  return ok(value);
}

function knownIds(entries: readonly LenientEntry[], raw: string, folder: string): Parsed<string[]> {
  const ids = entries.map((entry) => entry.id);
  const out: string[] = [];
  for (const item of splitList(raw)) {
    const id = comparable(item);
    if (!ids.includes(id)) {
      const guess = closest(id, ids);
      return fail(`"${item}" is not an entry in ${folder}.${guess ? ` Did you mean "${guess}"?` : ''}`);
    }
    if (!out.includes(id)) out.push(id);
  }
  return ok(out);
}

const entryChoices = (entries: readonly LenientEntry[]): Choice[] => entries.map((entry) => ({ id: entry.id, ...(typeof entry.data.name === 'string' ? { note: entry.data.name } : {}) }));

/** The essay's default ring of a category, and the rationale used when a tool keeps it. */
export function defaultRing(category: CategoryId): string {
  return CATEGORY_TABLE[category].ring;
}

/** The `.describe()` text of a top-level tool field. */
function describe(key: keyof typeof ToolSchema.shape): string {
  return ToolSchema.shape[key].description ?? '';
}

/** Every question, in the order an interactive run asks them. */
export const TOOL_QUESTIONS: readonly Question[] = [
  { key: 'name', flag: 'name', label: 'Name', help: describe('name'), required: true, interactive: true, multiple: false, parse: schemaText('name') },
  { key: 'website', flag: 'website', label: 'Website', help: describe('website'), required: true, interactive: true, multiple: false, parse: url },
  {
    key: 'description',
    flag: 'description',
    label: 'Description',
    help: `${describe('description')} (Blank leaves a TODO to fill in.)`,
    required: false,
    interactive: true,
    multiple: false,
    parse: schemaText('description'),
  },
  {
    key: 'category',
    flag: 'category',
    label: 'Category',
    help: describe('category'),
    required: true,
    interactive: true,
    multiple: false,
    choices: () => CATEGORY_IDS.map((id) => ({ id, note: `${CATEGORY_TABLE[id].quadrant}, default ring ${CATEGORY_TABLE[id].ring}` })),
    parse: (raw) => matchChoice(raw, CATEGORY_IDS, 'category'),
  },
  {
    key: 'license',
    flag: 'license',
    label: 'Licence (SPDX expression, or proprietary)',
    help: describe('license'),
    required: true,
    interactive: true,
    multiple: false,
    parse: (raw) => {
      const corrected = correctLicense(raw);
      return corrected ? ok(corrected) : fail((checkLicenseExpression(raw.trim()) as { message: string }).message);
    },
  },
  { key: 'offering', flag: 'offering', label: 'Offering', help: describe('offering'), required: true, interactive: true, multiple: false, choices: () => OFFERING_IDS.map((id) => ({ id })), parse: (raw) => matchChoice(raw, OFFERING_IDS, 'offering') },
  { key: 'hosting', flag: 'hosting', label: 'Hosting', help: describe('hosting'), required: true, interactive: true, multiple: false, choices: () => HOSTING_IDS.map((id) => ({ id })), parse: (raw) => matchChoice(raw, HOSTING_IDS, 'hosting') },
  { key: 'repository', flag: 'repository', label: 'Repository', help: describe('repository'), required: false, interactive: true, multiple: false, parse: url },
  { key: 'docs', flag: 'docs', label: 'Documentation', help: describe('docs'), required: false, interactive: true, multiple: false, parse: url },
  { key: 'stages', flag: 'stages', label: 'Stages', help: describe('stages'), required: true, interactive: true, multiple: true, choices: () => STAGE_IDS.map((id) => ({ id })), parse: (raw) => matchMany(raw, STAGE_IDS, 'lifecycle stage') },
  {
    key: 'capabilities',
    flag: 'capabilities',
    label: 'Capabilities',
    help: describe('capabilities'),
    required: true,
    interactive: true,
    multiple: true,
    choices: (ctx) => entryChoices(ctx.capabilities),
    parse: (raw, ctx) => matchMany(raw, ctx.capabilities.map((entry) => entry.id), 'capability (content/capabilities)'),
  },
  { key: 'personas', flag: 'personas', label: 'Personas', help: describe('personas'), required: true, interactive: true, multiple: true, choices: () => PERSONA_IDS.map((id) => ({ id })), parse: (raw) => matchMany(raw, PERSONA_IDS, 'persona') },
  {
    key: 'addresses',
    flag: 'addresses',
    label: 'Concerns addressed',
    typed: true,
    help: `${describe('addresses')} Write concern:strength (1 helps a little, 2 helps clearly, 3 a main reason to use it), e.g. lost-experiments:3, reproducibility:2.`,
    required: false,
    interactive: true,
    multiple: true,
    choices: (ctx) => entryChoices(ctx.concerns),
    fallback: () => [],
    parse: (raw, ctx) => {
      const ids = ctx.concerns.map((entry) => entry.id);
      const out: Address[] = [];
      for (const item of splitList(raw)) {
        const [concernRaw = '', strengthRaw] = item.split(':');
        const concern = matchChoice(concernRaw, ids, 'concern (content/concerns)');
        if (!concern.ok) return concern;
        const strength = strengthRaw === undefined ? ok(2) : number(strengthRaw, 1, 3, true);
        if (!strength.ok) return fail(`Strength of ${concern.value}: ${strength.message}`);
        if (out.some((a) => a.concern === concern.value)) return fail(`"${concern.value}" is listed twice; keep one with the right strength.`);
        out.push({ concern: concern.value, strength: strength.value });
      }
      return ok(out);
    },
  },
  { key: 'clouds', flag: 'clouds', label: 'Clouds', help: describe('clouds'), required: false, interactive: true, multiple: true, choices: () => CLOUD_IDS.map((id) => ({ id })), fallback: () => [], parse: (raw) => matchMany(raw, CLOUD_IDS, 'cloud') },
  {
    key: 'firstRelease',
    flag: 'first-release',
    label: 'First release (year)',
    help: describe('firstRelease'),
    required: false,
    interactive: true,
    multiple: false,
    parse: (raw, ctx) => number(raw, 1990, Number(ctx.today.slice(0, 4)), true),
  },
  { key: 'workloads', fallback: () => ['unknown'], flag: 'workloads', label: 'Workloads', help: describe('workloads'), required: false, interactive: true, multiple: true, choices: () => [...WORKLOAD_IDS, 'all', 'unknown'].map((id) => ({ id })), parse: (raw) => matchMany(raw, [...WORKLOAD_IDS, 'all', 'unknown'], 'workload') },
  { key: 'kubernetes', fallback: () => 'unknown', flag: 'kubernetes', label: 'Needs Kubernetes', help: describe('kubernetes'), required: false, interactive: true, multiple: false, choices: () => KUBERNETES_IDS.map((id) => ({ id })), parse: (raw) => matchChoice(raw, KUBERNETES_IDS, 'Kubernetes answer') },
  { key: 'airGapped', fallback: () => 'unknown', flag: 'air-gapped', label: 'Runs air-gapped', help: describe('airGapped'), required: false, interactive: true, multiple: false, choices: () => AIR_GAPPED_IDS.map((id) => ({ id })), parse: (raw) => matchChoice(raw, AIR_GAPPED_IDS, 'air-gap answer') },
  { key: 'pricing', fallback: () => 'unknown', flag: 'pricing', label: 'Pricing', help: describe('pricing'), required: false, interactive: true, multiple: false, choices: () => PRICING_IDS.map((id) => ({ id })), parse: (raw) => matchChoice(raw, PRICING_IDS, 'pricing') },
  { key: 'leaveCost', fallback: () => 'unknown', flag: 'leave-cost', label: 'Cost of leaving', help: describe('leaveCost'), required: false, interactive: true, multiple: false, choices: () => LEAVE_COST_IDS.map((id) => ({ id })), parse: (raw) => matchChoice(raw, LEAVE_COST_IDS, 'leave cost') },
  {
    key: 'ring',
    flag: 'ring',
    label: 'Ring',
    help: `${describe('ring')} Default: the ring the essay gives its category.`,
    required: true,
    interactive: true,
    multiple: false,
    choices: () => RING_IDS.map((id) => ({ id })),
    fallback: (answers) => (answers.category ? defaultRing(answers.category) : undefined),
    parse: (raw) => matchChoice(raw, RING_IDS, 'ring'),
  },
  {
    key: 'ringRationale',
    flag: 'ring-rationale',
    label: 'Why this ring',
    help: `${describe('ringRationale')} Required when the ring differs from its category's default.`,
    required: true,
    interactive: true,
    multiple: false,
    fallback: (answers) => (answers.category && (answers.ring === undefined || answers.ring === defaultRing(answers.category)) ? `The essay's default ring for ${answers.category} tools; nothing about this tool argues for another.` : undefined),
    parse: schemaText('ringRationale'),
  },
  {
    key: 'aliases',
    flag: 'aliases',
    label: 'Aliases',
    help: `${describe('aliases')} Comma-separated.`,
    required: false,
    interactive: true,
    multiple: true,
    fallback: () => [],
    parse: (raw) => {
      const items = splitList(raw, false);
      const bad = items.find((item) => item.length > 80);
      return bad ? fail(`"${bad.slice(0, 30)}…" is longer than 80 characters.`) : items.length > 10 ? fail('At most 10 aliases.') : ok(items);
    },
  },
  {
    key: 'sources',
    flag: 'sources',
    label: 'Sources',
    help: `${describe('sources')} Enter keeps the website, repository and docs given above.`,
    required: true,
    interactive: true,
    multiple: true,
    fallback: (answers) => [...new Set([answers.docs, answers.website, answers.repository].filter((value): value is string => typeof value === 'string'))],
    parse: urls,
  },
  { key: 'integrations', flag: 'integrations', label: 'Integrates with', help: describe('integrations'), required: false, interactive: true, multiple: true, fallback: () => [], parse: (raw, ctx) => knownIds(ctx.tools, raw, 'content/tools') },
  { key: 'alternatives', flag: 'alternatives', label: 'Alternatives', help: describe('alternatives'), required: false, interactive: true, multiple: true, fallback: () => [], parse: (raw, ctx) => knownIds(ctx.tools, raw, 'content/tools') },
  { key: 'artifact', flag: 'artifact', label: 'Position, artifact axis', help: 'Artifact axis, 0 (software) to 1 (model). Default: the middle of its category.', required: false, interactive: false, multiple: false, parse: (raw) => number(raw, 0, 1, false) },
  { key: 'scope', flag: 'scope', label: 'Position, scope axis', help: 'Scope axis, 0 (piecemeal) to 1 (all-in-one). Default: the middle of its category.', required: false, interactive: false, multiple: false, parse: (raw) => number(raw, 0, 1, false) },
];

/** The question for a flag name, e.g. "first-release". */
export function questionForFlag(flag: string): Question | undefined {
  return TOOL_QUESTIONS.find((question) => question.flag === flag);
}
