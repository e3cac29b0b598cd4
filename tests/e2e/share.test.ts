/**
 * Small things a visitor notices: shared links unfurl with a card, a missing
 * page offers search, Compare is in the navigation, the theme toggle shows its
 * state, and clearing the questionnaire can be undone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtToolIds } from '../helpers/builtToolIds.ts';
import { jpegSize } from '../helpers/jpegSize.ts';
import { baseUrl, launch, openPage } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('sharing and papercuts', () => {
  it('every page carries OpenGraph and Twitter card metadata with a local image; a tool page has its own card', async () => {
    const { page } = await openPage(browser);
    const dist = process.env.NAVIGATOR_E2E_DIST ?? 'dist';
    const ids = builtToolIds();
    const tool = ids.includes('mlflow') ? 'mlflow' : ids[0]!;
    for (const [path, image] of [['', /\/og-card\.png$/], [`tools/${tool}/`, new RegExp(`/cards/${tool}\\.jpg$`)], ['fit/', /\/og-card\.png$/]] as const) {
      await page.goto(`${baseUrl()}${path}`);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
      expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(image);
      expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toMatch(image);
      expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBeTruthy();
    }
    await page.goto(`${baseUrl()}tools/${tool}/`);
    const name = await page.getByRole('heading', { level: 1 }).textContent();
    const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
    expect(alt?.startsWith(`${name}: `)).toBe(true);
    expect(alt).toMatch(/: (Adopt|Trial|Assess|Hold) ring/);
    // The card is served from the site itself: a 1200 × 630 JPEG.
    const response = await page.request.get(`${baseUrl()}cards/${tool}.jpg`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/jpeg/);
    expect(jpegSize(await response.body())).toEqual({ width: 1200, height: 630 });
    expect(existsSync(join(dist, 'og-card.png'))).toBe(true);
    await page.close();
  });

  it('every tool page has a card of its own, different from its neighbours’', () => {
    const dist = process.env.NAVIGATOR_E2E_DIST ?? 'dist';
    const ids = builtToolIds();
    const cards = readdirSync(join(dist, 'cards')).sort();
    expect(cards).toEqual(ids.map((id) => `${id}.jpg`).sort());
    const sample = ids.slice(0, 5).map((id) => readFileSync(join(dist, 'cards', `${id}.jpg`)).toString('base64'));
    expect(new Set(sample).size).toBe(sample.length);
  });

  it('a missing page is a 404 page with a search form', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await page.getByLabel('Search the catalogue').fill('tracking');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await page.waitForURL(/\/tools\/\?q=tracking/);
    await page.close();
  });

  it('Compare is in the navigation, and the theme toggle shows its state', async () => {
    const { page } = await openPage(browser, { colorScheme: 'light' });
    await page.goto(baseUrl());
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).count()).toBe(1);
    const toggle = page.locator('#theme-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await toggle.getAttribute('title')).toBe('Switch to dark mode');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.textContent()).toMatch(/on$/);
    await page.close();
  });

  it('clearing all answers can be undone', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}fit/?cloud=aws&team=ml-researcher`);
    await page.locator('input[name="cloud"][value="aws"]').waitFor({ state: 'attached' });
    expect(await page.locator('input[name="cloud"][value="aws"]').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    expect(await page.locator('input[name="cloud"][value="aws"]').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('input[name="cloud"][value="aws"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="team"][value="ml-researcher"]').isChecked()).toBe(true);
    await page.close();
  });
});
