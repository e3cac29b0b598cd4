/**
 * The Content-Security-Policy holds on every page type: each page carries the
 * strict policy as its first head element, the browser reports no violation
 * while the page runs (scripts, styles, the questionnaire and its results),
 * and markup injected into a page cannot run a script.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ['', 'tools/', 'tools/mlflow/', 'map/', 'lifecycle/', 'fit/', 'fit/results/?workload=tabular&cloud=aws&pain-points=lost-experiments', 'compare/?tools=mlflow,dvc', 'stats/', 'framework/', 'stages/monitoring/', 'categories/', 'rings/trial/'];

describe('Content-Security-Policy', () => {
  it.each(PAGES)('/%s carries the strict policy and reports no violation', async (path) => {
    const { page, errors } = await openPage(browser);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${baseUrl()}${path}`);
    await page.waitForLoadState('networkidle');
    if (path.startsWith('fit/results')) await page.locator('[data-ranking][data-complete]').waitFor({ state: 'attached' });
    const policy = await page.locator('head > meta[http-equiv="content-security-policy"]').first().getAttribute('content');
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/base-uri 'none'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv'))).toBe('content-security-policy');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    const origin = new URL(baseUrl()).origin;
    const bare = await page.locator('a[href^="http"], a[href^="//"]').evaluateAll((links, own) => links.filter((a) => new URL((a as HTMLAnchorElement).href).origin !== own && !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') ).map((a) => a.getAttribute('href')), origin);
    expect(bare, 'external links without rel="noopener noreferrer"').toEqual([]);
    await page.close();
  });

  it('injected markup cannot run a script: inline handlers and inline scripts are blocked', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/mlflow/`);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned = 1"><a id="x" href="javascript:window.__pwned=2">x</a>');
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 3';
      document.body.append(script);
    });
    await page.locator('#x').click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
