/**
 * Sharing views: the map and the radar as embeddable pages (no site chrome,
 * links open outside the frame, the map filtered by the catalogue's keys),
 * the "Embed this" snippet, and the map's own filters with Back and Forward.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, foreignRequests, launch, openPage } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Markers that match the filters and those faded out. */
const fading = (page: Page) =>
  page.evaluate(() => {
    const markers = [...document.querySelectorAll<SVGAElement>('a.map-marker')];
    return { shown: markers.filter((m) => !m.classList.contains('is-filtered-out')).map((m) => m.dataset), faded: markers.filter((m) => m.classList.contains('is-filtered-out')).map((m) => m.dataset) };
  });

describe('embeds', () => {
  it('/embed/map/ is the named map alone, every link opening outside the frame', async () => {
    const { page, requests, errors } = await openPage(browser, { viewport: { width: 1200, height: 900 } });
    await page.goto(`${baseUrl()}embed/map/`);
    expect(await page.locator('.site-header, .site-nav, .map-tool-list, .map-table').count()).toBe(0);
    expect(await page.locator('.map-marker .name').count()).toBeGreaterThan(50);
    const targets = await page.locator('.landscape-svg a, .embed-title a').evaluateAll((links) => links.map((a) => a.getAttribute('target')));
    expect(new Set(targets)).toEqual(new Set(['_blank']));
    expect(await page.locator('.embed-credit').textContent()).toContain('CC BY 4.0');
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('/embed/map/?category=… fades every tool of another category out', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}embed/map/?category=data-version-control`);
    await page.locator('navigator-landscape-map.is-enhanced').waitFor({ state: 'attached' });
    const { shown, faded } = await fading(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const marker of shown) expect(marker.category!.split(' ')).toContain('data-version-control');
    for (const marker of faded) expect(marker.category!.split(' ')).not.toContain('data-version-control');
    expect(await page.locator('[data-filter-status]').textContent()).toMatch(/^Filtered: \d+ of \d+ markers match\.$/);
    await page.context().close();
  });

  it('/embed/radar/ is the radar drawing alone, and both embeds render inside an iframe', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1200, height: 900 } });
    await page.goto(`${baseUrl()}embed/radar/`);
    expect(await page.locator('a.radar-blip').count()).toBeGreaterThan(50);
    expect(await page.locator('.radar-lists, .radar-filters, .site-header').count()).toBe(0);
    expect(new Set(await page.locator('a.radar-blip').evaluateAll((links) => links.map((a) => a.getAttribute('target'))))).toEqual(new Set(['_blank']));
    // A host page that frames both views, answered by the test itself (Chromium's local-network checks forbid a
    // page from another origin framing 127.0.0.1; the framing headers themselves are unit-tested with _headers).
    const host = `${baseUrl()}__embed-host/`;
    await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Host</title><iframe id="m" src="${baseUrl()}embed/map/" width="900" height="600"></iframe><iframe id="r" src="${baseUrl()}embed/radar/" width="900" height="600"></iframe>` }));
    await page.goto(host);
    for (const [id, selector] of [['m', '.map-marker .name'], ['r', 'a.radar-blip']] as const) {
      const frame = page.frameLocator(`#${id}`);
      await frame.locator(selector).first().waitFor();
      expect(await frame.locator(selector).count()).toBeGreaterThan(50);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['map/', 'embed/map/'],
    ['radar/', 'embed/radar/'],
  ])('/%s offers the embed code, and a button copies it', async (path, embed) => {
    const { page } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${baseUrl()}${path}`);
    await page.getByText('Embed this on your site').click();
    const code = await page.getByLabel('Embed code').inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="https?://[^"]+/${embed}" title="[^"]+" width="100%" height="\\d+" style="border:0" loading="lazy"></iframe>$`));
    await page.getByRole('button', { name: 'Copy the code' }).click();
    await page.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.context().close();
  });
});

describe('map filters', () => {
  it('use the catalogue keys: ticking a stage fades the other tools, the address follows, and Back undoes it', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl()}map/`);
    await page.locator('navigator-landscape-map.is-enhanced').waitFor({ state: 'attached' });
    await page.getByText('Filter the map').click();
    await page.locator('form[data-map-filters] input[name="stage"][value="monitoring"]').check();
    expect(new URL(page.url()).searchParams.get('stage')).toBe('monitoring');
    let { shown, faded } = await fading(page);
    expect(faded.length).toBeGreaterThan(0);
    for (const marker of shown) expect(marker.stages!.split(' ')).toContain('monitoring');
    await page.locator('form[data-map-filters] input[name="ring"][value="adopt"]').check();
    ({ shown } = await fading(page));
    for (const marker of shown) expect(marker.ring!.split(' ')).toContain('adopt');
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('ring')).toBeNull();
    expect(await page.locator('form[data-map-filters] input[name="ring"][value="adopt"]').isChecked()).toBe(false);
    await page.goBack();
    ({ faded } = await fading(page));
    expect(faded).toEqual([]);
    // The clear button beside the status (above the map) removes every filter at once.
    await page.goto(`${baseUrl()}map/?ring=hold`);
    expect((await fading(page)).faded.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.waitForFunction(() => !location.search);
    expect((await fading(page)).faded).toEqual([]);
    // The same address on the catalogue shows the same tools.
    await page.goto(`${baseUrl()}map/?capability=feature-store`);
    ({ shown } = await fading(page));
    const onMap = shown.filter((m) => m.capabilities !== undefined).length;
    expect(onMap).toBeGreaterThan(0);
    await page.context().close();
  });
});
