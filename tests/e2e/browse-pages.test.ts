/**
 * The lifecycle, taxonomy, stats and tool pages as a visitor meets them:
 * lifecycle stages lead to their tools, pages link to one another, the tool
 * page shows its place and freshness without any JavaScript of its own, and
 * axe finds no violations in light or dark mode.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage } from './setup/browser.ts';
import { builtToolIds } from '../helpers/builtToolIds.ts';
import { CATEGORY_IDS, PERSONA_IDS, QUADRANT_IDS, RING_IDS, STAGE_IDS } from '../../src/schemas/ids.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The scripts a page loads: external sources and inline bodies. */
async function scriptsOf(page: Page): Promise<string[]> {
  return page.locator('script').evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src') ?? `${s.getAttribute('type') ?? 'classic'}:${s.textContent ?? ''}`).sort());
}

describe('lifecycle', () => {
  it('draws all eight stages as links, each leading to a page with as many tools as the diagram says', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}lifecycle/`);
    const nodes = await page.locator('svg a.stage-node').evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href')!, name: a.querySelector('.stage-name')!.textContent, count: Number.parseInt(a.querySelector('.stage-count')!.textContent, 10) })),
    );
    expect(nodes.map((n) => n.href.split('/').at(-2)).sort()).toEqual([...STAGE_IDS].sort());
    for (const node of nodes) {
      await page.goto(new URL(node.href, baseUrl()).href);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(node.name);
      expect(await page.locator('[data-tool-id]').count()).toBe(node.count);
    }
    await page.context().close();
  });

  it('a stage is reachable by keyboard from the diagram', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}lifecycle/`);
    const first = page.locator('svg a.stage-node').first();
    const name = await first.locator('.stage-name').textContent();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/stages\/[a-z-]+\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await page.context().close();
  });
});

describe('taxonomy pages', () => {
  it('a stage page lists only tools whose own page names that stage', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}stages/monitoring/`);
    const tools = await page.locator('[data-tool-id] a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')!));
    expect(tools.length).toBeGreaterThan(0);
    for (const href of tools) {
      await page.goto(new URL(href, baseUrl()).href);
      expect(await page.getByRole('row', { name: /^Stages/ }).getByRole('link', { name: 'Monitoring' }).count()).toBe(1);
    }
    await page.context().close();
  });

  it('the speculative Hold categories explain why the essay places nothing there', async () => {
    const { page } = await openPage(browser);
    for (const id of ['no-code-ml-platforms', 'custom-ml-platforms']) {
      await page.goto(`${baseUrl()}categories/${id}/`);
      const note = page.getByRole('complementary', { name: 'Why the essay places nothing here' });
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('Hold');
      expect(await page.getByRole('heading', { level: 2, name: /Today's tools in this category/ }).isVisible()).toBe(true);
    }
    await page.context().close();
  });

  it('every index page links to each of its entries', async () => {
    const { page } = await openPage(browser);
    const expected: Record<string, readonly string[]> = { personas: PERSONA_IDS, stages: STAGE_IDS, quadrants: QUADRANT_IDS, categories: CATEGORY_IDS, rings: RING_IDS };
    for (const [collection, ids] of Object.entries(expected)) {
      await page.goto(`${baseUrl()}${collection}/`);
      const hrefs = await page.locator(`main a[href*="/${collection}/"]`).evaluateAll((links, c) => [...new Set(links.map((a) => a.getAttribute('href')!).filter((h) => new RegExp(`/${c}/[a-z-]+/$`).test(h)))], collection);
      expect(hrefs.map((h) => h.split('/').at(-2)).sort(), collection).toEqual([...ids].sort());
      const first = hrefs[0]!;
      const response = await page.goto(new URL(first, baseUrl()).href);
      expect(response?.status()).toBe(200);
    }
    await page.context().close();
  });
});

describe('tool page', () => {
  it('shows its place on a mini map, its ring, freshness and links to its taxonomy and to compare', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}tools/mlflow/`);
    const mini = page.getByRole('img', { name: /MLflow on the landscape map: .+ quadrant/ });
    expect(await mini.isVisible()).toBe(true);
    expect(await page.getByRole('row', { name: /Last reviewed/ }).textContent()).toMatch(/reviewed (less than a month|\d+ months?) ago/);
    expect(await page.getByRole('link', { name: 'Compare with…' }).getAttribute('href')).toMatch(/\/compare\/\?tools=mlflow$/);
    const category = page.getByRole('row', { name: /^Category/ }).getByRole('link').first();
    const categoryName = await category.textContent();
    await category.click();
    await page.waitForURL(/\/categories\/[a-z-]+\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(categoryName);
    expect(await page.locator('[data-tool-id="mlflow"]').count()).toBe(1);
    await page.context().close();
  });

  it('ships no JavaScript beyond what every page of the layout has', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}rings/`);
    const layoutScripts = await scriptsOf(page);
    await page.goto(`${baseUrl()}tools/mlflow/`);
    expect(await scriptsOf(page)).toEqual(layoutScripts);
    await page.context().close();
  });
});

describe('stats', () => {
  it('each chart has a table with the same numbers, and the quadrant counts add up to the catalogue', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}stats/`);
    const sections = page.locator('section.bar-chart');
    expect(await sections.count()).toBe(5);
    for (let i = 0; i < 5; i += 1) {
      const section = sections.nth(i);
      await section.locator('summary').click();
      const tableCounts = await section.locator('tbody td').allTextContents();
      const barCounts = await section.locator('svg g text:last-child').allTextContents();
      expect(tableCounts).toEqual(barCounts);
    }
    const total = Number(await page.locator('.stat-tiles li').first().locator('strong').textContent());
    const quadrants = (await sections.first().locator('tbody td').allTextContents()).map(Number);
    expect(quadrants.reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBe(builtToolIds().length);
    await page.context().close();
  });
});

