/**
 * Helpers for the catalogue, search, compare and open-data browser tests.
 * Expected values are always read from the built site's own open data
 * (/api/tools.json), never hard-coded, so the tests hold for any catalogue.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CATALOGUE_PAGE_SIZE } from '../../../src/lib/catalogue/paginateGroups.ts';

/** How many tools the catalogue shows before "Show more tools" (and lists per page without JavaScript). */
export const pageOf = (total: number) => Math.min(total, CATALOGUE_PAGE_SIZE);
import { baseUrl, launch } from '../setup/browser.ts';

export interface ApiTool {
  id: string;
  name: string;
  ring: string;
  quadrant: string;
  category: string;
  stages: string[];
  url: string;
  [field: string]: unknown;
}

export async function fetchTools(): Promise<ApiTool[]> {
  const response = await fetch(`${baseUrl()}api/tools.json`);
  if (!response.ok) throw new Error(`api/tools.json: HTTP ${response.status}`);
  const body = (await response.json()) as { entries: ApiTool[] };
  return body.entries;
}

/** The distinct tool ids the catalogue currently shows (a tool under several groups counts once). */
export async function shownToolIds(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-results] [data-tool-id]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.toolId ?? ''));
  return [...new Set(ids)].sort();
}

/** Presses "Show more tools" until every matching tool is on screen (the catalogue shows a page at a time). */
export async function showAllTools(page: Page): Promise<void> {
  const items = page.locator('[data-results] [data-tool-id]');
  for (let round = 0; round < 1000 && (await page.locator('[data-more]').isVisible()); round++) {
    const before = await items.count();
    await page.locator('[data-more-button]').click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
}

/** Every tool id the catalogue lists without JavaScript: /tools/ and each page its "Next page" links lead to. */
export async function listedOnEveryPage(page: Page, start: string): Promise<string[][]> {
  await page.goto(start);
  const pages: string[][] = [];
  for (let round = 0; round < 1000; round++) {
    pages.push(await page.locator('[data-tool-id]').evaluateAll((list) => [...new Set(list.map((item) => (item as HTMLElement).dataset.toolId ?? ''))]));
    const next = page.getByRole('link', { name: 'Next page' }).first();
    if ((await next.count()) === 0) break;
    await Promise.all([page.waitForURL(/\/tools\/page\/\d+\/$/), next.click()]);
  }
  return pages;
}

/** Resolves once the catalogue script has taken over the page and finished its first render (text search included). */
export async function waitForCatalogue(page: Page): Promise<void> {
  await page.waitForSelector('navigator-catalogue[data-enhanced] [data-results]:not([aria-busy])', { state: 'attached' });
}

/**
 * A value of a single-valued field that selects some tools but not all — the
 * rarest such value, so the filter visibly narrows the list.
 */
export function narrowingValue(tools: ApiTool[], field: 'ring' | 'quadrant' | 'category'): string {
  const counts = new Map<string, number>();
  for (const tool of tools) counts.set(tool[field], (counts.get(tool[field]) ?? 0) + 1);
  const candidates = [...counts].filter(([, count]) => count > 0 && count < tools.length).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const value = candidates[0]?.[0];
  if (!value) throw new Error(`Every tool has the same ${field}; the catalogue needs more variety for this test.`);
  return value;
}

/** The browser and the built site's tools, shared by the tests of one file (launched before, closed after). */
export const session = { browser: undefined as unknown as Browser, tools: [] as ApiTool[] };

/** Call once at the top of a test file to fill `session`. */
export function useSession(): void {
  beforeAll(async () => {
    session.browser = await launch();
    session.tools = await fetchTools();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
}

/** Records (and dismisses) every alert/confirm/prompt the page opens — none should ever open. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
