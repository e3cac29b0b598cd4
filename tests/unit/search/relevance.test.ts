/**
 * The search's relevance on the real catalogue (content/), with the shipped
 * configuration and the same documents the site's /search-index.json holds:
 * for each query, tools that must be among the first five, what every one of
 * the first five must be, and tools that must not match at all. Change
 * src/lib/search/searchConfig.ts and this tells you what it did.
 */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { filterTools } from '../../../src/lib/catalogue/filterTools.ts';
import { toCatalogueTool } from '../../../src/lib/catalogue/toCatalogueTool.ts';
import { buildSearchIndex, checkSynonyms, MAX_FIRST_INDEX_GZIP_BYTES_PER_TOOL, MAX_INDEX_GZIP_BYTES_PER_TOOL, splitSearchIndex, withDescriptions, type SearchIndexFile } from '../../../src/lib/search/buildSearchIndex.ts';
import { createSearcher, type Searcher } from '../../../src/lib/search/createSearcher.ts';
import { parseSearchConfig } from '../../../src/lib/search/parseSearchConfig.ts';
import { SEARCH_CONFIG } from '../../../src/lib/search/searchConfig.ts';
import { toSearchDocument, toSearchVocabulary } from '../../../src/lib/search/toSearchDocument.ts';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import type { Tool } from '../../../src/schemas/tool.ts';

interface Case {
  query: string;
  /** Must all be among the first five results. */
  top5: string[];
  /** Every one of the first five has at least one of these capabilities. */
  capabilities: string[];
  /** Must be among the results (not necessarily the first five). */
  found?: string[];
  /** Must not match at all. */
  absent?: string[];
}

const CASES: Case[] = [
  { query: 'llm monitoring', top5: ['langfuse', 'arize-phoenix', 'langsmith'], capabilities: ['llm-observability'], found: ['helicone', 'datadog-llm-observability'], absent: ['prometheus', 'mlrun', 'amazon-sagemaker', 'azure-machine-learning', 'whylabs'] },
  { query: 'vector', top5: ['pinecone', 'weaviate', 'milvus'], capabilities: ['vector-database'], found: ['qdrant', 'chroma'], absent: ['git', 'apache-kafka', 'opentelemetry', 'airbyte', 'langchain'] },
  { query: 'feature store', top5: ['feast', 'featureform', 'hopsworks'], capabilities: ['feature-store'], found: ['tecton'], absent: ['marimo', 'apache-kafka'] },
  { query: 'labelling', top5: ['label-studio', 'cvat', 'prodigy'], capabilities: ['data-labeling'], found: ['labelbox', 'snorkel'] },
  { query: 'gpu', top5: ['nvidia-gpu-operator', 'lambda-cloud', 'gpustack'], capabilities: ['gpu-scheduling', 'managed-compute'], found: ['dstack', 'hami', 'runpod', 'coreweave', 'kai-scheduler'] },
  { query: 'experiment tracking', top5: ['weights-and-biases', 'comet', 'aim'], capabilities: ['experiment-tracking'], found: ['mlflow', 'neptune'] },
  { query: 'guardrails', top5: ['guardrails-ai', 'nemo-guardrails', 'amazon-bedrock-guardrails'], capabilities: ['guardrails'], found: ['llama-guard'] },
  { query: 'demo', top5: ['gradio', 'streamlit'], capabilities: ['ml-apps'], absent: ['kserve'] },
  { query: 'fine-tuning', top5: ['hugging-face-peft', 'hugging-face-trl', 'axolotl'], capabilities: ['fine-tuning'], found: ['unsloth', 'llama-factory'], absent: ['optuna'] },
  { query: 'data catalog', top5: ['unity-catalog', 'datahub'], capabilities: ['data-catalog'], found: ['amundsen', 'atlan', 'openmetadata'], absent: ['kedro'] },
  { query: 'serving', top5: ['tensorflow-serving', 'triton-inference-server', 'ray-serve'], capabilities: ['model-serving', 'llm-serving'], found: ['kserve', 'vllm', 'bentoml'], absent: ['airflow'] },
];

let tools: { id: string; data: Tool }[];
let file: SearchIndexFile;
let searcher: Searcher;
const capabilitiesOf = (id: string) => tools.find((tool) => tool.id === id)?.data.capabilities ?? [];
const all = (query: string) => searcher.search(query, searcher.size);

beforeAll(() => {
  const result = validateContent('content');
  expect(result.issues).toEqual([]);
  const entries = result.entries as unknown as Record<'tools' | 'capabilities' | 'stages' | 'concerns' | 'categories', { id: string; data: { name: string } }[]>;
  tools = entries.tools as unknown as { id: string; data: Tool }[];
  const config = parseSearchConfig(SEARCH_CONFIG);
  const vocabulary = toSearchVocabulary(entries);
  checkSynonyms(config, vocabulary);
  file = buildSearchIndex(
    tools.map((tool) => toSearchDocument(tool.id, tool.data)),
    config,
    vocabulary,
  );
  searcher = createSearcher(JSON.parse(JSON.stringify(file)) as SearchIndexFile);
});

