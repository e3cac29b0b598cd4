/**
 * The catalogue (/tools/) as visitors use it: the whole list without
 * JavaScript, filters that narrow and survive a reload through the address,
 * grouping and views, select-to-compare, hostile addresses, and axe.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { baseUrl, foreignRequests, openPage } from './setup/browser.ts';
import { collectDialogs, listedOnEveryPage, narrowingValue, pageOf, session, shownToolIds, showAllTools, useSession, waitForCatalogue } from './support/catalogue.ts';

useSession();

describe('catalogue without JavaScript', () => {
  it('lists every tool once, a page at a time, each linking to its page, with the filters as a plain GET form', async () => {
    const { page } = await openPage(session.browser, { javaScriptEnabled: false });
    const pages = await listedOnEveryPage(page, `${baseUrl()}tools/`);
    for (const ids of pages) expect(ids.length).toBeLessThanOrEqual(pageOf(session.tools.length));
    expect(pages.flat().sort()).toEqual(session.tools.map((tool) => tool.id).sort());
    await page.goto(`${baseUrl()}tools/`);
    for (const tool of session.tools.filter((t) => pages[0]!.includes(t.id)).slice(0, 5)) {
      expect(await page.locator(`[data-tool-id="${tool.id}"] a`).first().getAttribute('href')).toMatch(new RegExp(`/tools/${tool.id}/$`));
    }
    const form = page.getByRole('search', { name: 'Filter the catalogue' });
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.getAttribute('action')).toMatch(/\/tools\/$/);
    expect(await page.getByRole('button', { name: 'Apply' }).isVisible()).toBe(true);
    // Comparing needs the script, so its checkboxes stay out of the way.
    expect(await page.getByRole('checkbox', { name: /^Compare / }).first().isVisible()).toBe(false);
    await page.close();
  });
});

describe('catalogue with JavaScript', () => {
  it('one typed character filters nothing yet and says how many are needed; two start filtering', async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${baseUrl()}tools/`);
    await waitForCatalogue(page);
    await page.getByLabel('Filter by text').fill('m');
    // Wait for the re-render that reacts to the text (it posts the notice), then check nothing was filtered.
    await expect.poll(async () => (await page.locator('[data-notices]').textContent()) ?? '').toMatch(/Type at least 2 characters/);
    await showAllTools(page);
    expect(await shownToolIds(page)).toHaveLength(session.tools.length);
    await page.getByLabel('Filter by text').fill('mlflo');
    await expect.poll(async () => {
      const ids = await shownToolIds(page);
      return ids.includes('mlflow') && ids.length < session.tools.length;
    }).toBe(true);
    await page.close();
  });

  it('filters narrow the list, combine, and survive a reload through the URL', async () => {
    const ring = narrowingValue(session.tools, 'ring');
    const { page, errors, requests } = await openPage(session.browser);
    await page.goto(`${baseUrl()}tools/`);
    await waitForCatalogue(page);
    expect(await shownToolIds(page)).toHaveLength(pageOf(session.tools.length));

    await page.locator('details[data-facet="ring"] summary').click();
    await page.locator(`input[name="ring"][value="${ring}"]`).check();
    const byRing = session.tools.filter((tool) => tool.ring === ring).map((tool) => tool.id).sort();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('ring')).toEqual([ring]);
    await showAllTools(page);
    await expect.poll(() => shownToolIds(page)).toEqual(byRing);
    expect(new URL(page.url()).searchParams.getAll('ring')).toEqual([ring]);
    expect(await page.locator('[data-result-status]').textContent()).toBe(`Showing ${byRing.length} of ${session.tools.length} tools.`);

    // A second facet narrows further (AND across facets).
    const inRing = session.tools.filter((tool) => tool.ring === ring);
    const stage = inRing[0]!.stages[0]!;
    const both = inRing.filter((tool) => tool.stages.includes(stage)).map((tool) => tool.id).sort();
    await page.locator('details[data-facet="stage"] summary').click();
    await page.locator(`input[name="stage"][value="${stage}"]`).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('stage')).toEqual([stage]);
    await showAllTools(page);
    await expect.poll(() => shownToolIds(page)).toEqual(both);

    await page.reload();
    await waitForCatalogue(page);
    await showAllTools(page);
    expect(await shownToolIds(page)).toEqual(both);
    expect(await page.locator(`input[name="ring"][value="${ring}"]`).isChecked()).toBe(true);
    expect(await page.locator(`input[name="stage"][value="${stage}"]`).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await page.close();
  });

  it('a shared link opens the same view, and "Clear all filters" returns to the full list', async () => {
    const quadrant = narrowingValue(session.tools, 'quadrant');
    const { page } = await openPage(session.browser);
    await page.goto(`${baseUrl()}tools/?quadrant=${quadrant}&sort=ring&view=list`);
    await waitForCatalogue(page);
    await showAllTools(page);
    expect(await shownToolIds(page)).toEqual(session.tools.filter((tool) => tool.quadrant === quadrant).map((tool) => tool.id).sort());
    expect(await page.locator('[data-results]').getAttribute('data-view')).toBe('list');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('ring');
    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await waitForCatalogue(page);
    expect(await shownToolIds(page)).toHaveLength(pageOf(session.tools.length));
    await showAllTools(page);
    expect(await shownToolIds(page)).toHaveLength(session.tools.length);
    await page.close();
  });

  it('groups by lifecycle stage, listing a tool under each stage it serves, and sorts', async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${baseUrl()}tools/`);
    await waitForCatalogue(page);
    await page.getByLabel('Group by').selectOption('stage');
    await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('stage');
    await showAllTools(page);
    const expectedItems = session.tools.reduce((sum, tool) => sum + tool.stages.length, 0);
    expect(await page.locator('[data-results] [data-tool-id]').count()).toBe(expectedItems);
    expect(await shownToolIds(page)).toHaveLength(session.tools.length);

    await page.getByLabel('Group by').selectOption('none');
    await page.getByLabel('Sort by').selectOption('ring');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('ring');
    const order = ['adopt', 'trial', 'assess', 'hold'];
    const shownRings = await page.locator('[data-results] [data-tool-id]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.toolId ?? ''));
    const ranks = shownRings.map((id) => order.indexOf(session.tools.find((tool) => tool.id === id)!.ring));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await page.close();
  });

  it('groups by ring, Adopt first, each tool once under its own ring', async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${baseUrl()}tools/`);
    await waitForCatalogue(page);
    await page.getByLabel('Group by').selectOption('ring');
    await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('ring');
    await showAllTools(page);
    const order = ['adopt', 'trial', 'assess', 'hold'].filter((ring) => session.tools.some((tool) => tool.ring === ring));
    const headings = await page.locator('[data-results] .tool-group h2').evaluateAll((hs) => hs.map((h) => h.id.replace('group-ring-', '')));
    expect(headings).toEqual(order);
    expect(await page.locator('[data-results] [data-tool-id]').count()).toBe(session.tools.length);
    for (const ring of order) {
      const ids = await page.locator(`[data-results] section[aria-labelledby="group-ring-${ring}"] [data-tool-id]`).evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.toolId ?? ''));
      expect(ids.sort()).toEqual(session.tools.filter((tool) => tool.ring === ring).map((tool) => tool.id).sort());
    }
    expect(await page.locator('[data-results] .tool-group h2 a').first().getAttribute('href')).toMatch(/\/rings\/adopt\/$/);
    await page.close();
  });

  it('each filter change is a history entry: Back undoes it and Forward redoes it', async () => {
    const ring = narrowingValue(session.tools, 'ring');
    const { page } = await openPage(session.browser);
    await page.goto(`${baseUrl()}tools/`);
    await waitForCatalogue(page);
    await page.locator('details[data-facet="ring"] summary').click();
    await page.locator(`input[name="ring"][value="${ring}"]`).check();
    const byRing = session.tools.filter((tool) => tool.ring === ring).map((tool) => tool.id).sort();
    // The rarest ring fits on one page of results, so no "Show more" is needed to see all of it.
    expect(byRing.length).toBeLessThanOrEqual(pageOf(session.tools.length));
    await expect.poll(() => shownToolIds(page)).toEqual(byRing);
    await page.getByLabel('Group by').selectOption('none');
    await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('none');

    await page.evaluate(() => history.back());
    await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe(null);
    await expect.poll(() => page.getByLabel('Group by').inputValue()).toBe('category');
    expect(await shownToolIds(page)).toEqual(byRing);

    await page.evaluate(() => history.back());
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => shownToolIds(page)).toHaveLength(pageOf(session.tools.length));
    expect(await page.locator(`input[name="ring"][value="${ring}"]`).isChecked()).toBe(false);

    await page.evaluate(() => history.forward());
    await expect.poll(() => shownToolIds(page)).toEqual(byRing);
    expect(await page.locator(`input[name="ring"][value="${ring}"]`).isChecked()).toBe(true);
    await page.close();
  });

  it('typing adds one history entry, not one per key, even while the data and the search are still loading', async () => {
    const { page } = await openPage(session.browser);
    // Slow files, so every key arrives before they do: the first key's entry must still be made, once.
    await page.route(/\/data\/catalogue-[0-9a-f]+\.json$|search-(index|descriptions)\.json(\?|$)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`${baseUrl()}tools/`);
    await waitForCatalogue(page);
    const before = await page.evaluate(() => history.length);
    await page.getByLabel('Filter by text').pressSequentially('track', { delay: 30 });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('track');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.close();
  });

  it('select-to-compare links to the compare page with the chosen tools', async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${baseUrl()}tools/`);
    await waitForCatalogue(page);
    // Two tools of the first page, in the order the page lists them.
    const shown = await page.locator('[data-results] [data-tool-id]').evaluateAll((items) => items.slice(0, 2).map((item) => (item as HTMLElement).dataset.toolId));
    const [first, second] = shown.map((id) => session.tools.find((tool) => tool.id === id));
    await page.getByRole('checkbox', { name: `Compare ${first!.name}`, exact: true }).check();
    await page.getByRole('checkbox', { name: `Compare ${second!.name}`, exact: true }).check();
    const link = page.getByRole('link', { name: 'Compare 2 tools' });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/compare/\\?tools=${first!.id},${second!.id}$`));
    await link.click();
    await page.waitForURL(/\/compare\//);
    await page.waitForSelector('navigator-compare[data-enhanced]');
    expect(await page.getByRole('columnheader').allTextContents()).toEqual([expect.stringContaining(first!.name), expect.stringContaining(second!.name)]);
    await page.close();
  });
});

describe('hostile addresses', () => {
  it('are ignored with a visible notice, and nothing in them runs', async () => {
    const { page, errors } = await openPage(session.browser);
    const dialogs = collectDialogs(page);
    const payload = '"><img src=x onerror="window.__pwned=1;alert(1)">';
    await page.goto(`${baseUrl()}tools/?ring=${encodeURIComponent(payload)}&${encodeURIComponent('<svg onload=alert(2)>')}=1&sort=${encodeURIComponent('<script>alert(3)</script>')}&q=${encodeURIComponent('<img src=y onerror=alert(4)>')}`);
    await waitForCatalogue(page);
    const notice = page.locator('[data-notices]');
    expect(await notice.isVisible()).toBe(true);
    const text = await notice.textContent();
    expect(text).toContain('Ignored ring');
    expect(text).toContain('<img src=x');
    expect(text).toContain('Ignored sort');
    expect(await page.locator('img[src="x"], img[src="y"], svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.getByLabel('Filter by text').inputValue()).toBe('<img src=y onerror=alert(4)>');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('when the catalogue data cannot load', () => {
  it('says so and falls back to the page as built: the Apply button, the pager, no compare boxes', async () => {
    const { page } = await openPage(session.browser);
    await page.route(/\/data\/catalogue-[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(`${baseUrl()}tools/`);
    await waitForCatalogue(page);
    await page.locator('details[data-facet="ring"] summary').click();
    await page.locator('input[name="ring"][value="adopt"]').check();
    await expect.poll(async () => (await page.locator('[data-notices]').textContent()) ?? '').toMatch(/could not load/);
    expect(await page.locator('navigator-catalogue').getAttribute('data-enhanced')).toBeNull();
    expect(await page.getByRole('button', { name: 'Apply' }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Compare / }).first().isVisible()).toBe(false);
    if (session.tools.length > pageOf(session.tools.length)) expect(await page.getByRole('navigation', { name: 'Catalogue pages', exact: true }).isVisible()).toBe(true);
    // Apply submits the form to the server, as without JavaScript.
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/tools\/\?(.*&)?ring=adopt/);
    await page.close();
  });
});

describe('accessibility', () => {
  it('axe finds no violations on the catalogue, with filters and a notice showing, in light and dark mode', async () => {
    const ring = narrowingValue(session.tools, 'ring');
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(session.browser, { colorScheme });
      await page.goto(`${baseUrl()}tools/?ring=${ring}&ring=nope&view=list`);
      await waitForCatalogue(page);
      await page.getByRole('checkbox', { name: /^Compare / }).first().check();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    }
  });
});
