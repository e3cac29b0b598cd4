import { describe, expect, it } from 'vitest';
import { buildSearchIndex, checkSynonyms, SEARCH_INDEX_VERSION, splitSearchIndex, withDescriptions } from '../../../src/lib/search/buildSearchIndex.ts';
import { createSearcher } from '../../../src/lib/search/createSearcher.ts';
import { parseSearchConfig } from '../../../src/lib/search/parseSearchConfig.ts';
import { SEARCH_CONFIG } from '../../../src/lib/search/searchConfig.ts';
import type { SearchDocument, SearchVocabulary } from '../../../src/lib/search/searchDocument.ts';
import { compact, editDistance, sameStem, words } from '../../../src/lib/search/searchText.ts';

const doc = (id: string, name: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  name,
  aliases: [],
  description: `${name} is a tool in the test catalogue.`,
  capabilities: [],
  category: 'single-component-ml-tools',
  ...extra,
});

const vocabulary: SearchVocabulary = {
  capabilities: [
    { id: 'experiment-tracking', name: 'Experiment tracking' },
    { id: 'model-registry', name: 'Model registry' },
    { id: 'pipeline-orchestration', name: 'Pipeline orchestration' },
    { id: 'data-labeling', name: 'Data labelling' },
    { id: 'data-versioning', name: 'Data versioning' },
    { id: 'data-processing', name: 'Data processing' },
    { id: 'vector-database', name: 'Vector search' },
    { id: 'llm-observability', name: 'LLM tracing and observability' },
    { id: 'model-monitoring', name: 'Model monitoring and observability' },
  ],
  stages: [{ id: 'monitoring', name: 'Monitoring' }],
  concerns: [{ id: 'blind-monitoring', name: 'No visibility into models in production' }],
  categories: [
    { id: 'single-component-ml-tools', name: 'Single-component ML tools' },
    { id: 'common-swe-stack', name: 'Common software stack' },
  ],
};

const documents = [
  doc('mlflow', 'MLflow', { capabilities: ['experiment-tracking', 'model-registry'], description: 'An open-source platform for tracking experiments and managing models.' }),
  doc('kubeflow', 'Kubeflow', { capabilities: ['pipeline-orchestration'] }),
  doc('weights-and-biases', 'Weights & Biases', { aliases: ['W&B', 'wandb'], capabilities: ['experiment-tracking'], status: 'acquired' }),
  doc('label-studio', 'Label Studio', { capabilities: ['data-labeling'], description: 'A tool for annotating images, text and audio.' }),
  doc('dvc', 'DVC', { aliases: ['Data Version Control'], capabilities: ['data-versioning'] }),
  doc('qdrant', 'Qdrant', { capabilities: ['vector-database'], description: 'An open-source vector search engine.' }),
  doc('airbyte', 'Airbyte', { capabilities: ['data-processing'], description: 'Moves data from APIs into warehouses and vector stores.' }),
  doc('langfuse', 'Langfuse', { capabilities: ['llm-observability'], stages: ['monitoring'], concerns: [{ id: 'blind-monitoring', strength: 3 }], description: 'Traces LLM applications.' }),
  doc('prometheus', 'Prometheus', { capabilities: ['model-monitoring'], stages: ['monitoring'], category: 'common-swe-stack', description: 'A monitoring system for services.' }),
  doc('whylabs', 'WhyLabs', { capabilities: ['model-monitoring'], stages: ['monitoring'], status: 'discontinued', description: 'A monitoring platform for ML models.' }),
];
const config = parseSearchConfig(SEARCH_CONFIG);
const file = buildSearchIndex(documents, config, vocabulary);
const searcher = createSearcher(JSON.parse(JSON.stringify(file)) as typeof file);
const ids = (query: string, limit?: number) => searcher.search(query, limit).map((hit) => hit.id);
const top = (query: string) => ids(query)[0];

