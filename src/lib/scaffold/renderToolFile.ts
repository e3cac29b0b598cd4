/**
 * Write the text of a new content/tools/<id>.mdx: every field of the tool
 * schema present (optional ones without a value commented out with an
 * example), each preceded by a comment explaining it, taken from the same
 * field records as CONTRIBUTING.md's field reference, then a body template.
 * A field added to the schema later still appears (commented out, with its
 * description), so the scaffold never silently lags behind the schema.
 */
import { stringify } from 'yaml';
import { CATEGORY_TABLE } from '../../schemas/ids.ts';
import type { FieldDoc } from '../schema-docs/describeFields.ts';
import type { CompleteAnswers } from './completeAnswers.ts';
import type { ScaffoldContext } from './toolQuestions.ts';

const WIDTH = 110;

/** Wrap a comment to WIDTH columns, every line starting with `indent# `. */
export function commentLines(text: string, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

/** A YAML scalar, quoted only when YAML needs it. */
const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();
const flow = (items: readonly string[]) => `[${items.join(', ')}]`;
const quotedFlow = (items: readonly string[]) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;

/** Escape what MDX would read as markup in a name used in the body. */
const mdxText = (text: string) => text.replace(/[{}<>]/g, (char) => `\\${char}`);

function explain(field: FieldDoc, extra = ''): string {
  const parts = [field.description];
  if (field.allowed && field.allowed.length <= 40) parts.push(`Allowed: ${field.allowed.join(', ')}.`);
  if (extra) parts.push(extra);
  if (!/\bRequired\b/.test(field.description)) parts.push(field.required ? 'Required.' : 'Optional.');
  return parts.join(' ');
}

/**
 * @param answers complete answers (completeAnswers)
 * @param fields the tool's field records (toolFieldDocs())
 * @param id the entry id, for the commands in the header
 */
export function renderToolFile(answers: CompleteAnswers, fields: readonly FieldDoc[], ctx: ScaffoldContext, id: string): string {
  const byPath = new Map(fields.map((field) => [field.path, field]));
  const doc = (path: string) => byPath.get(path) ?? { path, depth: 0, required: false, type: '', description: '' };
  const out: string[] = ['---'];
  out.push(
    ...commentLines(`Tool entry for MLOps Navigator, written by "npm run new:tool" on ${ctx.today}. Each field is explained in the comment above it (from src/schemas/tool.ts; also CONTRIBUTING.md, "Field reference"). Replace every TODO and check each fact against a page listed in sources, then run:`),
    `#   npm run validate && npm run preview:entry -- content/tools/${id}.mdx`,
    '# Comment lines (starting with #) may stay or go.',
  );
  const { quadrant } = CATEGORY_TABLE[answers.category];
  const capabilityIds = ctx.capabilities.map((entry) => entry.id);
  const concernIds = ctx.concerns.map((entry) => entry.id);

  const field = (path: string, value: string | undefined, example: string, extra = '', indent = '') => {
    out.push('', ...commentLines(explain(doc(path), extra), indent));
    const key = path.split('.').pop()!;
    if (value === undefined) out.push(`${indent}# ${key}: ${example}`);
    else out.push(`${indent}${key}:${value.startsWith('\n') ? '' : ' '}${value}`);
  };

  for (const top of fields.filter((f) => f.depth === 0)) {
    switch (top.path) {
      case 'name':
      case 'description':
      case 'website':
      case 'license':
      case 'offering':
      case 'hosting':
      case 'ring':
      case 'ringRationale': {
        const value = top.path === 'description' ? (answers.description ?? `TODO: one plain sentence saying what ${answers.name} is and does.`) : answers[top.path];
        field(top.path, scalar(value), '');
        break;
      }
      case 'category':
        field('category', answers.category, '', `It fixes the quadrant (${answers.category} is in ${quadrant}) and the default ring (${CATEGORY_TABLE[answers.category].ring}); see CONTRIBUTING.md, "How position, category and ring are decided".`);
        break;
      case 'repository':
      case 'docs':
        field(top.path, answers[top.path] === undefined ? undefined : scalar(answers[top.path]), 'https://…');
        break;
      case 'aliases':
        field('aliases', quotedFlow(answers.aliases ?? []), '');
        break;
      case 'position': {
        const basis = answers.positionBasis;
        const where = basis === undefined ? 'Set by you.' : basis > 0 ? `Started at the median of the ${basis === 1 ? 'one' : basis} ${answers.category} ${basis === 1 ? 'tool' : 'tools'} already in the catalogue; move it relative to its neighbours (npm run preview:entry plots them).` : `Started in the middle of the ${quadrant} quadrant (no ${answers.category} tool yet); move it to where it belongs.`;
        out.push('', ...commentLines(explain(top, where)), 'position:');
        for (const sub of fields.filter((f) => f.path.startsWith('position.'))) {
          const axis = sub.path.slice('position.'.length) as 'artifact' | 'scope';
          out.push(...commentLines(explain(sub), '  '), `  ${axis}: ${answers[axis]}`);
        }
        break;
      }
      case 'stages':
      case 'personas':
      case 'clouds':
      case 'integrations':
      case 'alternatives':
        field(top.path, flow(answers[top.path] ?? []), '', top.path === 'integrations' || top.path === 'alternatives' ? 'Tool ids are the file names in content/tools.' : '');
        break;
      case 'capabilities':
        field('capabilities', flow(answers.capabilities), '', `Ids: ${capabilityIds.join(', ')}.`);
        break;
      case 'addresses': {
        const list = answers.addresses ?? [];
        field('addresses', list.length ? list.map((a) => `\n  - { concern: ${a.concern}, strength: ${a.strength} }`).join('') : '[]', '', `Concern ids: ${concernIds.join(', ')}. Write each as "- { concern: id, strength: 1-3 }".`);
        break;
      }
      case 'status': {
        out.push('', ...commentLines(explain(top)), 'status:');
        for (const sub of fields.filter((f) => f.path.startsWith('status.'))) {
          const key = sub.path.slice('status.'.length);
          out.push(...commentLines(explain(sub), '  '));
          if (key === 'state') out.push('  state: active');
          else out.push(`  # ${key}: ${key === 'date' ? ctx.today : key === 'note' ? '"Acquired by … in …; see sources."' : 'other-tool-id'}`);
        }
        break;
      }
      case 'firstRelease':
        field('firstRelease', answers.firstRelease === undefined ? '{ unknown: "not checked yet" }' : String(answers.firstRelease), ctx.today.slice(0, 4), 'Replace the unknown with the year once you have found the first release tag or launch post.');
        break;
      case 'workloads':
        field('workloads', flow(answers.workloads ?? ['all']), '');
        break;
      case 'kubernetes':
      case 'airGapped':
      case 'pricing':
      case 'leaveCost':
        field(top.path, answers[top.path] ?? (top.path === 'leaveCost' ? 'medium' : 'unknown'), '');
        break;

      case 'essay': {
        out.push('', ...commentLines(explain(top, 'Only for tools the essay itself names; uncomment and fill in.')), '# essay:');
        for (const sub of fields.filter((f) => f.path.startsWith('essay.'))) {
          const key = sub.path.slice('essay.'.length);
          out.push(...commentLines(explain({ ...sub, allowed: undefined }, key === 'category' ? 'One of the category ids above.' : ''), '#   '), `#   ${key}: ${key === 'category' ? answers.category : '"…"'}`);
        }
        break;
      }
      case 'sources':
        field('sources', answers.sources.map((source) => `\n  - ${scalar(source)}`).join(''), '');
        break;
      case 'lastReviewed':
        field('lastReviewed', ctx.today, '', 'Set it to the day you checked the facts.');
        break;
      default: {
        // A field this scaffold does not know yet: keep it visible, commented out.
        // Optional nested fields are shown commented out, each sub-field after its own explanation.
        const subs = fields.filter((f) => f.path.startsWith(`${top.path}.`) || f.path.startsWith(`${top.path}[].`));
        out.push('', ...commentLines(explain(top, top.path === 'maturity' ? 'Written by npm run refresh:maturity; do not fill in by hand.' : 'Optional; uncomment and fill in when it applies (see CONTRIBUTING.md).')), `# ${top.path}:${subs.length ? '' : ' …'}`);
        if (subs.some((f) => f.path.startsWith(`${top.path}[].`))) out.push('#   -');
        for (const sub of subs) {
          const indent = `#${' '.repeat(2 * sub.depth + (sub.path.includes('[]') ? 2 : 0))} `;
          const key = sub.path.split(/\.|\[\]\./).pop()!;
          out.push(...commentLines(explain(sub), indent), `${indent}${key}: …`);
        }
      }
    }
  }
  out.push('---', '', bodyTemplate(answers.name), '');
  return out.join('\n');
}

/** The body skeleton: what it is, pros, cons, when to pick it. */
export function bodyTemplate(name: string): string {
  const n = mdxText(name);
  return [
    `TODO: what ${n} is, in two to four sentences of your own words: who makes it, what it does, how it is licensed and sold, and what changed since it started (renames, acquisitions). Facts only; cite them in sources.`,
    '',
    '<Pros>',
    '- TODO: a concrete strength (what it does well, for whom).',
    '</Pros>',
    '',
    '<Cons>',
    '- TODO: a concrete limitation (what you run yourself, what is paid, what is missing).',
    '</Cons>',
    '',
    `**Pick it when** TODO. **Look elsewhere when** TODO.`,
  ].join('\n');
}
