/**
 * The scaffold's output is a real, valid entry: it passes the same validator
 * as `npm run validate` (validateContent on a temporary content folder, with
 * cross-references), for every category, and holds every schema field.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, CATEGORY_TABLE } from '../../../src/schemas/ids.ts';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import { loadScaffoldContext } from '../../../src/lib/scaffold/loadScaffoldContext.ts';
import { scaffoldTool } from '../../../src/lib/scaffold/scaffoldTool.ts';
import { writeNewFile } from '../../../src/lib/scaffold/writeNewFile.ts';
import type { ToolAnswers } from '../../../src/lib/scaffold/toolQuestions.ts';
import { toolFieldDocs } from '../../../src/lib/schema-docs/toolFieldDocs.ts';
import { makeFixtureCatalogue } from '../../helpers/contributionFixture.ts';

const TODAY = '2026-11-28';
const minimal = (name: string, extra: ToolAnswers = {}): ToolAnswers => ({
  name,
  website: `https://${name.toLowerCase().replace(/\W+/g, '')}.dev`,
  category: 'experimentation-platforms',
  license: 'MIT',
  offering: 'open-source',
  hosting: 'self-hosted',
  stages: ['model-training'],
  capabilities: ['experiment-tracking'],
  personas: ['ml-researcher'],
  ...extra,
});

describe('scaffoldTool', () => {
  it('writes, for every category, an entry that passes validation with the whole catalogue', () => {
    const dir = makeFixtureCatalogue();
    const ctx = loadScaffoldContext(dir, TODAY, dir);
    for (const [i, category] of CATEGORY_IDS.entries()) {
      const result = scaffoldTool(minimal(`Zeta Probe ${String.fromCharCode(65 + i)}${String.fromCharCode(75 + i)}`, { category }), ctx, dir, { root: dir });
      expect(result.kind, `${category}: ${JSON.stringify(result)}`).toBe('ready');
      if (result.kind === 'ready') writeFileSync(result.path, result.text);
    }
    const { issues, entries } = validateContent(dir);
    expect(issues).toEqual([]);
    const made = entries.tools.filter((entry) => entry.id.startsWith('zeta-probe-'));
    expect(made).toHaveLength(CATEGORY_IDS.length);
    for (const entry of made) {
      const data = entry.data as { category: keyof typeof CATEGORY_TABLE; ring: string; lastReviewed: Date };
      expect(data.ring, entry.id).toBe(CATEGORY_TABLE[data.category].ring);
      expect(data.lastReviewed.toISOString().slice(0, 10)).toBe(TODAY);
    }
  });

  it('puts every schema field in the file, each after a comment that explains it', () => {
    const dir = makeFixtureCatalogue();
    const result = scaffoldTool(minimal('Example Tracker', { description: 'An open-source library for logging and comparing training runs.', addresses: [{ concern: 'lost-experiments', strength: 3 }] }), loadScaffoldContext(dir, TODAY, dir), dir, { root: dir });
    expect(result.kind).toBe('ready');
    if (result.kind !== 'ready') return;
    const lines = result.text.split('\n');
    const frontmatter = lines.slice(1, lines.indexOf('---', 1));
    for (const field of toolFieldDocs()) {
      const key = field.path.split(/\.|\[\]\./).pop()!;
      if (field.path.startsWith('addresses[]')) continue; // written inline: { concern: …, strength: … }
      const parent = field.depth > 0 ? frontmatter.findIndex((line) => new RegExp(`^(#\\s*)?${field.path.split(/\.|\[\]/)[0]}:`).test(line)) : 0;
      const index = frontmatter.findIndex((line, i) => i > parent && new RegExp(`^\\s*(#\\s*)*${key}:`).test(line));
      expect(index, `${field.path} missing`).toBeGreaterThan(0);
      expect(frontmatter[index - 1], `${field.path} has no comment above it`).toMatch(/^\s*#/);
      expect(frontmatter.slice(Math.max(0, index - 8), index).join(' '), `${field.path}: comment does not explain it`).toContain(field.description.split(' ').slice(0, 4).join(' '));
    }
    expect(result.text).toContain('  - { concern: lost-experiments, strength: 3 }');
    expect(result.text).toMatch(/<Pros>\n- TODO/);
  });

  it('starts the position among the category\u2019s existing tools and says so', () => {
    const dir = makeFixtureCatalogue();
    const result = scaffoldTool(minimal('Example Tracker'), loadScaffoldContext(dir, TODAY, dir), dir, { root: dir });
    if (result.kind !== 'ready') throw new Error(result.kind);
    // W&B (0.8, 0.3) and Comet (0.7, 0.4): the median is their middle.
    expect(result.text).toMatch(/position:\n(\s+#.*\n)+\s+artifact: 0\.75\n(\s+#.*\n)+\s+scope: 0\.35/);
    expect(result.text).toContain('median of the 2 experimentation-platforms tools');
  });

  it('refuses a duplicate, naming the existing file, and a near one unless confirmed', () => {
    const dir = makeFixtureCatalogue();
    const ctx = loadScaffoldContext(dir, TODAY, dir);
    const same = scaffoldTool(minimal('ML Flow'), ctx, dir, { root: dir });
    expect(same).toMatchObject({ kind: 'duplicate', message: expect.stringContaining('"ML Flow" is already in the catalogue as "MLflow": tools/mlflow.mdx') });
    const near = scaffoldTool(minimal('MLfow'), ctx, dir, { root: dir });
    expect(near).toMatchObject({ kind: 'duplicate', message: expect.stringContaining('--not-duplicate-of mlflow') });
    expect(scaffoldTool(minimal('MLfow'), ctx, dir, { root: dir, notDuplicateOf: 'mlflow' }).kind).toBe('ready');
    expect(scaffoldTool(minimal('ML Flow'), ctx, dir, { root: dir, notDuplicateOf: 'mlflow' }).kind).toBe('duplicate');
  });

  it('lists every missing required answer with the flag and the allowed values', () => {
    const dir = makeFixtureCatalogue();
    const result = scaffoldTool({ name: 'Lonely Tool', category: 'data-orchestrators', ring: 'hold' }, loadScaffoldContext(dir, TODAY, dir), dir, { root: dir });
    expect(result.kind).toBe('missing');
    if (result.kind !== 'missing') return;
    expect(result.missing.map((m) => m.flag)).toEqual(['website', 'license', 'offering', 'hosting', 'stages', 'capabilities', 'personas', 'ring-rationale', 'sources']);
    expect(result.missing.find((m) => m.flag === 'offering')?.message).toContain('Allowed: open-source, open-core, commercial, managed-service.');
    expect(result.missing.find((m) => m.flag === 'ring-rationale')?.message).toContain('differs from the default ring of data-orchestrators ("adopt")');
  });

  it('reports answers that would fail validation instead of writing them', () => {
    const dir = makeFixtureCatalogue();
    const result = scaffoldTool(minimal('Off Map', { artifact: 0.1, scope: 0.9 }), loadScaffoldContext(dir, TODAY, dir), dir, { root: dir });
    expect(result).toMatchObject({ kind: 'invalid', issues: [expect.objectContaining({ file: 'tools/off-map.mdx', field: 'position', message: expect.stringContaining('lies in quadrant "cloud-platforms"') })] });
    expect(existsSync(join(dir, 'tools', 'off-map.mdx'))).toBe(false);
  });
});

describe('writeNewFile', () => {
  it('writes a new file whole, never overwrites one, and leaves no temporary file', () => {
    const dir = makeFixtureCatalogue();
    const path = join(dir, 'tools', 'fresh.mdx');
    expect(writeNewFile(path, 'first')).toBe(true);
    expect(writeNewFile(path, 'second')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('first');
    expect(readdirSync(join(dir, 'tools')).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
