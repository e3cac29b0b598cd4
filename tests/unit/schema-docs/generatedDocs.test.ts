/**
 * The documentation generated from the schemas (CONTRIBUTING.md's field
 * reference and category table, the issue form, the PR template) is committed
 * and current, and says what the schema says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CATEGORY_IDS, CATEGORY_TABLE, RING_IDS, STAGE_IDS } from '../../../src/schemas/ids.ts';
import { HOSTING_IDS, OFFERING_IDS } from '../../../src/schemas/tool.ts';
import { renderGeneratedDocs } from '../../../src/lib/schema-docs/renderGeneratedDocs.ts';
import { readMarkedRegion } from '../../../src/lib/schema-docs/replaceMarkedRegion.ts';
import { toolFieldDocs } from '../../../src/lib/schema-docs/toolFieldDocs.ts';
import { categoryOption } from '../../../src/lib/schema-docs/renderIssueForm.ts';

const read = (path: string) => readFileSync(path, 'utf8');

describe('generated docs', () => {
  it('are committed and up to date with the schemas (run npm run gen:docs if this fails)', () => {
    for (const [path, text] of Object.entries(renderGeneratedDocs(read))) {
      expect(read(path), `${path} is stale: run npm run gen:docs`).toBe(text);
    }
  });

  it('document every tool field, nested ones included, with its description and whether it is required', () => {
    const reference = readMarkedRegion(read('CONTRIBUTING.md'), 'generated:field-reference');
    const rows = reference.split('\n').slice(2);
    const fields = toolFieldDocs();
    expect(rows).toHaveLength(fields.length);
    for (const field of fields) {
      const row = rows.find((r) => r.includes(`\`${field.path}\` |`));
      expect(row, `no row for ${field.path}`).toBeDefined();
      expect(row).toContain(field.description.replace(/\|/g, '\\|'));
      expect(row).toContain(field.required ? '**required**' : 'optional');
    }
    for (const path of ['position.artifact', 'addresses[].strength', 'status.state', 'essay.category']) expect(fields.map((f) => f.path)).toContain(path);
  });

  it('list the allowed values of enum fields and the limits of the others', () => {
    const reference = readMarkedRegion(read('CONTRIBUTING.md'), 'generated:field-reference');
    const row = (path: string) => reference.split('\n').find((r) => r.startsWith(`| \`${path}\``) || r.startsWith(`| ↳ \`${path}\``))!;
    for (const id of CATEGORY_IDS) expect(row('category')).toContain(`\`${id}\``);
    for (const id of STAGE_IDS) expect(row('stages')).toContain(`\`${id}\``);
    expect(row('stages')).toMatch(/at least 1 item/);
    expect(row('position.artifact')).toContain('number, 0–1');
    expect(row('addresses[].strength')).toContain('whole number, 1–3');
    expect(row('description')).toContain('20–240 characters');
    expect(row('lastReviewed')).toContain('date, YYYY-MM-DD');
    expect(row('aliases')).toContain('default `[]`');
  });

  it('put every category in the category table with its fixed quadrant and ring', () => {
    const table = readMarkedRegion(read('CONTRIBUTING.md'), 'generated:category-table');
    for (const id of CATEGORY_IDS) {
      const row = table.split('\n').find((line) => line.includes(`| \`${id}\` |`));
      expect(row, id).toMatch(new RegExp(`^\\| \`${CATEGORY_TABLE[id].quadrant}\` \\| .+ \\| \`${id}\` \\| \`${CATEGORY_TABLE[id].ring}\` \\|$`));
    }
    expect(table.split('\n')).toHaveLength(CATEGORY_IDS.length + 2);
  });

  it('copy the reviewer checklist into the pull-request template', () => {
    const checklist = readMarkedRegion(read('CONTRIBUTING.md'), 'checklist');
    expect(checklist.split('\n').every((line) => line.startsWith('- [ ] '))).toBe(true);
    expect(read('.github/pull_request_template.md')).toContain(checklist);
  });
});

describe('the issue form', () => {
  const form = parse(read('.github/ISSUE_TEMPLATE/propose-tool.yml')) as { name: string; body: { type: string; id?: string; attributes: { options?: unknown[]; multiple?: boolean; label: string }; validations?: { required: boolean } }[] };
  const field = (id: string) => form.body.find((element) => element.id === id)!;

  it('offers exactly the schema categories, with their quadrant and default ring', () => {
    expect(field('category').type).toBe('dropdown');
    expect(field('category').attributes.options).toEqual(CATEGORY_IDS.map(categoryOption));
    expect(categoryOption('experimentation-platforms')).toBe('experimentation-platforms (quadrant specialized-ml-tools, default ring trial)');
  });

  it('offers the lifecycle stages as a multiple choice, and the other enums from the schema', () => {
    expect(field('stages').attributes).toMatchObject({ multiple: true, options: [...STAGE_IDS] });
    expect(field('offering').attributes.options).toEqual([...OFFERING_IDS]);
    expect(field('hosting').attributes.options).toEqual([...HOSTING_IDS]);
    expect(field('ring').attributes.options).toEqual([...RING_IDS]);
  });

  it('requires the facts a maintainer needs, and has unique ids', () => {
    for (const id of ['name', 'website', 'description', 'category', 'stages', 'sources']) expect(field(id).validations?.required, id).toBe(true);
    const ids = form.body.map((element) => element.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
