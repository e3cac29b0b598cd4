/**
 * Where the results page's ranking runs: in a Web Worker (results-worker.ts),
 * so that ranking thousands of tools never blocks the page; or, when no worker
 * can start (old browser, blocked script), on the page itself, with the same
 * session and the same answers.
 */
import type { ExportFile, ExportKind } from '../../lib/exports/exportResult';
import type { Excluded, ResultsHead, ResultsSession } from '../../lib/questionnaire/resultsSession';
import type { LeanScoringData, ScoringTexts } from '../../lib/questionnaire/leanScoringData';
import type { RankedTool } from '../../lib/scoring/types';

type ExportRequestContext = Parameters<ResultsSession['exportFile']>[1];

type RequestBody =
  | { kind: 'start'; src: string; search: string }
  | { kind: 'ranking'; start: number; count: number }
  | { kind: 'excluded'; start: number; count: number }
  | { kind: 'whyNot'; typed: string }
  | { kind: 'toolNames' }
  | { kind: 'export'; exportKind: ExportKind; context: ExportRequestContext; textsSrc: string };
export type ResultsRequest = { id: number } & RequestBody;
export type ResultsReply = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: string });

export interface ResultsBackend {
  head: ResultsHead;
  ranking(start: number, count: number): Promise<RankedTool[]>;
  excluded(start: number, count: number): Promise<Excluded[]>;
  whyNot(typed: string): Promise<string>;
  toolNames(): Promise<string[]>;
  exportFile(kind: ExportKind, context: ExportRequestContext): Promise<ExportFile>;
}

/** The data could not be had: the page says so. */
export class ResultsLoadError extends Error {}

/** Thrown when the worker itself fails (not the data): the page then ranks on its own thread. */
class WorkerFailed extends Error {}

function inWorker(src: string, textsSrc: string, search: string): Promise<ResultsBackend> {
  const worker = new Worker(new URL('./results-worker.ts', import.meta.url), { type: 'module', name: 'results' });
  let next = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  worker.addEventListener('message', (event: MessageEvent<ResultsReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new ResultsLoadError(reply.error));
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    for (const waiting of pending.values()) waiting.reject(new WorkerFailed('the results worker failed'));
    pending.clear();
  });
  const ask = <T>(request: RequestBody): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  return ask<ResultsHead>({ kind: 'start', src, search }).then((head) => ({
    head,
    ranking: (start, count) => ask<RankedTool[]>({ kind: 'ranking', start, count }),
    excluded: (start, count) => ask<Excluded[]>({ kind: 'excluded', start, count }),
    whyNot: (typed) => ask<string>({ kind: 'whyNot', typed }),
    toolNames: () => ask<string[]>({ kind: 'toolNames' }),
    exportFile: (exportKind, context) => ask<ExportFile>({ kind: 'export', exportKind, context, textsSrc }),
  }));
}

async function onPage(src: string, textsSrc: string, search: string): Promise<ResultsBackend> {
  const [{ startResults }, response] = await Promise.all([import('../../lib/questionnaire/resultsSession'), fetch(src)]);
  if (!response.ok) throw new ResultsLoadError(`the scoring file answered ${response.status}`);
  const session = startResults((await response.json()) as LeanScoringData, search);
  let descriptions: Promise<Record<string, string>> | undefined;
  return {
    head: session.head,
    ranking: (start, count) => Promise.resolve(session.ranking(start, count)),
    excluded: (start, count) => Promise.resolve(session.excluded(start, count)),
    whyNot: (typed) => Promise.resolve(session.whyNot(typed)),
    toolNames: () => Promise.resolve(session.toolNames()),
    async exportFile(kind, context) {
      descriptions ??= fetch(textsSrc)
        .then((r) => (r.ok ? (r.json() as Promise<ScoringTexts>) : undefined))
        .then((file) => file?.descriptions ?? {})
        .catch(() => ({}));
      return session.exportFile(kind, context, await descriptions);
    },
  };
}

/** Start ranking: in a worker when one starts, else on the page. Rejects with ResultsLoadError when the data cannot be had. */
export async function startBackend(src: string, textsSrc: string, search: string): Promise<ResultsBackend> {
  const absolute = (url: string) => new URL(url, location.href).href;
  if (typeof Worker === 'function') {
    try {
      return await inWorker(absolute(src), absolute(textsSrc), search);
    } catch (error) {
      if (!(error instanceof WorkerFailed) && !(error instanceof DOMException) && !(error instanceof TypeError)) throw error;
    }
  }
  try {
    return await onPage(src, textsSrc, search);
  } catch (error) {
    throw error instanceof ResultsLoadError ? error : new ResultsLoadError(String(error));
  }
}
