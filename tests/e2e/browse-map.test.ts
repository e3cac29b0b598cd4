/**
 * The landscape map as a visitor uses it: names are drawn beside the dots and
 * no two overlap (measured in the browser, on the whole map and on each
 * quadrant map, light and dark), a dot (by mouse or keyboard) opens its
 * tool's page, every tool is findable (named on its quadrant map, and listed),
 * "Show on the landscape map" centres and highlights the tool, and the
 * overlays switch on without JavaScript.
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

async function openMap(options: Parameters<typeof openPage>[1] = {}, path = 'map/'): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const opened = await openPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await opened.page.goto(`${baseUrl()}${path}`);
  return opened;
}

/** Pairs of drawn names (and names over dots or discs) whose real boxes overlap. */
const collisions = (page: Page) =>
  page.evaluate(() => {
    const names = [...document.querySelectorAll<SVGGraphicsElement>('.map-marker .name')];
    const marks = [...document.querySelectorAll<SVGGraphicsElement>('.map-marker .dot, .map-marker .cluster-disc')];
    const box = (e: SVGGraphicsElement) => e.getBBox();
    const hit = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const out: string[] = [];
    const nameBoxes = names.map(box);
    const markBoxes = marks.map(box);
    nameBoxes.forEach((a, i) => {
      for (let j = i + 1; j < nameBoxes.length; j++) if (hit(a, nameBoxes[j]!)) out.push(`${names[i]!.textContent} × ${names[j]!.textContent}`);
      markBoxes.forEach((b, j) => {
        if (marks[j]!.closest('a') !== names[i]!.closest('a') && hit(a, b)) out.push(`${names[i]!.textContent} covers a marker`);
      });
    });
    return { names: names.length, visible: names.filter((n) => getComputedStyle(n).visibility === 'visible' && getComputedStyle(n).display !== 'none').length, out };
  });

const QUADRANTS = ['cloud-platforms', 'ml-platforms', 'standard-swe-tools', 'specialized-ml-tools'];

describe('landscape map', () => {
  it('a dot opens its tool page when clicked', async () => {
    const { page, requests, errors } = await openMap();
    const dot = page.locator('a.map-dot').nth(3);
    const name = await dot.locator('text.name').textContent();
    expect(name).toBeTruthy();
    await dot.locator('circle.dot').click();
    await page.waitForURL(/\/tools\/[a-z0-9-]+\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keyboard: Tab reaches the dots, each with its name drawn beside it, Enter opens the page', async () => {
    const { page } = await openMap();
    await page.getByRole('checkbox', { name: 'Radar rings as bands' }).focus();
    let name: string | null = null;
    for (let i = 0; i < 12 && !name; i += 1) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => (document.activeElement?.classList.contains('map-dot') ? (document.activeElement.querySelector('.name')?.textContent ?? null) : null));
    }
    expect(name, 'no map dot was reached by Tab').toBeTruthy();
    expect(await page.locator('a.map-dot:focus text.name').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/[a-z0-9-]+\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await page.context().close();
  });

  it('every dot is a link named after its tool, with the name drawn beside it without hovering', async () => {
    const { page } = await openMap();
    const dots = page.locator('a.map-dot');
    const dot = dots.nth(10);
    const name = await dot.locator('text.name').textContent();
    // Screen readers hear the name first, then the ring (and the status when not active), not colour alone.
    expect(await dot.getAttribute('aria-label')).toMatch(new RegExp(`^${name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, (Adopt|Trial|Assess|Hold) ring`));
    const { names, visible } = await collisions(page);
    expect(names).toBe(await dots.count());
    expect(visible).toBe(names);
    const links = await page.getByRole('link').evaluateAll((elements) => elements.filter((e) => e.classList.contains('map-dot')).map((e) => e.getAttribute('href')));
    expect(links.length).toBe(await dots.count());
    for (const href of links) expect(href).toMatch(/\/tools\/[a-z0-9-]+\/$/);
    await page.context().close();
  });

  it('the lists and the table hold every tool of the catalogue, and the map shows each exactly once', async () => {
    const { page } = await openMap();
    const expected = builtToolIds();
    expect(expected.length).toBeGreaterThan(0);
    const rows = await page.locator('table.map-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-tool-id') ?? ''));
    expect([...rows].sort()).toEqual(expected);
    const listed = await page.locator('.map-tool-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
    expect([...listed].sort()).toEqual(expected);
    const onMap = await page.evaluate(() => {
      const dots = [...document.querySelectorAll('a.map-dot')].map((a) => a.getAttribute('href')!.split('/').at(-2)!);
      const clustered = [...document.querySelectorAll<HTMLAnchorElement>('.map-clusters li a[href*="/tools/"]')].map((a) => a.getAttribute('href')!.split('/').at(-2)!);
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
    // Without JavaScript the dots are still links, and named.
    const dot = page.locator('a.map-dot').first();
    expect(await dot.getAttribute('href')).toMatch(/\/tools\/[a-z0-9-]+\/$/);
    expect(await dot.locator('text.name').isVisible()).toBe(true);
    await page.context().close();
  });

  it('"Show on the landscape map" opens the quadrant map with the tool centred and highlighted', async () => {
    const { page } = await openMap({}, 'map/specialized-ml-tools/');
    // The tool nearest the middle of this large drawing, so centring it has to scroll both ways.
    const href = await page.locator('a.map-dot').evaluateAll((dots) => {
      const svg = document.querySelector('.landscape-svg') as SVGSVGElement;
      const middle = { x: svg.viewBox.baseVal.width / 2, y: svg.viewBox.baseVal.height / 2 };
      const distance = (d: Element) => {
        const box = (d.querySelector('circle.dot') as SVGGraphicsElement).getBBox();
        return Math.hypot(box.x - middle.x, box.y - middle.y);
      };
      return [...dots].sort((a, b) => distance(a) - distance(b))[0]!.getAttribute('href');
    });
    await page.goto(new URL(href!, baseUrl()).href);
    await page.getByRole('link', { name: 'Show on the landscape map' }).click();
    await page.waitForURL(/\/map\/specialized-ml-tools\/#map-/);
    const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    expect(await target.getAttribute('href')).toBe(href);
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      const figure = document.querySelector('.landscape-figure')!.getBoundingClientRect();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      return Math.abs(cx - (figure.x + figure.width / 2)) < figure.width / 4 && cy > 0 && cy < window.innerHeight;
    }, new URL(page.url()).hash.slice(1));
    // :target draws the focus ring around it.
    expect(await target.locator('circle.hit').evaluate((c) => getComputedStyle(c).strokeWidth)).toBe('3px');
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('no two names overlap, on the whole map and on every quadrant map (%s)', async (colorScheme) => {
    for (const path of ['map/', ...QUADRANTS.map((q) => `map/${q}/`)]) {
      const { page } = await openMap({ colorScheme }, path);
      const { names, out } = await collisions(page);
      expect(names, path).toBeGreaterThan(0);
      expect(out, path).toEqual([]);
      await page.context().close();
    }
  });

  it('every tool is named on its quadrant map, and each quadrant map lists exactly its tools', async () => {
    const all = builtToolIds();
    const named: string[] = [];
    for (const quadrant of QUADRANTS) {
      const { page } = await openMap({}, `map/${quadrant}/`);
      expect(await page.locator('a.map-cluster').count(), quadrant).toBe(0);
      const dots = await page.locator('a.map-dot').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
      const listed = await page.locator('.map-tool-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
      expect([...dots].sort(), quadrant).toEqual([...listed].sort());
      named.push(...dots);
      await page.context().close();
    }
    expect(named.sort()).toEqual(all);
  });
});
