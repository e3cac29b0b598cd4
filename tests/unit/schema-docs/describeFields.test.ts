import { describe, expect, it } from 'vitest';
import { describeFields, typeOf } from '../../../src/lib/schema-docs/describeFields.ts';
import { renderFieldReference } from '../../../src/lib/schema-docs/renderFieldReference.ts';
import { readMarkedRegion, replaceMarkedRegion } from '../../../src/lib/schema-docs/replaceMarkedRegion.ts';

describe('typeOf', () => {
  it.each([
    [{ type: 'string', minLength: 1, maxLength: 80 }, 'text, 1–80 characters'],
    [{ type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }, 'id (kebab-case)'],
    [{ type: 'string', format: 'uri' }, 'URL, absolute http:// or https://'],
    [{ anyOf: [{}, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }] }, 'date, YYYY-MM-DD'],
    [{ type: 'integer', minimum: 1, maximum: 3 }, 'whole number, 1–3'],
    [{ type: 'number', minimum: 0 }, 'number, at least 0'],
    [{ type: 'array', minItems: 1, items: { type: 'string', enum: ['a'] } }, 'list of allowed values, at least 1 item'],
    [{ type: 'array', maxItems: 10, items: { type: 'string', maxLength: 80 } }, 'list, at most 10 items; each text, at most 80 characters'],
    [{ type: 'boolean' }, 'true or false'],
  ])('%j → %s', (node, expected) => {
    expect(typeOf(node)).toBe(expected);
  });
});

describe('describeFields + renderFieldReference', () => {
  const schema = {
    type: 'object',
    required: ['name', 'position'],
    properties: {
      name: { type: 'string', description: 'The name | with a pipe.' },
      position: { type: 'object', description: 'Where.', required: ['x'], properties: { x: { type: 'number', description: 'Across.' } } },
      tags: { type: 'array', default: [], description: 'Tags.', items: { type: 'object', properties: { id: { type: 'string', description: 'Tag id.' } }, required: ['id'] } },
    },
  };

  it('flattens nested objects and list items, keeping required flags and defaults', () => {
    expect(describeFields(schema).map((f) => [f.path, f.depth, f.required, f.default])).toEqual([
      ['name', 0, true, undefined],
      ['position', 0, true, undefined],
      ['position.x', 1, true, undefined],
      ['tags', 0, false, []],
      ['tags[].id', 1, true, undefined],
    ]);
  });

  it('renders a Markdown table that escapes pipes', () => {
    const table = renderFieldReference(describeFields(schema));
    expect(table).toContain('| `name` | **required** | text | The name \\| with a pipe. |');
    expect(table).toContain('| ↳ `position.x` | **required** (when its parent is present) | number | Across. |');
  });
});

describe('marked regions', () => {
  const text = 'intro\n<!-- generated:x:start -->\nold\n<!-- generated:x:end -->\noutro\n';

  it('replaces only the generated block and can read it back', () => {
    const next = replaceMarkedRegion(text, 'x', 'new');
    expect(next.startsWith('intro\n')).toBe(true);
    expect(next.endsWith('<!-- generated:x:end -->\noutro\n')).toBe(true);
    expect(readMarkedRegion(next, 'generated:x')).toBe('new');
    expect(replaceMarkedRegion(next, 'x', 'new')).toBe(next);
  });

  it('names the file and the markers when they are missing', () => {
    expect(() => replaceMarkedRegion('no markers', 'x', 'new', 'CONTRIBUTING.md')).toThrow(/CONTRIBUTING\.md: the marker comments "<!-- generated:x:start … -->" and "<!-- generated:x:end -->" are missing/);
  });
});
