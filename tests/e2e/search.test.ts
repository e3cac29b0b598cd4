/**
 * The site search as visitors use it: a keyboard shortcut from any page, a
 * combobox that finds a tool from a partly typed name, lazy loading (nothing
 * of the search is downloaded until it is used), the no-JS fallback and axe.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openPage } from './setup/browser.ts';
import { pageOf, session, shownToolIds, useSession, waitForCatalogue, type ApiTool } from './support/catalogue.ts';

useSession();
let mlflow: ApiTool;
beforeAll(() => {
  const found = session.tools.find((tool) => tool.id === 'mlflow');
  if (!found) throw new Error('These tests search for MLflow, which is missing from api/tools.json.');
  mlflow = found;
});

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search tools' });
const isSearchAsset = (url: string) => /search-(index|descriptions)\.json(\?|$)|\/createSearcher\.[\w-]+\.js$/.test(url);

describe('site search', () => {
  it('"/" focuses the search; typing "mlflo" offers MLflow, and Enter on it opens its page', async () => {
    const { page, errors } = await openPage(session.browser);
    await page.goto(baseUrl());
    await page.waitForSelector('navigator-search input[role="combobox"]');
    await page.keyboard.press('/');
    expect(await searchBox(page).evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('mlflo');
    const option = page.getByRole('option', { name: new RegExp(`^${mlflow.name}\\b`) });
    await option.waitFor();
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('option').first().textContent()).toContain(mlflow.name);
    await page.keyboard.press('ArrowDown');
    const active = await searchBox(page).getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/mlflow\/$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Ctrl+K focuses the search even from inside another field, and Escape closes the list', async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${baseUrl()}tools/`);
    await waitForCatalogue(page);
    await page.getByLabel('Filter by text').focus();
    await page.keyboard.press('Control+k');
    expect(await searchBox(page).evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('mlflo');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').isVisible()).toBe(false);
    await page.close();
  });

  it('loads the searcher and the index only on first use', async () => {
    const { page, requests } = await openPage(session.browser);
    await page.goto(`${baseUrl()}tools/${mlflow.id}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchAsset)).toEqual([]);
    await searchBox(page).focus();
    await page.keyboard.type('kube');
    await page.waitForFunction(() => document.querySelector('navigator-search [data-status]')?.textContent !== '');
    // The searcher, the index and its descriptions: all three, and only now.
    await expect.poll(() => requests.filter(isSearchAsset).map((url) => new URL(url).pathname.split('/').pop()!.replace(/\.[\w-]+\.js$/, '.js')).sort()).toEqual(['createSearcher.js', 'search-descriptions.json', 'search-index.json']);
    await page.close();
  });

  it('Enter without choosing a result opens the catalogue filtered by the text', async () => {
    const { page } = await openPage(session.browser);
    await page.goto(baseUrl());
    await searchBox(page).fill('mlflo');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/\?q=mlflo$/);
    await waitForCatalogue(page);
    await expect.poll(() => shownToolIds(page)).toContain('mlflow');
    expect((await shownToolIds(page)).length).toBeLessThan(session.tools.length);
    expect(await page.getByLabel('Filter by text').inputValue()).toBe('mlflo');
    await page.close();
  });

  it('without JavaScript the search form submits to the catalogue with ?q=', async () => {
    const { page } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(baseUrl());
    await page.getByRole('searchbox', { name: 'Search tools' }).fill('mlflow');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/tools\/\?q=mlflow$/);
    // Without JavaScript the text cannot filter: the catalogue's first page lists as many tools as ever.
    expect(await page.locator('[data-tool-id]').count()).toBe(pageOf(session.tools.length));
    await page.close();
  });

  it('axe finds no violations with the results open, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(session.browser, { colorScheme });
      await page.goto(baseUrl());
      await searchBox(page).fill('ml');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    }
  });
});
