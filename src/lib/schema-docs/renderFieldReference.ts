/**
 * Render the contributor field reference (a Markdown table) from field
 * records. Generated into CONTRIBUTING.md by `npm run gen:docs`.
 */
import type { FieldDoc } from './describeFields.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/**
 * @example renderFieldReference([{ path: 'ring', depth: 0, required: true, type: 'one of the allowed values', allowed: ['adopt', 'hold'], description: 'The ring.' }])
 *   // → '| Field | Required | Type and allowed values | What it means |\n|---|---|---|---|\n| `ring` | **required** | one of `adopt`, `hold` | The ring. |'
 */
export function renderFieldReference(fields: readonly FieldDoc[]): string {
  const rows = fields.map((field) => {
    const indent = field.depth > 0 ? '↳ ' : '';
    let required = field.required ? '**required**' : 'optional';
    if (field.depth > 0) required += ' (when its parent is present)';
    let type = field.type;
    if (field.allowed) {
      const values = field.allowed.map(code).join(', ');
      type = type.startsWith('list of allowed values') ? `${type.replace('list of allowed values', 'list')}, each one of ${values}` : `one of ${values}`;
    }
    if (field.default !== undefined) type += `; default ${code(field.default)}`;
    return `| ${indent}\`${field.path}\` | ${required} | ${cell(type)} | ${cell(field.description)} |`;
  });
  return ['| Field | Required | Type and allowed values | What it means |', '|---|---|---|---|', ...rows].join('\n');
}