describe.each(CASES)('search "$query"', ({ query, top5, capabilities, found = [], absent = [] }) => {
  it(`has ${top5.join(', ')} among the first five, all of them relevant`, () => {
    const first = all(query).slice(0, 5).map((hit) => hit.id);
    expect(first).toEqual(expect.arrayContaining(top5));
    for (const id of first) expect({ id, capabilities: capabilitiesOf(id).filter((c) => capabilities.includes(c)) }).not.toMatchObject({ capabilities: [] });
  });

  it('finds the other expected tools and none of the unrelated ones', () => {
    const ids = all(query).map((hit) => hit.id);
    expect(ids).toEqual(expect.arrayContaining(found));
    for (const id of absent) expect(ids).not.toContain(id);
  });
});

describe('relevance rules on the real catalogue', () => {
  it('treats the spellings and synonyms of labelling alike', () => {
    expect(all('labeling')).toEqual(all('labelling'));
    const annotation = all('annotation').slice(0, 5).map((hit) => hit.id);
    for (const id of annotation) expect(capabilitiesOf(id)).toContain('data-labeling');
  });

  it('puts exact and prefix name matches first', () => {
    expect(all('mlflo')[0]?.id).toBe('mlflow');
    expect(all('kubeflow')[0]?.id).toBe('kubeflow');
    expect(all('wandb')[0]?.id).toBe('weights-and-biases');
    expect(all('label studio')[0]?.id).toBe('label-studio');
  });

  it('badges discontinued and deprecated tools and ranks them below active ones', () => {
    const hits = all('experiment tracking');
    const neptune = hits.findIndex((hit) => hit.id === 'neptune');
    expect(hits[neptune]?.status).toBe('discontinued');
    const activeTrackers = hits.filter((hit) => !hit.status && capabilitiesOf(hit.id)[0] === 'experiment-tracking');
    expect(activeTrackers.length).toBeGreaterThan(3);
    for (const tracker of activeTrackers) expect(hits.indexOf(tracker)).toBeLessThan(neptune);
    expect(all('whylabs')[0]).toMatchObject({ id: 'whylabs', status: 'discontinued' });
    expect(all('torchserve')[0]).toMatchObject({ id: 'torchserve', status: 'deprecated' });
  });

  it('keeps the index small: names stored once, tools refer to them by position', () => {
    const bytes = gzipSync(JSON.stringify(file), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(MAX_INDEX_GZIP_BYTES_PER_TOOL * tools.length);
    expect(file.tools.capabilities.every((list) => list.every((position) => Number.isInteger(position)))).toBe(true);
    expect(file.capabilities.length).toBeLessThanOrEqual(new Set(tools.flatMap((tool) => tool.data.capabilities)).size);
  });

  it('loads in two parts: the first, without descriptions, is under 60 bytes a tool compressed (60 KB for 1,000 tools)', () => {
    const { index, descriptions } = splitSearchIndex(file);
    expect(index.tools).not.toHaveProperty('descriptionWords');
    expect(index).not.toHaveProperty('descriptionWords');
    expect(Object.keys(descriptions.documents)).toHaveLength(tools.length);
    expect(gzipSync(JSON.stringify(index), { level: 9 }).length).toBeLessThanOrEqual(MAX_FIRST_INDEX_GZIP_BYTES_PER_TOOL * tools.length);
  });

  it('finds tools by name and alias from the first part alone, and gives exactly the whole index’s results once both are in', () => {
    const { index, descriptions } = splitSearchIndex(file);
    const quick = createSearcher(index);
    expect(quick.search('mlflo')[0]?.id).toBe('mlflow');
    expect(quick.search('label studio')[0]?.id).toBe('label-studio');
    const merged = createSearcher(withDescriptions(index, descriptions));
    for (const { query } of CASES) expect(merged.search(query, merged.size)).toEqual(searcher.search(query, searcher.size));
    expect(() => withDescriptions(index, { ...descriptions, version: -1 })).toThrow(/expected version/);
  });

  it('gives the catalogue text filter the same matches in the same order', () => {
    const catalogue = tools.map((tool) => toCatalogueTool(tool.id, tool.data));
    const ranked = all('vector').map((hit) => hit.id);
    const shown = filterTools(catalogue, {}, ranked);
    expect(shown.map((tool) => tool.id)).toEqual(ranked);
    for (const tool of shown) expect(tool.capabilities).toContain('vector-database');
    // Facets still narrow the ranked list without reordering it.
    const openSource = filterTools(catalogue, { offering: ['open-source'] }, ranked).map((tool) => tool.id);
    expect(openSource).toEqual(ranked.filter((id) => openSource.includes(id)));
    expect(openSource.length).toBeLessThan(ranked.length);
  });
});
