/**
 * Loads the search on first use, in two steps, once per page and shared by
 * every search box on it: the searcher (createSearcher.ts and its
 * configuration) with import() and the index without descriptions
 * (/search-index.json) give the first results; the descriptions
 * (/search-descriptions.json, about half of the bytes) are fetched at the same
 * time and complete the searcher when they arrive. Nothing of it is downloaded
 * until someone starts to search.
 */
import type { Searcher } from '../../lib/search/createSearcher.ts';

let first: Promise<Searcher> | undefined;
let full: Promise<Searcher> | undefined;

const getJson = (url: string) =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });

/** Resolves after the next paint (or after 250 ms where frames do not run, as in a background tab). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 250);
  });
}

/**
 * The descriptions file sits next to the index, with the same version query: the pages ask for
 * `search-index.json?v=<SEARCH_INDEX_VERSION>`, so a browser never reuses a cached file of an older shape.
 */
export const descriptionsUrlOf = (indexUrl: string) => indexUrl.replace(/search-index\.json(?=\?|$)/, 'search-descriptions.json');

function start(indexUrl: string): void {
  const module = import('../../lib/search/createSearcher.ts');
  const index = getJson(indexUrl);
  const descriptions = getJson(descriptionsUrlOf(indexUrl));
  first = Promise.all([module, index]).then(([m, file]) => m.createSearcher(file as Parameters<typeof m.createSearcher>[0]));
  // The complete searcher is built only after the first results are on screen, so it never delays them.
  full = Promise.all([import('../../lib/search/buildSearchIndex.ts'), module, index, descriptions, first.then(afterPaint)]).then(([b, m, file, extra]) =>
    m.createSearcher(b.withDescriptions(file as Parameters<typeof b.withDescriptions>[0], extra as Parameters<typeof b.withDescriptions>[1])),
  );
  // A failed load (offline, say) may be retried on the next keystroke.
  first.catch(() => (first = full = undefined));
  full.catch(() => (full = undefined));
}

/** The searcher as soon as the index is in: names, aliases and the vocabulary, without descriptions. */
export function loadSearcher(indexUrl: string): Promise<Searcher> {
  if (!first) start(indexUrl);
  return first!;
}

/** The complete searcher, descriptions included: what filtering needs, and what the search box upgrades to. */
export function loadFullSearcher(indexUrl: string): Promise<Searcher> {
  if (!first || !full) start(indexUrl);
  return full!;
}
