import { describe, expect, it } from 'vitest';
import { buildSearchIndex, SEARCH_INDEX_VERSION } from '../../../src/lib/search/buildSearchIndex.ts';
import { createSearcher } from '../../../src/lib/search/createSearcher.ts';
import { parseSearchConfig } from '../../../src/lib/search/parseSearchConfig.ts';
import { SEARCH_CONFIG } from '../../../src/lib/search/searchConfig.ts';
import type { SearchDocument } from '../../../src/lib/search/searchDocument.ts';

const doc = (id: string, name: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  name,
  aliases: [],
  description: `${name} is a tool in the test catalogue.`,
  capabilities: [],
  category: 'Test category',
  ...extra,
});

const documents = [
  doc('mlflow', 'MLflow', { capabilities: ['Experiment tracking', 'Model registry'], description: 'An open-source platform for tracking experiments and managing models.' }),
  doc('kubeflow', 'Kubeflow', { capabilities: ['Pipeline orchestration'] }),
  doc('weights-and-biases', 'Weights & Biases', { aliases: ['W&B', 'wandb'], capabilities: ['Experiment tracking'] }),
  doc('label-studio', 'Label Studio', { capabilities: ['Data labelling'], description: 'A tool for annotating images, text and audio.' }),
  doc('dvc', 'DVC', { aliases: ['Data Version Control'], capabilities: ['Data versioning'] }),
];
const config = parseSearchConfig(SEARCH_CONFIG);
const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(documents, config))) as ReturnType<typeof buildSearchIndex>);
const top = (query: string) => searcher.search(query)[0]?.id;

describe('search configuration', () => {
  it('accepts the shipped configuration', () => {
    expect(parseSearchConfig(SEARCH_CONFIG)).toEqual(SEARCH_CONFIG);
  });

  it('rejects a bad configuration, naming the file, the field and the fix', () => {
    const bad = { ...SEARCH_CONFIG, threshold: 3, keys: [{ name: 'website', weight: 0 }] };
    expect(() => parseSearchConfig(bad)).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid search configuration:
        src/lib/search/searchConfig.ts: keys.0.name: Invalid option: expected one of "name"|"aliases"|"description"|"capabilities"
        src/lib/search/searchConfig.ts: keys.0.weight: must be greater than 0
        src/lib/search/searchConfig.ts: threshold: must be between 0 (exact) and 1 (anything)
      Fix the value in src/lib/search/searchConfig.ts; searchable fields are name, aliases, description, capabilities.]
    `);
  });
});

describe('createSearcher over a build-time index', () => {
  it('finds a tool from a partly typed name', () => {
    expect(top('mlflo')).toBe('mlflow');
    expect(top('kubeflwo')).toBe('kubeflow');
  });

  it('finds a tool by an alias', () => {
    expect(top('wandb')).toBe('weights-and-biases');
    expect(top('data version control')).toBe('dvc');
  });

  it('finds tools by capability and by words of the description', () => {
    expect(searcher.search('experiment tracking').map((result) => result.id)).toEqual(expect.arrayContaining(['mlflow', 'weights-and-biases']));
    expect(top('annotating')).toBe('label-studio');
  });

  it('returns nothing for too-short queries and respects the limit', () => {
    expect(searcher.search('m')).toEqual([]);
    expect(searcher.search('tool', 2).length).toBeLessThanOrEqual(2);
  });

  it('refuses an index of another version instead of misreading it', () => {
    const stale = { ...buildSearchIndex(documents, config), version: SEARCH_INDEX_VERSION + 1 };
    expect(() => createSearcher(stale)).toThrow(/search-index\.json: expected version/);
  });

  // Speed ("results within one frame") is measured by npm run bench:search, not timed here.
  it('still finds the right tool in an index ten times the catalogue size', () => {
    const words = ['track', 'serve', 'label', 'monitor', 'pipeline', 'feature', 'vector', 'notebook', 'registry', 'tuning'];
    const many = Array.from({ length: 1500 }, (_, i) => doc(`tool-${i}`, `${words[i % 10]!}ly ${i}`, { description: `A ${words[(i * 3) % 10]!} tool number ${i}.` }));
    const big = createSearcher(buildSearchIndex([...many, ...documents], config));
    expect(big.search('mlflo')[0]?.id).toBe('mlflow');
    expect(big.search('wandb')[0]?.id).toBe('weights-and-biases');
  });
});
