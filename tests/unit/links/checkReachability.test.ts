/**
 * The online link check's logic, with a fake fetch: no network needed.
 */
import { describe, expect, it } from 'vitest';
import { checkReachability, checkUrl } from '../../../src/lib/links/checkReachability.ts';

type Handler = (url: string, method: string) => number | Error | 'hang';
const urlOf = (input: string | URL | Request) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

function fakeFetch(handler: Handler, log: string[] = []) {
  return ((input: string | URL | Request, init?: RequestInit) => {
    const url = urlOf(input);
    const method = init?.method ?? 'GET';
    log.push(`${method} ${url}`);
    const outcome = handler(url, method);
    if (outcome === 'hang') {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))));
    }
    if (outcome instanceof Error) return Promise.reject(outcome);
    return Promise.resolve(new Response(null, { status: outcome }));
  }) as typeof fetch;
}

describe('checkUrl', () => {
  it('is satisfied by a successful HEAD', async () => {
    const log: string[] = [];
    expect(await checkUrl('https://a.dev', { fetch: fakeFetch(() => 200, log) })).toEqual({ url: 'https://a.dev', verdict: 'reachable', status: 200, detail: 'HTTP 200' });
    expect(log).toEqual(['HEAD https://a.dev']);
  });

  it('falls back to GET when HEAD is refused or fails', async () => {
    const log: string[] = [];
    expect((await checkUrl('https://a.dev', { fetch: fakeFetch((_, m) => (m === 'HEAD' ? 405 : 200), log) })).verdict).toBe('reachable');
    expect((await checkUrl('https://b.dev', { fetch: fakeFetch((_, m) => (m === 'HEAD' ? new TypeError('fetch failed') : 200), log) })).verdict).toBe('reachable');
    expect(log).toEqual(['HEAD https://a.dev', 'GET https://a.dev', 'HEAD https://b.dev', 'GET https://b.dev']);
  });

  it('reports a missing page, a refusing server and an unreachable host differently', async () => {
    expect(await checkUrl('https://a.dev/gone', { fetch: fakeFetch(() => 404) })).toMatchObject({ verdict: 'broken', status: 404, detail: 'HTTP 404: the page is gone' });
    expect(await checkUrl('https://a.dev', { fetch: fakeFetch(() => 403) })).toMatchObject({ verdict: 'doubtful', status: 403 });
    const error = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    expect(await checkUrl('https://nowhere.dev', { fetch: fakeFetch(() => error) })).toMatchObject({ verdict: 'broken', detail: 'cannot connect (ENOTFOUND)' });
  });

  it('gives up after the timeout', async () => {
    // A server that never answers: the check must end with a verdict instead of hanging.
    expect(await checkUrl('https://slow.dev', { fetch: fakeFetch(() => 'hang'), timeoutMs: 100 })).toMatchObject({ verdict: 'broken', detail: 'no answer within 0.1 s' });
  });
});

describe('checkReachability', () => {
  it('keeps at most `concurrency` requests in flight and returns results in input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const fetcher = (async (input: string | URL | Request) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      return new Response(null, { status: urlOf(input).endsWith('7') ? 404 : 200 });
    }) as typeof fetch;
    const urls = Array.from({ length: 12 }, (_, i) => `https://site.dev/${i}`);
    const results = await checkReachability(urls, { fetch: fetcher, concurrency: 3 });
    expect(peak).toBe(3);
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(results.filter((r) => r.verdict === 'broken').map((r) => r.url)).toEqual(['https://site.dev/7']);
  });
});
