/**
 * Small things a visitor notices: shared links unfurl with a card, a missing
 * page offers search, Compare is in the navigation, the theme toggle shows its
 * state, and clearing the questionnaire can be undone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { baseUrl, launch, openPage } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('sharing and papercuts', () => {
  it('every page carries OpenGraph and Twitter card metadata with a local image', async () => {
    const { page } = await openPage(browser);
    for (const path of ['', 'tools/mlflow/', 'fit/']) {
      await page.goto(`${baseUrl()}${path}`);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
      expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/\/og-card\.png$/);
    }
    expect(existsSync('dist/og-card.png')).toBe(true);
    await page.close();
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
