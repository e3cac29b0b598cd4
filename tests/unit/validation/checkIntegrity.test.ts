import { describe, expect, it } from 'vitest';
import { checkIntegrity, type LoadedContent } from '../../../src/lib/validation/checkIntegrity.ts';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import { makeContentDir } from '../../helpers/contentFixture.ts';

/** The real taxonomy, loaded once, with a replaceable list of tools. */
function contentWith(tools: LoadedContent['tools'], patch: Partial<LoadedContent> = {}): LoadedContent {
  const { entries } = validateContent(makeContentDir({}));
  const loaded = Object.fromEntries(Object.entries(entries).map(([name, list]) => [name, list.map(({ id, file, data }) => ({ id, file, data }))])) as LoadedContent;
  return { ...loaded, tools, ...patch };
}

const tool = (id: string, data: Record<string, unknown> = {}) => ({ id, file: `content/tools/${id}.mdx`, data: { name: id, capabilities: [], addresses: [], ...data } });

describe('checkIntegrity', () => {
  it('accepts consistent content', () => {
    expect(checkIntegrity(contentWith([tool('a', { alternatives: ['b'] }), tool('b')]))).toEqual([]);
  });

  it('reports dangling references with a suggestion', () => {
    const issues = checkIntegrity(contentWith([tool('alpha', { integrations: ['betta'], addresses: [{ concern: 'lost-experiment', strength: 1 }] }), tool('beta')]));
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/tools/alpha.mdx', field: 'addresses[0].concern', fix: 'Did you mean "lost-experiments"?' }),
      expect.objectContaining({ field: 'integrations[0]', fix: 'Did you mean "beta"?' }),
    ]);
  });

  it('reports an entry that lists itself', () => {
    expect(checkIntegrity(contentWith([tool('a', { alternatives: ['a'] })]))[0]?.message).toBe('refers to the entry itself');
  });

  it('reports names that differ only by case', () => {
    const issues = checkIntegrity(contentWith([tool('mlflow', { name: 'MLflow' }), tool('ml-flow', { name: 'mlflow' })]));
    expect(issues[0]).toMatchObject({ file: 'content/tools/ml-flow.mdx', field: 'name', message: expect.stringMatching(/same name as one that content\/tools\/mlflow\.mdx uses/) });
  });

  it.each([
    ['a zero-width space', 'ML\u200Bflow'],
    ['a look-alike Cyrillic letter', 'MLfl\u043Ew'],
    ['full-width letters', '\uFF2D\uFF2Cflow'],
    ['extra spacing and punctuation', 'ML-Flow'],
  ])('reports a name that differs only by %s, naming both files', (_what, name) => {
    const issues = checkIntegrity(contentWith([tool('mlflow', { name: 'MLflow' }), tool('ml-flow-2', { name })]));
    expect(issues[0]).toMatchObject({ file: 'content/tools/ml-flow-2.mdx', field: 'name', message: expect.stringMatching(/content\/tools\/mlflow\.mdx/) });
  });

  it('reports a second entry with the same website or an alias that is another entry\'s name', () => {
    const issues = checkIntegrity(contentWith([tool('langfuse', { name: 'Langfuse', website: 'https://langfuse.com' }), tool('langfuse-cloud', { name: 'Langfuse Cloud', website: 'https://www.langfuse.com/' }), tool('other', { name: 'Other', aliases: ['langfuse'] })]));
    expect(issues.map((i) => [i.file, i.field])).toEqual([['content/tools/langfuse-cloud.mdx', 'website'], ['content/tools/other.mdx', 'aliases[0]']]);
  });

  it('reports a missing or extra fixed id', () => {
    const base = contentWith([]);
    const all = checkIntegrity({ ...base, stages: base.stages.filter((s) => s.id !== 'monitoring').concat({ id: 'monitor', file: 'content/stages/monitor.md', data: {} }) });
    const issues = all.filter((i) => i.file.includes('/stages/'));
    // The questionnaire's stage options now point at a missing stage too.
    expect(all.find((i) => i.file.endsWith('questions/stages.md'))?.found).toBe('"monitoring"');
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/requires an entry "monitoring"/), expect.stringMatching(/not one of the framework's fixed stages ids/)]);
    expect(issues[1]?.fix).toBe('Rename the file to monitoring.md.');
  });

  it('enforces the public URL contract of the questionnaire', () => {
    const base = contentWith([]);
    const questions = base.questions.map((q) => (q.id === 'cloud' ? { ...q, data: { ...q.data, options: [{ id: 'aws' }, { id: 'ibm' }] } } : q));
    const issue = checkIntegrity({ ...base, questions }).find((i) => i.file.endsWith('cloud.md'));
    expect(issue?.fix).toMatch(/Add gcp, azure, other, none\. Remove ibm\./);
  });
});
