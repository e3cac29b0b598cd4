/**
 * The framework page as a reader meets it: reachable from the main
 * navigation, its sections in order, the essay cited with links to all three
 * parts, a linkable build-vs-buy section, links into the pages that apply the
 * framework, and no axe violations in light or dark mode.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, foreignRequests, launch, openPage } from './setup/browser.ts';
import { QUADRANT_IDS, RING_IDS } from '../../src/schemas/ids.ts';

const ESSAY_PARTS = [
  'https://ljvmiranda921.github.io/notebook/2021/05/10/navigating-the-mlops-landscape/',
  'https://ljvmiranda921.github.io/notebook/2021/05/15/navigating-the-mlops-landscape-part-2/',
  'https://ljvmiranda921.github.io/notebook/2021/05/30/navigating-the-mlops-landscape-part-3/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('framework page', () => {
  it('is reached from the main navigation and shows its sections under one h1, in order', async () => {
    const { page, requests, errors } = await openPage(browser);
    await page.goto(baseUrl());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Framework' }).click();
    await page.waitForURL(/\/framework\/$/);
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['The framework']);
    const sections = await page.locator('main h2').allTextContents();
    expect(sections).toEqual([
      'The essay',
      'A waiter for a long menu',
      'Who the tools serve',
      'Two loops',
      'Two axes, four quadrants',
      'Two diagonals',
      'Adoption rings',
      'Build or buy?',
      'What this site adds and what it does not know',
    ]);
    for (const name of sections) expect(await page.getByRole('region', { name }).isVisible(), name).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Framework' }).getAttribute('aria-current')).toBe('page');
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cites the essay by author, title and year, linking all three parts', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}framework/`);
    const essay = page.getByRole('region', { name: 'The essay' });
    const text = await essay.textContent();
    expect(text).toContain('Lj Miranda');
    expect(text).toContain('2021');
    expect(await essay.getByRole('link', { name: 'Navigating the MLOps tooling landscape' }).getAttribute('href')).toBe(ESSAY_PARTS[0]);
    const hrefs = await essay.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const url of ESSAY_PARTS) expect(hrefs).toContain(url);
    await page.close();
  });

  it('links the build-vs-buy advice by its anchor', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}framework/#build-vs-buy`);
    const section = page.locator('#build-vs-buy');
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Build or buy?');
    const text = (await section.textContent()) ?? '';
    expect(text).toMatch(/Buy by default/);
    expect(text).toMatch(/core business/);
    expect(text).toMatch(/Kedro/);
    expect(await section.evaluate((el) => el.matches(':target'))).toBe(true);
    await page.close();
  });

  it('links to the lifecycle, the map, every quadrant and every ring', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}framework/`);
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
    for (const path of ['/lifecycle/', '/map/', '/quadrants/', '/rings/', '/fit/']) expect(hrefs, path).toContain(path);
    for (const id of QUADRANT_IDS) expect(hrefs).toContain(`/quadrants/${id}/`);
    for (const id of RING_IDS) expect(hrefs).toContain(`/rings/${id}/`);
    await page.close();
  });

  it('a speculative category page links back to the build-vs-buy section', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}categories/custom-ml-platforms/`);
    await page.locator('.entry-body').getByRole('link', { name: 'build or buy' }).click();
    await page.waitForURL(/\/framework\/#build-vs-buy$/);
    expect(await page.locator('#build-vs-buy').isVisible()).toBe(true);
    await page.close();
  });

  it('axe finds no violations in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, { colorScheme });
      await page.goto(`${baseUrl()}framework/`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    }
  });
});
