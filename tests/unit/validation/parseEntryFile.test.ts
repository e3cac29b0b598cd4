import { describe, expect, it } from 'vitest';
import { parseEntryFile, MAX_FILE_BYTES } from '../../../src/lib/validation/parseEntryFile.ts';

const file = 'content/tools/x.mdx';
const parse = (text: string | Uint8Array) => parseEntryFile(file, typeof text === 'string' ? new TextEncoder().encode(text) : text);

describe('parseEntryFile', () => {
  it('parses frontmatter and body, and knows where the body starts', () => {
    const { entry, issues } = parse('---\nname: X\n---\n\nHello\n');
    expect(issues).toEqual([]);
    expect(entry?.data).toEqual({ name: 'X' });
    expect(entry?.body.trim()).toBe('Hello');
    expect(entry?.bodyOffset).toBe(3);
  });

  it('rejects an empty file', () => {
    expect(parse('').issues[0]).toMatchObject({ file, field: '(file)', message: 'the file is empty' });
  });

  it('rejects a file of only white space', () => {
    expect(parse('  \n\n').issues[0]?.message).toMatch(/only white space/);
  });

  it('rejects a file that is not UTF-8 and points at the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('---\nname: Caf'), 0xe9, ...new TextEncoder().encode('\n---\n')]);
    const issue = parse(bytes).issues[0];
    expect(issue?.message).toMatch(/not valid UTF-8/);
    expect(issue?.line).toBe(2);
    expect(issue?.fix).toMatch(/UTF-8/);
  });

  it('rejects an oversized file', () => {
    expect(parse(`---\nname: X\n---\n${'a'.repeat(MAX_FILE_BYTES)}`).issues[0]?.message).toMatch(/limit is/);
  });

  it('rejects frontmatter that is never closed', () => {
    expect(parse('---\nname: X\ndescription: y\n\nBody').issues[0]).toMatchObject({ field: '(frontmatter)', message: 'the frontmatter is not closed' });
  });

  it('rejects a file without frontmatter', () => {
    expect(parse('# Just a heading\n').issues[0]?.message).toMatch(/does not start with a frontmatter block/);
  });

  it('rejects tab indentation with the line number', () => {
    const issue = parse('---\nposition:\n\tartifact: 0.5\n---\n').issues[0];
    expect(issue?.message).toMatch(/tab/);
    expect(issue?.line).toBe(3);
  });

  it('rejects invalid YAML with the reason', () => {
    const issue = parse('---\nname: [unclosed\n---\n').issues[0];
    expect(issue?.field).toBe('(frontmatter)');
    expect(issue?.message).toMatch(/not valid YAML/);
  });

  it('keeps dates as written, so impossible days can be caught by the schema', () => {
    expect(parse('---\nlastReviewed: 2026-02-30\n---\n').entry?.data.lastReviewed).toBe('2026-02-30');
  });

  it('rejects frontmatter that is a list, not a mapping', () => {
    expect(parse('---\n- a\n- b\n---\n').issues[0]?.message).toMatch(/mapping/);
  });
});
