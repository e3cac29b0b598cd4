import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEntryInContext } from '../../../src/lib/entry/validateEntryInContext.ts';
import { toolSource } from '../../helpers/contentFixture.ts';
import { makeFixtureCatalogue } from '../../helpers/contributionFixture.ts';

describe('validateEntryInContext', () => {
  it('accepts a valid entry that is not on disk yet, without touching the content folder', () => {
    const dir = makeFixtureCatalogue();
    const before = readdirSync(join(dir, 'tools')).sort();
    const check = validateEntryInContext(dir, 'newcomer', toolSource({ name: 'Newcomer', alternatives: '[comet]' }), dir);
    expect(check.issues).toEqual([]);
    expect(check.entry?.data.name).toBe('Newcomer');
    expect(check.tools.map((t) => t.id)).toContain('newcomer');
    expect(readdirSync(join(dir, 'tools')).sort()).toEqual(before);
    expect(existsSync(join(dir, 'tools', 'newcomer.mdx'))).toBe(false);
  });

  it('reports cross-reference problems and shared names as the entry\u2019s own, with the real file name', () => {
    const dir = makeFixtureCatalogue();
    // "aaa" sorts before "comet.mdx": the duplicate name is reported on comet.mdx, but it concerns this entry.
    const check = validateEntryInContext(dir, 'aaa', toolSource({ name: 'Comet', integrations: '[mlflw]' }), dir);
    expect(check.entry).toBeUndefined();
    expect(check.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'tools/aaa.mdx', field: 'integrations[0]', fix: 'Did you mean "mlflow"?' }),
        expect.objectContaining({ file: 'tools/comet.mdx', field: 'name', message: expect.stringContaining('same name as one that tools/aaa.mdx uses') }),
      ]),
    );
  });

  it('keeps other files\u2019 problems apart, so one broken entry does not block another', () => {
    const dir = makeFixtureCatalogue({ 'broken.mdx': toolSource({ ring: 'sometimes' }) });
    const check = validateEntryInContext(dir, 'mlflow', toolSource({ name: 'MLflow', category: 'ml-project-frameworks', position: '\n  artifact: 0.7\n  scope: 0.62' }), dir);
    expect(check.issues).toEqual([]);
    expect(check.otherIssues).toEqual([expect.objectContaining({ file: 'tools/broken.mdx', field: 'ring' })]);
  });
});
