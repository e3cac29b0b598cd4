/**
 * Online link check: is each distinct URL reachable? HEAD first (cheap), then
 * GET when the server refuses HEAD or it fails; redirects followed; a timeout
 * per request and a limit on requests in flight. `fetch` is injected, so the
 * logic is tested without a network.
 */

export interface Reachability {
  url: string;
  /** reachable; broken (an error); doubtful (a warning: blocked robots, rate limits). */
  verdict: 'reachable' | 'broken' | 'doubtful';
  /** Final HTTP status, when a response came back. */
  status?: number;
  /** What happened, for people. */
  detail: string;
}

export interface ReachabilityOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  concurrency?: number;
}

/** Statuses for which a GET is worth trying after a HEAD. */
const RETRY_WITH_GET = new Set([400, 403, 404, 405, 406, 429, 500, 501, 502, 503]);

function judge(url: string, status: number): Reachability {
  if (status >= 200 && status < 400) return { url, verdict: 'reachable', status, detail: `HTTP ${status}` };
  if (status === 401 || status === 403 || status === 429) return { url, verdict: 'doubtful', status, detail: `HTTP ${status}: the server refuses automated checks; open it in a browser` };
  return { url, verdict: 'broken', status, detail: `HTTP ${status}${status === 404 || status === 410 ? ': the page is gone' : ''}` };
}

async function request(fetcher: typeof fetch, url: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<number> {
  const response = await fetcher(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'mlops-navigator-link-check (+https://github.com/mlops-navigator)', accept: 'text/html,*/*;q=0.8' } });
  await response.body?.cancel().catch(() => undefined);
  return response.status;
}

/**
 * Check one URL.
 *
 * @example await checkUrl('https://mlflow.org') // → { url: 'https://mlflow.org', verdict: 'reachable', status: 200, detail: 'HTTP 200' }
 */
export async function checkUrl(url: string, options: ReachabilityOptions = {}): Promise<Reachability> {
  const fetcher = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let headStatus: number | undefined;
  try {
    headStatus = await request(fetcher, url, 'HEAD', timeoutMs);
    if (!RETRY_WITH_GET.has(headStatus)) return judge(url, headStatus);
  } catch {
    /* some servers drop HEAD: try GET */
  }
  try {
    return judge(url, await request(fetcher, url, 'GET', timeoutMs));
  } catch (error) {
    const err = error as { name?: string; cause?: { code?: string }; message?: string };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return { url, verdict: 'broken', detail: `no answer within ${timeoutMs / 1000} s` };
    if (headStatus !== undefined) return judge(url, headStatus);
    return { url, verdict: 'broken', detail: `cannot connect (${err.cause?.code ?? err.message ?? 'network error'})` };
  }
}

/**
 * Check many URLs, at most `concurrency` at a time, in input order.
 *
 * @example await checkReachability(['https://a.org', 'https://b.org'], { concurrency: 4 })
 */
export async function checkReachability(urls: readonly string[], options: ReachabilityOptions = {}, onResult?: (result: Reachability) => void): Promise<Reachability[]> {
  const results: Reachability[] = new Array<Reachability>(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      results[index] = await checkUrl(urls[index]!, options);
      onResult?.(results[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, urls.length)) }, worker));
  return results;
}
