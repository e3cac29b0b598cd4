/**
 * Every problem at once: cross-field checks next to type errors, no cascade
 * from a file that cannot be read, advice that validation accepts, TODO
 * placeholders as warnings, and duplicates placed on the file a change adds.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import { checkMdxSafety } from '../../../src/lib/validation/checkMdxSafety.ts';
import { withAllowedAdvice } from '../../../src/lib/validation/allowedAdvice.ts';
import { checkToolCrossFields } from '../../../src/lib/validation/checkCrossFields.ts';
import { parseEntryFile } from '../../../src/lib/validation/parseEntryFile.ts';
import { ToolSchema } from '../../../src/schemas/tool.ts';
import { findTodoIssues } from '../../../src/lib/validation/findTodoIssues.ts';
import { addedFiles, type RunGit } from '../../../src/lib/validation/addedFiles.ts';
import { formatAnnotations, formatReport } from '../../../src/lib/validation/formatReport.ts';
import { makeContentDir, toolSource } from '../../helpers/contentFixture.ts';

const validate = (tools: Record<string, string>, options?: Parameters<typeof validateContent>[2]) => {
  const dir = makeContentDir(tools);
  return { dir, ...validateContent(dir, dir, options) };
};
const fieldsOf = (issues: { file: string; field: string }[], file: string) => issues.filter((issue) => issue.file === file).map((issue) => issue.field);
const MISPLACED = { category: 'experimentation-platforms', position: '\n  artifact: 0.2\n  scope: 0.9' };

describe('reserved ids', () => {
  it('refuses a tool named like a page of the site’s own (/tools/page/), and still checks the other files', () => {
    const { issues } = validate({ 'page.mdx': toolSource({ name: 'Page Tool' }), 'x.mdx': toolSource({ name: 'X Tool', ring: '3' }) });
    expect(issues.find((issue) => issue.file === 'tools/page.mdx')).toMatchObject({ field: '(file name)', message: expect.stringMatching(/"page" is reserved: \/tools\/page\/ is the address of the site's own pages/), fix: 'Rename it, for example to page-tool.mdx.' });
    expect(fieldsOf(issues, 'tools/x.mdx')).toEqual(['ring']);
  });
});

describe('cross-field checks', () => {
  it('report a position outside its category\u2019s quadrant next to a type error in another field', () => {
    const { issues } = validate({ 'x.mdx': toolSource({ name: 'X Tool', ...MISPLACED, stages: 'model-training' }) });
    expect(fieldsOf(issues, 'tools/x.mdx').sort()).toEqual(['position', 'stages']);
    expect(issues.find((issue) => issue.field === 'position')).toMatchObject({ line: 9, message: expect.stringMatching(/lies in quadrant "cloud-platforms", but category "experimentation-platforms" belongs to "specialized-ml-tools"/) });
  });

  it('report a SaaS tool that claims to run air-gapped next to a type error', () => {
    const { issues } = validate({ 'x.mdx': toolSource({ name: 'X Tool', hosting: 'saas', airGapped: 'yes', ring: '3' }) });
    expect(fieldsOf(issues, 'tools/x.mdx').sort()).toEqual(['airGapped', 'ring']);
  });

  it('report each problem once when the schema ran its own check too', () => {
    // A too-long field does not stop the schema's refinements, so the schema reports the position itself.
    const { issues } = validate({ 'x.mdx': toolSource({ name: 'X Tool', ...MISPLACED, ringRationale: 'x'.repeat(300) }) });
    expect(fieldsOf(issues, 'tools/x.mdx').sort()).toEqual(['position', 'ringRationale']);
  });

  it.each([
    ['position', MISPLACED],
    ['airGapped', { hosting: 'saas', airGapped: 'yes' }],
  ])('say about %s exactly what the schema says, so the two cannot drift apart', (field, overrides) => {
    const data = parseEntryFile('x.mdx', new TextEncoder().encode(toolSource({ name: 'X Tool', ...overrides }))).entry!.data;
    const result = ToolSchema.safeParse(data);
    const schemaSays = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(schemaSays).toHaveLength(1);
    expect(checkToolCrossFields('x.mdx', data, []).map((issue) => [issue.field, issue.message])).toEqual([[field, schemaSays[0]]]);
    // When the schema reported it itself, it is not reported twice.
    expect(checkToolCrossFields('x.mdx', data, result.success ? [] : result.error.issues)).toEqual([]);
  });

  it('stay quiet while a field they read is itself wrong', () => {
    const { issues } = validate({ 'x.mdx': toolSource({ name: 'X Tool', category: 'no-such-category', position: '\n  artifact: 0.2\n  scope: 0.9' }) });
    expect(fieldsOf(issues, 'tools/x.mdx')).toEqual(['category']);
  });
});

describe('a file that cannot be read', () => {
  it.each([
    ['unclosed frontmatter', '---\nname: Broken\n'],
    ['a tab in the YAML', '---\nname: Broken\nposition:\n\tartifact: 0.5\n---\n'],
  ])('with %s gets its own error and no "not an entry" errors elsewhere', (_what, text) => {
    const { issues } = validate({ 'broken.mdx': text, 'user.mdx': toolSource({ name: 'User', alternatives: '[broken]', integrations: '[brokn]' }) });
    expect(fieldsOf(issues, 'tools/broken.mdx')).toEqual(['(frontmatter)']);
    // A reference to an id that exists nowhere is still reported.
    expect(fieldsOf(issues, 'tools/user.mdx')).toEqual(['integrations[0]']);
  });
});

describe('advice', () => {
  it('for an HTML comment in MDX suggests deleting it, not {/* */}, which validation rejects', () => {
    const [issue] = checkMdxSafety('x.mdx', 'Text\n\n<!-- a note -->\n').map(withAllowedAdvice);
    expect(issue).toMatchObject({ line: 3, message: expect.stringMatching(/an HTML comment \(<!-- … -->\) is not allowed here/) });
    expect(`${issue!.message} ${issue!.fix}`).not.toMatch(/use `\{\/\*/);
    expect(issue!.fix).toMatch(/delete the comment, or, if readers should see it, write it as plain text/);
    // What the old advice suggested is indeed rejected.
    expect(checkMdxSafety('x.mdx', 'Text\n\n{/* a note */}\n')).toHaveLength(1);
  });

  it('leaves other parser errors as they are', () => {
    const issue = { file: 'x.mdx', field: '(body)', message: 'the body is not valid MDX: 1:2: Unexpected end of file', fix: 'Write plain Markdown.' };
    expect(withAllowedAdvice(issue)).toBe(issue);
  });

  it('is applied by validate', () => {
    const { issues } = validate({ 'x.mdx': toolSource({ name: 'X Tool' }, 'Text\n\n<!-- a note -->\n') });
    expect(issues).toEqual([expect.objectContaining({ file: 'tools/x.mdx', field: '(body)', fix: expect.stringMatching(/^Comments are not allowed in entries/) })]);
  });
});

describe('TODO placeholders', () => {
  it('are warnings naming the field or the body, not errors; YAML comment lines do not count', () => {
    const text = toolSource({ name: 'X Tool', description: '"TODO: one plain sentence about the tool."', ringRationale: '\n  "TODO: why this ring"', sources: '\n  # TODO: a comment line is fine\n  - https://example.org/docs' }, '## TODO heading\n\n**Pick it when** TODO.\n');
    const { issues, warnings } = validate({ 'x.mdx': text });
    expect(issues).toEqual([]);
    expect(warnings.map((w) => [w.field, w.found])).toEqual([
      ['description', 'description: "TODO: one plain sentence about the tool."'],
      ['ringRationale', '"TODO: why this ring"'],
      ['(body)', '## TODO heading'],
      ['(body)', '**Pick it when** TODO.'],
    ]);
    expect(warnings[0]).toMatchObject({ file: 'tools/x.mdx', line: 3, message: 'still holds a TODO placeholder' });
  });

  it('are found on the lines preview:entry shows', () => {
    expect(findTodoIssues('x.mdx', '---\n# TODO in a comment\ndescription: "TODO: x"\n---\nTODO: body', 4).map((w) => [w.line, w.field])).toEqual([[3, 'description'], [5, '(body)']]);
  });

  it('are reported apart from errors', () => {
    const warning = { file: 'content/tools/x.mdx', line: 3, field: 'description', message: 'still holds a TODO placeholder' };
    const error = { file: 'content/tools/y.mdx', field: 'ring', message: 'must be one of: adopt' };
    expect(formatReport([], 10, [warning])).toBe('content/tools/x.mdx — 1 warning\n  ⚠ line 3, description: still holds a TODO placeholder\n\n✔ 10 content files valid, with 1 warning in 1 file (fine while drafting; CI fails on them).');
    expect(formatReport([error], 10, [warning])).toMatch(/✖ ring: must be one of: adopt\n\ncontent\/tools\/x\.mdx — 1 warning\n {2}⚠ line 3[^]*✖ 1 problem in 1 of 10 content files, and 1 warning in 1 file/);
    expect(formatAnnotations([warning], 'warning')).toMatch(/^::warning file=content\/tools\/x\.mdx,line=3,title=description::/);
  });
});

describe('duplicates of an existing entry', () => {
  const files = { 'a-copy.mdx': toolSource({ name: 'Lang Fuse' }), 'langfuse.mdx': toolSource({ name: 'Langfuse' }) };

  it('go on the file the change adds, given as a path relative to the root or absolute', () => {
    expect(validate(files).issues.map((issue) => issue.file)).toEqual(['tools/langfuse.mdx']);
    expect(validate(files, { newFiles: ['tools/a-copy.mdx'] }).issues).toEqual([expect.objectContaining({ file: 'tools/a-copy.mdx', line: 2, field: 'name', message: expect.stringContaining('tools/langfuse.mdx') })]);
    const dir = makeContentDir(files);
    expect(validateContent(dir, dir, { newFiles: [join(dir, 'tools', 'a-copy.mdx')] }).issues.map((issue) => issue.file)).toEqual(['tools/a-copy.mdx']);
  });

  it('one typing error away are warnings, on the new file, and do not stop the build', () => {
    const result = validate({ 'a-copy.mdx': toolSource({ name: 'Langfsue' }), 'langfuse.mdx': toolSource({ name: 'Langfuse' }) }, { newFiles: ['tools/a-copy.mdx'] });
    expect(result.issues).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ file: 'tools/a-copy.mdx', line: 2, field: 'name', severity: 'warning', message: expect.stringMatching(/one typing error away from "Langfuse", a name that tools\/langfuse\.mdx uses/) })]);
    expect(result.entries.tools).toHaveLength(2);
  });
});

describe('addedFiles', () => {
  const calls: string[][] = [];
  const git: RunGit = (args) => {
    calls.push([...args]);
    if (args[0] === 'rev-parse') return '/repo\n';
    if (args[0] === 'diff') return 'content/tools/new.mdx\n';
    if (args[0] === 'ls-files') return 'content/tools/draft.mdx\n';
    return undefined;
  };

  it('reads NAVIGATOR_NEW_FILES first, relative to the working folder; empty means none', () => {
    expect(addedFiles('content', { env: { NAVIGATOR_NEW_FILES: 'content/tools/a.mdx, /x/b.mdx,' }, cwd: '/work', git })).toEqual(['/work/content/tools/a.mdx', '/x/b.mdx']);
    expect(addedFiles('content', { env: { NAVIGATOR_NEW_FILES: '' }, cwd: '/work', git })).toEqual([]);
  });

  it('otherwise asks git for added files against NAVIGATOR_BASE_REF (default HEAD) and untracked content', () => {
    calls.length = 0;
    expect(addedFiles('content', { env: {}, cwd: '/repo', git })).toEqual(['/repo/content/tools/draft.mdx', '/repo/content/tools/new.mdx']);
    expect(calls.find((args) => args[0] === 'diff')).toEqual(['diff', '--name-only', '--no-renames', '--diff-filter=A', 'HEAD', '--', '/repo/content']);
    expect(calls.find((args) => args[0] === 'ls-files')).toEqual(['ls-files', '--others', '--exclude-standard', '--', '/repo/content']);
    addedFiles('content', { env: { NAVIGATOR_BASE_REF: 'origin/main' }, cwd: '/repo', git });
    expect(calls.filter((args) => args[0] === 'diff').at(-1)).toContain('origin/main');
  });

  it('says so when NAVIGATOR_BASE_REF names a commit git does not have', () => {
    const said: string[] = [];
    const noBase: RunGit = (args, cwd) => (args[0] === 'diff' ? undefined : git(args, cwd));
    expect(addedFiles('content', { env: { NAVIGATOR_BASE_REF: 'origin/nope' }, cwd: '/repo', git: noBase, warn: (m) => said.push(m) })).toEqual(['/repo/content/tools/draft.mdx']);
    expect(said).toEqual([expect.stringContaining('NAVIGATOR_BASE_REF=origin/nope is not a commit git knows here')]);
  });

  it('is empty outside a git checkout', () => {
    expect(addedFiles('content', { env: {}, cwd: '/tmp', git: () => undefined })).toEqual([]);
  });
});