describe('search configuration', () => {
  it('accepts the shipped configuration', () => {
    expect(parseSearchConfig(SEARCH_CONFIG)).toEqual(SEARCH_CONFIG);
  });

  it('rejects a bad configuration, naming the file, the field and the fix', () => {
    const bad = {
      ...SEARCH_CONFIG,
      otherFields: 3,
      weights: { ...SEARCH_CONFIG.weights, name: 0 },
      synonyms: [
        { words: ['fine-tune'], capabilities: ['fine-tuning'] },
        { words: ['gpu'], capabilities: ['gpu-scheduling'] },
        { words: ['gpu'], stages: ['model-training'] },
        { words: ['monitoring'] },
      ],
    };
    expect(() => parseSearchConfig(bad)).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid search configuration:
        src/lib/search/searchConfig.ts: weights.name: must be greater than 0
        src/lib/search/searchConfig.ts: otherFields: must be between 0 and 1
        src/lib/search/searchConfig.ts: synonyms.0.words.0: must be one lower-case word without spaces or punctuation (write "finetune", not "fine-tune")
        src/lib/search/searchConfig.ts: synonyms.3: must name at least one capability, stage or concern
        src/lib/search/searchConfig.ts: synonyms.2.words.0: "gpu" is already in synonyms.1; list each word once
      Fix the value in src/lib/search/searchConfig.ts; searchable fields (weights) are name, aliases, capabilities, stages, concerns, category, description.]
    `);
  });

  it('refuses a synonym table that names an id the content lacks', () => {
    const typo = parseSearchConfig({ ...SEARCH_CONFIG, synonyms: [{ words: ['vector'], capabilities: ['vector-db'] }] });
    expect(() => checkSynonyms(typo, vocabulary)).toThrow(/synonyms\.0\.capabilities: "vector-db" is not in content\/capabilities/);
  });
});

describe('search text', () => {
  it('folds case, accents, British spellings and plurals into one form', () => {
    expect(words('Data labelling for GPUs, Catalogues & Décor', SEARCH_CONFIG)).toEqual(['data', 'labeling', 'for', 'gpu', 'catalog', 'decor']);
    expect(compact('Weights & Biases', SEARCH_CONFIG)).toBe(compact('weights and biases', SEARCH_CONFIG));
    expect(compact('W&B', SEARCH_CONFIG)).toBe('wb');
  });

  it('counts typos, including swapped letters, and gives up past the limit', () => {
    expect(editDistance('kubeflwo', 'kubeflow', 2)).toBe(1);
    expect(editDistance('mlflow', 'airflow', 1)).toBe(2);
    expect(sameStem('serve', 'serving')).toBe(true);
    expect(sameStem('data', 'datadog')).toBe(false);
  });
});

describe('createSearcher over a build-time index', () => {
  it('finds a tool from a partly typed or mistyped name', () => {
    expect(top('mlflo')).toBe('mlflow');
    expect(top('kubeflwo')).toBe('kubeflow');
  });

  it('finds a tool by an alias', () => {
    expect(top('wandb')).toBe('weights-and-biases');
    expect(top('w&b')).toBe('weights-and-biases');
    expect(top('data version control')).toBe('dvc');
  });

  it('puts exact and prefix name matches before tools that only mention the word', () => {
    const withMention = [...documents, doc('mlflow-helper', 'Helper', { description: 'Exports MLflow runs.' })];
    const local = createSearcher(buildSearchIndex(withMention, config, vocabulary));
    expect(local.search('mlflow').map((hit) => hit.id)).toEqual(['mlflow', 'mlflow-helper']);
  });

  it('finds tools by capability, by synonym and by words of the description', () => {
    expect(ids('experiment tracking')).toEqual(expect.arrayContaining(['mlflow', 'weights-and-biases']));
    for (const query of ['labelling', 'labeling', 'annotation', 'annotating']) expect(top(query)).toBe('label-studio');
  });

  it('matches only tools that have every word of the query', () => {
    expect(ids('llm monitoring')).toEqual(['langfuse']);
    expect(ids('monitoring')).toEqual(expect.arrayContaining(['langfuse', 'prometheus', 'whylabs']));
  });

  it('lets a strict synonym match only the tools that have the capability, not every description using the word', () => {
    expect(ids('vector')).toEqual(['qdrant']);
    expect(ids('stores')).toEqual(['airbyte']);
  });

  it('badges discontinued and deprecated tools and ranks them lower', () => {
    const hits = searcher.search('monitoring');
    expect(hits.at(-1)).toMatchObject({ id: 'whylabs', status: 'discontinued' });
    expect(hits.find((hit) => hit.id === 'prometheus')?.status).toBeUndefined();
    // Acquired tools live on: no badge, no penalty.
    expect(searcher.search('wandb')[0]?.status).toBeUndefined();
  });

  it('returns nothing for too-short queries and respects the limit', () => {
    expect(searcher.search('m')).toEqual([]);
    expect(searcher.search('tool', 2).length).toBeLessThanOrEqual(2);
  });

  it('does the text work at build time: tools in name order, each word stored once, names compacted', () => {
    const names = file.tools.name;
    expect([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(names);
    expect(new Set(file.nameWords).size).toBe(file.nameWords.length);
    expect(new Set(file.descriptionWords).size).toBe(file.descriptionWords!.length);
    const wandb = file.tools.id.indexOf('weights-and-biases');
    expect(file.tools.whole[wandb]![0]).toBe('weightsbiases');
    expect(file.tools.nameWords[wandb]!.map((n) => file.nameWords[n])).toEqual(['weight', 'biase']);
  });

  it('ignores description word numbers a tampered or truncated file gets wrong, instead of failing', () => {
    const { index, descriptions } = splitSearchIndex(file);
    const broken = { ...descriptions, documents: { ...descriptions.documents, mlflow: [-1, 1e9, 0.5] } };
    const merged = createSearcher(withDescriptions(index, broken));
    expect(merged.search('mlflo')[0]?.id).toBe('mlflow');
  });

  // A query visits only the tools that can match one of its words (postings): each way of matching must still find its tool.
  it('still finds a tool by each single way of matching: a related word in its description, a whole name across words, a strong concern, and not by a weak one', () => {
    const only = [
      doc('annotator', 'Zeta', { description: 'Helps teams with annotation work.' }), // "labeling" reaches it through its synonym group only
      doc('qu-ark', 'Qu Ark'), // "quar" matches only the whole name compacted, no single word
      doc('watcher', 'Theta', { concerns: [{ id: 'blind-monitoring', strength: 3 }] }),
      doc('weakly', 'Iota', { concerns: [{ id: 'blind-monitoring', strength: 1 }] }),
    ];
    const small = createSearcher(buildSearchIndex(only, config, vocabulary));
    expect(small.search('labeling').map((hit) => hit.id)).toContain('annotator');
    expect(small.search('quar')[0]?.id).toBe('qu-ark');
    const blind = small.search('blind').map((hit) => hit.id);
    expect(blind).toContain('watcher');
    expect(blind).not.toContain('weakly');
  });

  it('refuses an index of another version instead of misreading it', () => {
    const stale = { ...buildSearchIndex(documents, config), version: SEARCH_INDEX_VERSION + 1 };
    expect(() => createSearcher(stale)).toThrow(/search-index\.json: expected version/);
  });

  it('stores each capability name once and refers to it by position', () => {
    expect(file.capabilities.map(([id]) => id)).toContain('experiment-tracking');
    const mlflow = file.tools.id.indexOf('mlflow');
    expect(file.tools.capabilities[mlflow]!.every((position) => typeof position === 'number')).toBe(true);
    expect(file.tools.capabilities[mlflow]!.map((position) => file.capabilities[position]![1])).toEqual(['Experiment tracking', 'Model registry']);
    expect(file.tools.status[mlflow]).toBe(0);
    expect(file.tools.aliasWords[mlflow]).toEqual([]);
  });

  it('works without a vocabulary, taking the values as their own names', () => {
    const plain = createSearcher(buildSearchIndex([doc('mlflow', 'MLflow', { capabilities: ['Experiment tracking'], category: 'ML project frameworks' })], config));
    expect(plain.search('tracking')[0]).toMatchObject({ id: 'mlflow', category: 'ML project frameworks' });
  });

  // Speed ("results within one frame") is measured by npm run bench:search, not timed here.
  it('still finds the right tool in an index ten times the catalogue size', () => {
    const stems = ['track', 'serve', 'label', 'monitor', 'pipeline', 'feature', 'vector', 'notebook', 'registry', 'tuning'];
    const many = Array.from({ length: 1500 }, (_, i) => doc(`tool-${i}`, `${stems[i % 10]!}ly ${i}`, { description: `A ${stems[(i * 3) % 10]!} tool number ${i}.` }));
    const big = createSearcher(buildSearchIndex([...many, ...documents], config, vocabulary));
    expect(big.search('mlflo')[0]?.id).toBe('mlflow');
    expect(big.search('wandb')[0]?.id).toBe('weights-and-biases');
  });
});
