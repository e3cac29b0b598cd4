/**
 * npm run bench:search — "results within one frame at the catalogue's size":
 * the median time of a fuzzy search over the real catalogue must stay under
 * 16 ms (one frame at 60 Hz), with the shipped search configuration. An index
 * ten times larger is measured too, for information.
 */
import { loadCatalogue } from '../src/lib/catalogue/loadCatalogue.ts';
import { buildSearchIndex } from '../src/lib/search/buildSearchIndex.ts';
import { createSearcher } from '../src/lib/search/createSearcher.ts';
import { parseSearchConfig } from '../src/lib/search/parseSearchConfig.ts';
import { SEARCH_CONFIG } from '../src/lib/search/searchConfig.ts';
import type { SearchDocument } from '../src/lib/search/searchDocument.ts';

const { catalogue } = loadCatalogue('content', 'config/scoring.json');
const capability = new Map(catalogue.capabilities.map((c) => [c.id, c.name]));
const category = new Map(catalogue.categories.map((c) => [c.id, c.name]));
function documents(copies: number): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const tool of catalogue.tools) {
      docs.push({ id: copy ? `${tool.id}-${copy}` : tool.id, name: copy ? `${tool.name} ${copy}` : tool.name, aliases: [], description: tool.description, capabilities: tool.capabilities.map((c) => capability.get(c) ?? c), category: category.get(tool.category) ?? tool.category });
    }
  }
  return docs;
}
const queries = ['mlflo', 'monitr', 'pipeline orchestration', 'vector', 'label studio', 'feature store', 'notebk', 'registry', 'kubeflow', 'serving llm'];

function measure(docs: SearchDocument[]): { median: number; p95: number } {
  const searcher = createSearcher(buildSearchIndex(docs, parseSearchConfig(SEARCH_CONFIG)));
  for (const q of queries) searcher.search(q); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const start = performance.now();
      searcher.search(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

const real = measure(documents(1));
console.log(`${real.median < 16 ? '✔' : '✖'} search the catalogue (${catalogue.tools.length} tools): median ${real.median.toFixed(2)} ms, p95 ${real.p95.toFixed(2)} ms (budget: median < 16 ms, one frame)`);
const big = measure(documents(10));
console.log(`  for information, 10× the catalogue (${catalogue.tools.length * 10} tools): median ${big.median.toFixed(2)} ms, p95 ${big.p95.toFixed(2)} ms`);
process.exit(real.median < 16 ? 0 : 1);
