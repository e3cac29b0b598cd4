import { describe, expect, it } from 'vitest';
import { checkIntegrity, nearMissPairs, type LoadedContent } from '../../../src/lib/validation/checkIntegrity.ts';
import { distance } from '../../../src/lib/validation/formatZodIssues.ts';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import { makeContentDir } from '../../helpers/contentFixture.ts';

/** The real taxonomy, loaded once, with a replaceable list of tools. */
let taxonomy: LoadedContent | undefined;
function contentWith(tools: LoadedContent['tools'], patch: Partial<LoadedContent> = {}): LoadedContent {
  taxonomy ??= Object.fromEntries(Object.entries(validateContent(makeContentDir({})).entries).map(([name, list]) => [name, list.map(({ id, file, data }) => ({ id, file, data }))])) as LoadedContent;
  return { ...taxonomy, tools, ...patch };
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

  it('gives an added entry a notice, never an error, for each integration the other tool does not claim back', () => {
    const content = contentWith([tool('new-tool', { integrations: ['kubeflow', 'mlflow'] }), tool('kubeflow', { name: 'Kubeflow' }), tool('mlflow', { name: 'MLflow', integrations: ['new-tool'] })]);
    const issues = checkIntegrity(content, 'content', { newFiles: new Set(['content/tools/new-tool.mdx']) });
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/tools/new-tool.mdx', field: 'integrations[0]', severity: 'notice', message: expect.stringContaining('content/tools/kubeflow.mdx does not list "new-tool"'), fix: expect.stringContaining("If Kubeflow's own documentation names this tool, add new-tool") }),
    ]);
    // Entries the change does not add are left alone, unless every entry is asked for.
    expect(checkIntegrity(content)).toEqual([]);
    expect(checkIntegrity(content, 'content', { integrationNotices: 'all' }).map((i) => `${i.file} ${i.field}`)).toEqual(['content/tools/new-tool.mdx integrations[0]']);
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

  describe('near-misses', () => {
    it.each([
      ['two letters swapped', 'Langfsue'],
      ['a letter dropped', 'Langfse'],
      ['a letter added', 'Langfusse'],
      ['a letter changed', 'Langfuze'],
      ['a look-alike letter and a swap', 'Lаngfsue'],
    ])('reports a name one typing error away (%s) on the entry, naming the other, as a warning', (_what, name) => {
      const issues = checkIntegrity(contentWith([tool('langfuse', { name: 'Langfuse' }), tool('typo', { name })]));
      expect(issues).toEqual([expect.objectContaining({ file: 'content/tools/typo.mdx', field: 'name', severity: 'warning', message: expect.stringMatching(/one typing error away from "Langfuse", a name that content\/tools\/langfuse\.mdx uses/) })]);
    });

    it('compares aliases too', () => {
      const issues = checkIntegrity(contentWith([tool('langfuse', { name: 'Langfuse' }), tool('other', { name: 'Other Tool', aliases: ['Langfsue'] })]));
      expect(issues.map((i) => [i.file, i.field])).toEqual([['content/tools/other.mdx', 'aliases[0]']]);
    });

    it('leaves short names, names two errors apart, an entry\u2019s own aliases and related entries alone', () => {
      expect(checkIntegrity(contentWith([tool('dvc', { name: 'DVC' }), tool('dvx', { name: 'DVX' })]))).toEqual([]);
      expect(checkIntegrity(contentWith([tool('langfuse', { name: 'Langfuse' }), tool('lungfise', { name: 'Lungfise' })]))).toEqual([]);
      expect(checkIntegrity(contentWith([tool('keras', { name: 'Keras', aliases: ['Keras 3'] })]))).toEqual([]);
      expect(checkIntegrity(contentWith([tool('flyte', { name: 'Flyte' }), tool('flyte2', { name: 'Flyte 2', alternatives: ['flyte'] })]))).toEqual([]);
    });

    it('leaves pairs a reviewer confirmed as distinct products alone', () => {
      expect(checkIntegrity(contentWith([tool('tekton', { name: 'Tekton' }), tool('tecton', { name: 'Tecton' })]))).toEqual([]);
    });

    it('reports a pair once, however many of their names are near', () => {
      const issues = checkIntegrity(contentWith([tool('langfuse', { name: 'Langfuse', aliases: ['Langfuse OSS'] }), tool('typo', { name: 'Langfsue', aliases: ['Langfuse OS'] })]));
      expect(issues).toHaveLength(1);
    });

    it('finds exactly the pairs one edit apart (checked against every pair)', () => {
      const words = ['langfuse', 'langfsue', 'langfse', 'mlflow', 'mlfolw', 'kubeflow', 'kubeflows', 'tecton', 'tekton', 'abcde', 'edcba'];
      const names = words.map((word) => ({ key: `name:${word}` }));
      const expected = words.flatMap((a, i) => words.slice(i + 1).filter((b) => distance(a, b) === 1).map((b) => `${a}~${b}`));
      expect(nearMissPairs(names).map(([a, b]) => `${a.key.slice(5)}~${b.key.slice(5)}`).sort()).toEqual(expected.sort());
    });
  });

  describe('on a pull request', () => {
    const existing = tool('langfuse', { name: 'Langfuse', website: 'https://langfuse.com' });
    // "a-copy" sorts before "langfuse": without the diff, the later file (the existing one) would get the error.
    const added = (data: Record<string, unknown>) => tool('a-copy', data);

    it.each([
      ['the same name', { name: 'Lang fuse' }, 'name', /same name as one that content\/tools\/langfuse\.mdx uses, "Langfuse"/],
      ['a near-miss', { name: 'Langfsue' }, 'name', /one typing error away from "Langfuse", a name that content\/tools\/langfuse\.mdx uses/],
      ['the same website', { name: 'Langfuse Cloud', website: 'https://www.langfuse.com/' }, 'website', /same address as the website of content\/tools\/langfuse\.mdx/],
    ])('reports %s on the new file and names the existing entry', (_what, data, field, message) => {
      const content = contentWith([added(data), existing]);
      expect(checkIntegrity(content)[0]?.file).toBe('content/tools/langfuse.mdx');
      const issues = checkIntegrity(content, 'content', { newFiles: new Set(['content/tools/a-copy.mdx']) });
      expect(issues).toEqual([expect.objectContaining({ file: 'content/tools/a-copy.mdx', field, message: expect.stringMatching(message), fix: expect.stringContaining('update content/tools/langfuse.mdx instead') })]);
    });

    it('reports an id that differs only by case on the new file', () => {
      const issues = checkIntegrity(contentWith([tool('Langfuse', { name: 'X One' }), tool('langfuse', { name: 'X Two' })]), 'content', { newFiles: new Set(['content/tools/Langfuse.mdx']) });
      expect(issues).toEqual([expect.objectContaining({ file: 'content/tools/Langfuse.mdx', field: '(file name)', message: expect.stringMatching(/same id as content\/tools\/langfuse\.mdx/) })]);
    });

    it('keeps the usual order when both files, or neither, are new', () => {
      const both = new Set(['content/tools/a-copy.mdx', 'content/tools/langfuse.mdx']);
      expect(checkIntegrity(contentWith([added({ name: 'Langfuse' }), existing]), 'content', { newFiles: both }).map((i) => i.file)).toEqual(['content/tools/langfuse.mdx']);
    });

    it('gives the issue the line of the field', () => {
      const copy = { ...added({ name: 'Langfuse' }), frontmatter: '---\nname: Langfuse\ndescription: x' };
      expect(checkIntegrity(contentWith([copy, existing]), 'content', { newFiles: new Set([copy.file]) })[0]).toMatchObject({ file: copy.file, line: 2 });
    });
  });

  it('does not report references to an entry whose file exists but could not be read', () => {
    const content = contentWith([tool('a', { alternatives: ['broken'], integrations: ['missing'] })]);
    const issues = checkIntegrity(content, 'content', { unreadableIds: { tools: new Set(['broken']) } });
    expect(issues.map((i) => i.field)).toEqual(['integrations[0]']);
    const base = contentWith([]);
    const stages = base.stages.filter((s) => s.id !== 'monitoring');
    expect(checkIntegrity({ ...base, stages }, 'content', { unreadableIds: { stages: new Set(['monitoring']) } })).toEqual([]);
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
