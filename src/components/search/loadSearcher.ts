/**
 * Loads the search on first use: the searcher (createSearcher.ts and its
 * configuration) with import() and the build-time index with fetch(), once
 * per page, shared by every search box on the page. Nothing of it is
 * downloaded until someone starts to search.
 */
import type { Searcher } from '../../lib/search/createSearcher.ts';

let pending: Promise<Searcher> | undefined;

export function loadSearcher(indexUrl: string): Promise<Searcher> {
  pending ??= Promise.all([
    import('../../lib/search/createSearcher.ts'),
    fetch(indexUrl).then((response) => {
      if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    }),
  ]).then(([module, file]) => module.createSearcher(file as Parameters<typeof module.createSearcher>[0]));
  // A failed load (offline, say) may be retried on the next keystroke.
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
