/**
 * The catalogue when it holds more tools than one page (issue 14): a synthetic
 * catalogue of 60 tools built with 20 to a page. Without JavaScript the pages
 * link to each other and list every tool once; with it, the data file loads
 * only when needed, "Show more tools" adds a page at a time, and filters reach
 * tools that were not in the first HTML, drawn exactly as the build draws them.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, writeSyntheticContent } from '../../scripts/bench-build.ts';
import { previewSite, type PreviewedSite } from '../../scripts/preview-site.ts';
import { launch, openPage } from './setup/browser.ts';

const TOOLS = 60;
const PAGE_SIZE = 20;

const work = mkdtempSync(join(tmpdir(), 'navigator-catalogue-pages-'));
let site: PreviewedSite;
let browser: Browser;
let tools: { id: string; name: string; ring: string }[] = [];

beforeAll(async () => {
  const catalogue = writeSyntheticContent(TOOLS, join(work, 'content'));
  const build = await buildSite(catalogue.dir, work, catalogue.toolIds, { NAVIGATOR_CATALOGUE_PAGE_SIZE: String(PAGE_SIZE) });
  if (!build.ok) throw new Error(`the ${TOOLS}-tool build failed:\n${build.log.split('\n').slice(-30).join('\n')}`);
  site = await previewSite(join(work, 'site-dist'));
  browser = await launch();
  const response = await fetch(`${site.url}api/tools.json`);
  tools = ((await response.json()) as { entries: typeof tools }).entries;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  rmSync(work, { recursive: true, force: true });
});

const listed = (page: Page) => page.locator('[data-tool-id]').evaluateAll((items) => [...new Set(items.map((item) => (item as HTMLElement).dataset.toolId ?? ''))]);

describe('a catalogue of several pages, without JavaScript', () => {
  it('lists a page of tools on /tools/ and the rest on /tools/page/<n>/, linked in both directions', async () => {
    expect(tools).toHaveLength(TOOLS);
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}tools/`);
    const seen: string[][] = [await listed(page)];
    expect(await page.getByRole('navigation', { name: 'Catalogue pages', exact: true }).textContent()).toContain(`Tools 1–${PAGE_SIZE} of ${TOOLS}, page 1 of 3`);
    for (let n = 2; n <= 3; n++) {
      await page.getByRole('link', { name: 'Next page' }).first().click();
      await page.waitForURL(new RegExp(`/tools/page/${n}/$`));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Tools, page ${n} of 3`);
      seen.push(await listed(page));
    }
    for (const ids of seen) expect(ids).toHaveLength(PAGE_SIZE);
    expect(seen.flat().sort()).toEqual(tools.map((t) => t.id).sort());
    expect(await page.getByRole('link', { name: 'Next page' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Previous page' }).first().click();
    await page.waitForURL(/\/tools\/page\/2\/$/);
    expect(await page.getByRole('navigation', { name: 'Catalogue pages', exact: true }).locator('[aria-current="page"]').textContent()).toBe('2');
    await page.close();
  });

  it('has no accessibility violations on a later page', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}tools/page/2/`);
    // target-size is not in axe's default set: the page links must be big enough to tap.
    const targets = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    const all = await new AxeBuilder({ page }).analyze();
    expect([...targets.violations, ...all.violations].map((v) => v.id)).toEqual([]);
    await page.close();
  });
});

describe('a catalogue of several pages, with JavaScript', () => {
  it('loads the data file only when needed, and "Show more tools" adds a page at a time', async () => {
    const { page, requests, errors } = await openPage(browser);
    await page.goto(`${site.url}tools/`);
    await page.waitForSelector('navigator-catalogue[data-enhanced]');
    const dataRequests = () => requests.filter((url) => /\/data\/catalogue-[0-9a-f]+\.json$/.test(url));
    expect(dataRequests()).toEqual([]);
    expect(await listed(page)).toHaveLength(PAGE_SIZE);
    // The pager is for reading without the script; the script offers "Show more" instead.
    expect(await page.getByRole('navigation', { name: 'Catalogue pages', exact: true }).isVisible()).toBe(false);
    const more = page.getByRole('button', { name: /^Show 20 more tools/ });
    expect(await more.textContent()).toBe(`Show 20 more tools (${TOOLS - PAGE_SIZE} not shown yet)`);
    const firstPage = await listed(page);
    await more.click();
    await expect.poll(async () => (await listed(page)).length).toBe(2 * PAGE_SIZE);
    expect(dataRequests()).toHaveLength(1);
    expect(await page.locator('[data-result-status]').textContent()).toBe(`Showing the first ${2 * PAGE_SIZE} of ${TOOLS} tools.`);
    // Focus moves to the first tool just added, so a keyboard user carries on from there.
    const focused = await page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-tool-id]')?.dataset.toolId);
    expect(firstPage).not.toContain(focused);
    expect(await listed(page)).toContain(focused);
    await page.getByRole('button', { name: /^Show 20 more tools/ }).click();
    await expect.poll(async () => (await listed(page)).length).toBe(TOOLS);
    expect(await page.locator('[data-more]').isVisible()).toBe(false);
    expect(await page.locator('[data-result-status]').textContent()).toBe(`Showing all ${TOOLS} tools.`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters reach tools beyond the first page and draw them exactly as the build does', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}tools/page/3/`);
    const target = (await listed(page))[0]!;
    const built = await page.locator(`[data-tool-id="${target}"]`).first().evaluate((item) => item.outerHTML);
    const name = tools.find((t) => t.id === target)!.name;
    await page.goto(`${site.url}tools/?q=${encodeURIComponent(name)}`);
    await page.waitForSelector('navigator-catalogue[data-enhanced] [data-results]:not([aria-busy])', { state: 'attached' });
    await expect.poll(() => listed(page)).toContain(target);
    const drawn = await page.locator(`[data-results] [data-tool-id="${target}"]`).first().evaluate((item) => item.outerHTML);
    // Same elements, classes, text and link; Astro's scoping attributes and whitespace aside.
    const normalise = (html: string) => html.replace(/\s+data-astro-[a-z-]+(="[^"]*")?/g, '').replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
    expect(normalise(drawn)).toBe(normalise(built));
    await page.locator(`[data-results] [data-tool-id="${target}"] a`).first().click();
    await page.waitForURL(new RegExp(`/tools/${target}/$`));
    await page.close();
  });

  it('keeps the address contract: a filter shows its matches a page at a time, and Back restores the first page', async () => {
    const { page } = await openPage(browser);
    const adopt = tools.filter((t) => t.ring === 'adopt').map((t) => t.id);
    expect(adopt.length).toBeGreaterThan(0);
    await page.goto(`${site.url}tools/`);
    await page.waitForSelector('navigator-catalogue[data-enhanced]');
    await page.locator('details[data-facet="ring"] summary').click();
    await page.locator('input[name="ring"][value="adopt"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('ring')).toEqual(['adopt']);
    const shown = await listed(page);
    expect(shown).toHaveLength(Math.min(adopt.length, PAGE_SIZE));
    expect(shown.every((id) => adopt.includes(id))).toBe(true);
    expect(await page.locator('[data-more]').isVisible()).toBe(adopt.length > PAGE_SIZE);
    await page.goBack();
    await expect.poll(async () => (await listed(page)).length).toBe(PAGE_SIZE);
    expect(await page.locator('input[name="ring"][value="adopt"]').isChecked()).toBe(false);
    await page.close();
  });
});
