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

  it('rejects a file whose frontmatter the compiler would end earlier, so a body cannot hide in it', () => {
    const result = parse('---\nname: x\n---evil: 1\nalso: 2\n---\n\n{payload}\n');
    expect(result.entry).toBeUndefined();
    expect(result.issues[0]?.message).toMatch(/can be read two ways/);
  });

  it.each([
    ['a js/function tag', 'name: !!js/function "function () {}"', /YAML tags|not valid YAML/],
    ['a custom tag', 'name: !thing x', /YAML tags|not valid YAML/],
    ['an alias', 'a: &x 1\nname: *x', /anchors|aliases/],
    ['a duplicate key', 'name: a\nname: b', /not valid YAML/],
  ])('rejects %s in the frontmatter', (_what, yaml, message) => {
    const result = parse(`---\n${yaml}\n---\n\nBody.\n`);
    expect(result.entry).toBeUndefined();
    expect(result.issues[0]?.message).toMatch(message);
  });

  it('returns the body as the compiler sees it, with the file\'s line numbers', () => {
    const result = parse('---\nname: x\n---\n\nBody.\n');
    expect(result.entry?.compiledSource.split('\n')[4]).toBe('Body.');
  });
});
