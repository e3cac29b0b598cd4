/**
 * The landscape map as a visitor uses it: a dot (by mouse or keyboard) opens
 * its tool's page, hover and focus name the tool, the table below lists every
 * tool in the catalogue, and the overlays switch on without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, foreignRequests, launch, openPage } from './setup/browser.ts';
import { builtToolIds } from '../helpers/builtToolIds.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(options: Parameters<typeof openPage>[1] = {}): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const opened = await openPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await opened.page.goto(`${baseUrl()}map/`);
  return opened;
}

describe('landscape map', () => {
  it('a dot opens its tool page when clicked', async () => {
    const { page, requests, errors } = await openMap();
    const dot = page.locator('a.map-dot').nth(3);
    const name = await dot.getAttribute('data-tip');
    expect(name).toBeTruthy();
    await dot.locator('circle.dot').click();
    await page.waitForURL(/\/tools\/[a-z0-9-]+\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keyboard: Tab reaches the dots, focus shows the name, Enter opens the page', async () => {
    const { page } = await openMap();
    await page.getByRole('checkbox', { name: 'Radar rings as bands' }).focus();
    let name: string | null = null;
    for (let i = 0; i < 12 && !name; i += 1) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => (document.activeElement?.classList.contains('map-dot') ? document.activeElement.getAttribute('data-tip') : null));
    }
    expect(name, 'no map dot was reached by Tab').toBeTruthy();
    const tip = page.locator('.map-tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(name);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/[a-z0-9-]+\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await page.context().close();
  });

  it('hovering a dot shows its name; every dot is a link named after its tool', async () => {
    const { page } = await openMap();
    const dots = page.locator('a.map-dot');
    const dot = dots.nth(10);
    const name = await dot.getAttribute('data-tip');
    // Screen readers hear the name first, then the ring (and the status when not active), not colour alone.
    expect(await dot.getAttribute('aria-label')).toMatch(new RegExp(`^${name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, (Adopt|Trial|Assess|Hold) ring`));
    await dot.locator('circle.dot').hover();
    expect(await page.locator('.map-tip').textContent()).toBe(name);
    expect(await page.locator('.map-tip').isVisible()).toBe(true);
    const links = await page.getByRole('link').evaluateAll((elements) => elements.filter((e) => e.classList.contains('map-dot')).map((e) => e.getAttribute('href')));
    expect(links.length).toBe(await dots.count());
    for (const href of links) expect(href).toMatch(/\/tools\/[a-z0-9-]+\/$/);
    await page.context().close();
  });

  it('the table lists every tool of the catalogue, and the map shows each exactly once', async () => {
    const { page } = await openMap();
    const expected = builtToolIds();
    expect(expected.length).toBeGreaterThan(0);
    const rows = await page.locator('table.map-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-tool-id') ?? ''));
    expect([...rows].sort()).toEqual(expected);
    const onMap = await page.evaluate(() => {
      const dots = [...document.querySelectorAll('a.map-dot')].map((a) => a.getAttribute('href')!.split('/').at(-2)!);
      const clustered = [...document.querySelectorAll('.map-clusters li a')].map((a) => a.getAttribute('href')!.split('/').at(-2)!);
      return [...dots, ...clustered];
    });
    expect(onMap.length).toBe(expected.length);
    expect([...onMap].sort()).toEqual(expected);
    await page.context().close();
  });

  it('the overlays switch on with plain checkboxes, even without JavaScript', async () => {
    const { page } = await openMap({ javaScriptEnabled: false });
    const rings = page.locator('.overlay-rings');
    const diagonals = page.locator('.overlay-diagonals');
    expect(await rings.isVisible()).toBe(false);
    expect(await diagonals.isVisible()).toBe(false);
    await page.getByRole('checkbox', { name: 'Radar rings as bands' }).check();
    expect(await rings.isVisible()).toBe(true);
    expect(await page.locator('.band-label').allTextContents()).toEqual(['Adopt', 'Trial', 'Assess', 'Hold']);
    await page.getByRole('checkbox', { name: "The essay's two diagonals" }).check();
    expect(await diagonals.isVisible()).toBe(true);
    // Without JavaScript the dots are still links and hovering still names them.
    const dot = page.locator('a.map-dot').first();
    await dot.locator('circle.dot').hover();
    expect(await dot.locator('text.label').isVisible()).toBe(true);
    await page.context().close();
  });

  it('a tool page links to its own marker on the map', async () => {
    const { page } = await openMap();
    const href = await page.locator('a.map-dot').first().getAttribute('href');
    await page.goto(new URL(href!, baseUrl()).href);
    await page.getByRole('link', { name: 'Show on the landscape map' }).click();
    await page.waitForURL(/\/map\/#/);
    const target = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
    expect(await page.locator(`[id="${target}"]`).getAttribute('href')).toBe(href);
    await page.context().close();
  });
});