describe('accessibility', () => {
  // axe's target-size rule (WCAG 2.2) is not in its default run: check it on every page type, at desktop and phone widths.
  it.each([1280, 360])('every target passes axe\'s target-size rule on every page type at %i px', async (width) => {
    const paths = ['', 'tools/', 'tools/mlflow/', 'compare/?tools=mlflow,dvc,kserve', 'map/', 'map/ml-platforms/', 'radar/', 'fit/', 'fit/results/?cloud=aws&workload=tabular', 'stats/', 'lifecycle/', 'categories/', 'embed/map/'];
    const failures: string[] = [];
    for (const path of paths) {
      const { page } = await openPage(browser, { viewport: { width, height: 900 } });
      await page.goto(`${baseUrl()}${path}`);
      if (path.startsWith('compare/')) await page.locator('navigator-compare[data-enhanced]').waitFor({ state: 'attached' });
      if (path.startsWith('fit/results')) await page.locator('[data-ranking][data-complete]').waitFor({ state: 'attached' });
      const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      failures.push(...results.violations.flatMap((v) => v.nodes.slice(0, 3).map((n) => `/${path}: ${n.target.join(' ')}`)));
      await page.context().close();
    }
    expect(failures).toEqual([]);
  });

  const pages = ['map/', 'map/specialized-ml-tools/', 'embed/map/', 'embed/radar/', 'lifecycle/', 'stages/model-training/', 'categories/no-code-ml-platforms/', 'categories/experimentation-platforms/', 'personas/ml-researcher/', 'quadrants/ml-platforms/', 'rings/trial/', 'stats/', 'tools/mlflow/', 'stages/', 'personas/', 'quadrants/', 'categories/', 'rings/'];
  it.each(pages)('axe finds no violations on /%s in light and dark mode', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, { colorScheme });
      await page.goto(`${baseUrl()}${path}`);
      if (path === 'map/') {
        // Check the map with its overlays on, so their text is checked too.
        await page.getByRole('checkbox', { name: 'Radar rings as bands' }).check();
        await page.getByRole('checkbox', { name: "The essay's two diagonals" }).check();
      }
      if (path === 'stats/') for (const summary of await page.locator('summary').all()) await summary.click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    }
  });
});
