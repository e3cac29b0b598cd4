import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../../src/lib/schema-docs/renderJsonSchemas.ts';

describe('generated JSON Schema', () => {
  it('is committed and up to date with the zod schemas (run npm run gen:schema if this fails)', () => {
    for (const [path, text] of Object.entries(renderJsonSchemas())) {
      expect(readFileSync(path, 'utf8'), `${path} is stale`).toBe(text);
    }
  });

  it('documents every tool field', () => {
    const schema = JSON.parse(renderJsonSchemas()['schemas/tools.schema.json']!) as { properties: Record<string, { description?: string }> };
    const undocumented = Object.entries(schema.properties).filter(([, p]) => !p.description).map(([k]) => k);
    expect(undocumented).toEqual([]);
  });
});
