/**
 * The framework collections are plain .md files, which Astro would render with
 * raw HTML allowed; their safety rests on the same MDX pre-check as tools.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import { makeContentDir } from '../../helpers/contentFixture.ts';

describe('Markdown collections', () => {
  it.each([
    ['personas/ml-researcher.md', '<script>alert(1)</script>', /raw HTML/],
    ['categories/custom-ml-platforms.md', '<img src="https://evil.example/x.png" onerror="alert(1)" />', /raw HTML/],
    ['stages/monitoring.md', '[docs](javascript:alert(1))', /not an absolute http/],
  ])('%s rejects %s', (file, body, message) => {
    const dir = makeContentDir({});
    appendFileSync(join(dir, file), `\n${body}\n`);
    const issues = validateContent(dir, dir).issues;
    expect(issues.map((i) => `${i.file}: ${i.message}`).join('\n')).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}: .*(?:${message.source})`));
  });
});
