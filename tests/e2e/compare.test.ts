/**
 * The compare page (/compare/?tools=a,b): tools side by side on the same rows,
 * adding and removing tools with the address kept in step, hostile or unknown
 * ids ignored with a notice, and axe.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openPage } from './setup/browser.ts';
import { collectDialogs, session, useSession } from './support/catalogue.ts';

useSession();
beforeAll(() => {
  if (session.tools.length < 3) throw new Error('The compare tests need at least three tools in api/tools.json.');
});

const ready = (page: Page) => page.waitForSelector('navigator-compare[data-enhanced]');
const toolsParam = (page: Page) => new URL(page.url()).searchParams.get('tools');

describe('compare', () => {
  it('renders two tools side by side, every row with one cell per tool', async () => {
    const [a, b] = session.tools;
    const { page, errors } = await openPage(session.browser);
    const toolFiles: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/tools\/[^/]+\.json$/.test(request.url())) toolFiles.push(new URL(request.url()).pathname.split('/').pop()!);
    });
    await page.goto(`${baseUrl()}compare/?tools=${a!.id},${b!.id}`);
    await ready(page);
    // Only the compared tools are loaded, and the page itself carries no tool data.
    expect(toolFiles.sort()).toEqual([`${a!.id}.json`, `${b!.id}.json`].sort());
    const html = await (await fetch(`${baseUrl()}compare/`)).text();
    expect(html).not.toContain(session.tools[2]!.id);
    const table = page.getByRole('table', { name: `Comparison of ${a!.name}, ${b!.name}` });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([expect.stringContaining(a!.name), expect.stringContaining(b!.name)]);
    const cellsPerRow = await table.locator('tbody tr:not(.compare-section)').evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td').length));
    expect(cellsPerRow.length).toBeGreaterThan(15);
    expect(new Set(cellsPerRow)).toEqual(new Set([2]));
    for (const label of ['Category', 'Default ring', 'Status', 'Licence', 'Sources cited']) expect(await table.getByRole('rowheader', { name: label, exact: true }).count()).toBe(1);
    const categories = ((await (await fetch(`${baseUrl()}api/categories.json`)).json()) as { entries: { id: string; name: string }[] }).entries;
    const categoryCells = await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Category', exact: true }) }).getByRole('cell').allTextContents();
    expect(categoryCells).toEqual([a!, b!].map((tool) => categories.find((category) => category.id === tool.category)?.name));
    expect(await table.getByRole('link', { name: a!.name, exact: true }).getAttribute('href')).toMatch(new RegExp(`/tools/${a!.id}/$`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds and removes tools, keeping the address in step', async () => {
    const [a, b, c] = session.tools;
    const { page } = await openPage(session.browser);
    await page.goto(`${baseUrl()}compare/?tools=${a!.id}`);
    await ready(page);
    expect(await page.locator('[data-hint]').textContent()).toContain('add at least one more tool');
    await page.getByLabel('Add a tool').fill(b!.name);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Add a tool').fill(c!.name.toUpperCase());
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForFunction((count) => document.querySelectorAll('th[scope="col"]').length === count, 3);
    expect(toolsParam(page)).toBe(`${a!.id},${b!.id},${c!.id}`);
    // The picker offers every tool by name.
    expect(await page.locator('#compare-tool-names option').count()).toBe(session.tools.length);
    await page.getByLabel('Add a tool').fill('No such tool');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await page.locator('[data-notices]').textContent()).toContain('No tool is called "No such tool"');
    expect(await page.getByRole('columnheader').count()).toBe(3);
    await page.getByRole('button', { name: `Remove ${b!.name} from the comparison` }).click();
    await page.waitForFunction((count) => document.querySelectorAll('th[scope="col"]').length === count, 2);
    expect(toolsParam(page)).toBe(`${a!.id},${c!.id}`);
    expect(await page.getByRole('columnheader').count()).toBe(2);
    await page.reload();
    await ready(page);
    expect(await page.getByRole('columnheader').count()).toBe(2);
    await page.close();
  });

  it('"only differences" hides the rows where the tools agree', async () => {
    const [a, b] = session.tools;
    const { page } = await openPage(session.browser);
    await page.goto(`${baseUrl()}compare/?tools=${a!.id},${b!.id}`);
    await ready(page);
    const visibleRows = () => page.locator('tbody tr:not(.compare-section):visible').count();
    const all = await visibleRows();
    await page.getByLabel('Show only rows where the tools differ').check();
    const differing = await visibleRows();
    const same = await page.locator('tr[data-same]').count();
    expect(differing).toBe(all - same);
    await page.close();
  });

  it('ignores unknown and hostile ids with a notice, runs nothing, and compares at most four', async () => {
    const { page, errors } = await openPage(session.browser);
    const dialogs = collectDialogs(page);
    const ids = session.tools.slice(0, 5).map((tool) => tool.id);
    await page.goto(`${baseUrl()}compare/?tools=${encodeURIComponent('<img src=x onerror=alert(1)>')},${ids.join(',')}&evil=${encodeURIComponent('<script>alert(2)</script>')}`);
    await ready(page);
    const text = await page.locator('[data-notices]').textContent();
    expect(text).toContain('Ignored tools "<img src=x onerror=alert(1)>"');
    expect(text).toContain('Ignored unknown parameter "evil"');
    if (ids.length > 4) expect(text).toContain('Compared only the first 4 tools');
    expect(await page.getByRole('columnheader').count()).toBe(Math.min(4, ids.length));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(toolsParam(page)).toBe(ids.slice(0, 4).join(','));
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('axe finds no violations on a comparison in light and dark mode', async () => {
    const [a, b] = session.tools;
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(session.browser, { colorScheme });
      await page.goto(`${baseUrl()}compare/?tools=${a!.id},${b!.id},nope`);
      await ready(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    }
  });
});
