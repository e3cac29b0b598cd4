/**
 * The results page's worker: it fetches the scoring file, ranks the catalogue
 * (src/lib/questionnaire/resultsSession.ts) and answers the page's requests,
 * so the page's own thread only draws. Messages: { id, kind, … } in,
 * { id, ok, value | error } out.
 */
import { startResults, type ResultsSession } from '../../lib/questionnaire/resultsSession';
import type { LeanScoringData, ScoringTexts } from '../../lib/questionnaire/leanScoringData';
import type { ResultsRequest, ResultsReply } from './results-backend';

let session: ResultsSession | undefined;
let descriptions: Promise<Record<string, string>> | undefined;

async function answer(request: ResultsRequest): Promise<unknown> {
  if (request.kind === 'start') {
    const response = await fetch(request.src);
    if (!response.ok) throw new Error(`the scoring file answered ${response.status}`);
    session = startResults((await response.json()) as LeanScoringData, request.search);
    return session.head;
  }
  if (!session) throw new Error('not started');
  if (request.kind === 'ranking') return session.ranking(request.start, request.count);
  if (request.kind === 'excluded') return session.excluded(request.start, request.count);
  if (request.kind === 'whyNot') return session.whyNot(request.typed);
  if (request.kind === 'toolNames') return session.toolNames();
  descriptions ??= fetch(request.textsSrc)
    .then((response) => (response.ok ? (response.json() as Promise<ScoringTexts>) : undefined))
    .then((file) => file?.descriptions ?? {})
    .catch(() => ({}));
  return session.exportFile(request.exportKind, request.context, await descriptions);
}

self.addEventListener('message', (event: MessageEvent<ResultsRequest>) => {
  const request = event.data;
  answer(request).then(
    (value) => self.postMessage({ id: request.id, ok: true, value } satisfies ResultsReply),
    (error: unknown) => self.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ResultsReply),
  );
});
