/**
 * The foundation as a visitor meets it: pages render, keyboard navigation
 * works, dark mode follows the system and a toggle that persists, nothing is
 * requested from another origin, and axe finds no accessibility violations.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, foreignRequests, launch, openPage } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('home and tool pages', () => {
  it('home page renders with navigation and loads nothing from other origins', async () => {
    const { page, requests, errors } = await openPage(browser);
    await page.goto(baseUrl());
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('MLOps Navigator');
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.getByRole('link', { name: /Which tools fit us\? Take the questionnaire/ }).click();
    await page.waitForURL(/\/fit\/$/);
    await page.close();
  });

  it('a tool page renders its facts and its MDX body with the allowed components', async () => {
    const { page, requests } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/mlflow/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('MLflow');
    expect(await page.getByRole('row', { name: /Licence/ }).textContent()).toContain('Apache-2.0');
    expect(await page.getByRole('region', { name: 'Strengths' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Edit this entry' }).getAttribute('href')).toMatch(/content\/tools\/mlflow\.mdx$/);
    expect(foreignRequests(requests)).toEqual([]);
    await page.close();
  });

  it('the tools index links to every tool page', async () => {
    // Without JavaScript, as built: the list is split into pages of 100 joined by the pager.
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}tools/`);
    // The first page holds 100 tools; the rest are reached through the pager, as a visitor without JavaScript would.
    const dvc = page.getByRole('main').getByRole('link', { name: 'DVC', exact: true });
    for (let pages = 1; (await dvc.count()) === 0; pages++) {
      expect(pages, 'DVC is on none of the catalogue pages').toBeLessThan(20);
      await page.getByRole('navigation', { name: 'Catalogue pages', exact: true }).getByRole('link', { name: 'Next page' }).click();
      await page.waitForLoadState('domcontentloaded');
    }
    await dvc.click();
    await page.waitForURL(/\/tools\/dvc\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('DVC');
    await page.close();
  });
});

describe('keyboard and screen reader', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/mlflow/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it.each(['', 'tools/', 'tools/mlflow/'])('axe finds no violations on /%s', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, { colorScheme });
      await page.goto(`${baseUrl()}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    }
  });
});

describe('dark mode', () => {
  it('follows the system preference', async () => {
    const { page } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(baseUrl());
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(13, 17, 23)');
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('the toggle switches theme and the choice survives a reload', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(baseUrl());
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('ignores a tampered stored theme', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('mlops-navigator:theme:v1', '"><img src=x onerror=alert(1)>'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await context.close();
  });
});

describe('on a phone', () => {
  it.each(['', 'tools/', 'tools/kubeflow/', 'fit/', 'fit/results/?cloud=aws&team=ml-researcher', 'map/', 'lifecycle/', 'stats/', 'compare/?tools=mlflow,kubeflow,dvc', 'framework/', 'quadrants/ml-platforms/', 'stages/monitoring/'])('/%s fits a 360-pixel screen without sideways scrolling', async (path) => {
    const { page } = await openPage(browser, { viewport: { width: 360, height: 800 } });
    await page.goto(`${baseUrl()}${path}`);
    if (path.startsWith('fit/results')) await page.locator('[data-ranking][data-complete]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });
});
