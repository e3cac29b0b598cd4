/**
 * The editors' radar (/radar/) as a visitor uses it: every tool still on offer
 * is a numbered, named blip linking to its page, no two blips overlap, ring
 * and quadrant labels are not covered, the lists per quadrant match the
 * blips, filters are plain pages, and axe is happy in light and dark mode.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
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

/** Tools that are not deprecated or discontinued, read from the content, independently of the page. */
function toolsOnOffer(): string[] {
  const dir = 'content/tools';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => !/^\s+state:\s*(deprecated|discontinued)\s*$/m.test(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1] ?? ''))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}

async function openRadar(path = 'radar/', options: Parameters<typeof openPage>[1] = {}): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const opened = await openPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await opened.page.goto(`${baseUrl()}${path}`);
  return opened;
}

interface Box { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box, slack = 0.5) => a.x + a.width - slack > b.x && b.x + b.width - slack > a.x && a.y + a.height - slack > b.y && b.y + b.height - slack > a.y;

describe('editors radar', () => {
  it('draws every tool on offer as a numbered, named blip that links to its tool page', async () => {
    const { page, requests, errors } = await openRadar();
    const blips = await page.locator('a.radar-blip').evaluateAll((links) =>
      links.map((a) => ({ id: a.getAttribute('data-id'), number: a.getAttribute('data-number'), href: a.getAttribute('href'), label: a.getAttribute('aria-label'), title: a.querySelector('title')?.textContent, text: document.querySelector(`.radar-blip-numbers text[data-for="${a.getAttribute('data-id')}"]`)?.textContent })),
    );
    expect(blips.map((b) => b.id).sort()).toEqual(toolsOnOffer());
    const built = new Set(builtToolIds());
    for (const blip of blips) {
      expect(blip.href).toMatch(new RegExp(`/tools/${blip.id}/$`));
      expect(built.has(blip.id!)).toBe(true);
      expect(blip.label).toMatch(new RegExp(`^${blip.number}\\. \\S`));
      expect(blip.title).toBe(blip.label);
      expect(blip.text).toBe(blip.number);
    }
    expect(new Set(blips.map((b) => b.number)).size).toBe(blips.length);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('no two blips overlap, and none covers a ring or quadrant label or leaves the drawing', async () => {
    const { page } = await openRadar();
    const discs = await page.locator('a.radar-blip circle.blip').evaluateAll((circles) => circles.map((c) => c.getBoundingClientRect().toJSON() as Box));
    const labels = await page.locator('.ring-label, .quadrant-label').evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as Box));
    const svg = (await page.locator('svg.radar-svg').boundingBox())!;
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const a = discs[i]!;
        const b = discs[j]!;
        const d = Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
        expect(d, `blips ${i + 1} and ${j + 1} overlap`).toBeGreaterThanOrEqual(a.width - 0.5);
      }
      for (const label of labels) expect(overlaps(discs[i]!, label), `blip ${i + 1} covers a label`).toBe(false);
    }
    for (const box of [...labels, ...discs]) {
      expect(box.x).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(box.y).toBeGreaterThanOrEqual(svg.y - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(svg.y + svg.height + 0.5);
    }
    const ringLabels = await page.locator('.ring-label').allTextContents();
    expect(ringLabels).toEqual(['Adopt', 'Trial', 'Assess', 'Hold']);
    await page.context().close();
  });

  it('the lists per quadrant have the same numbers, names and links as the blips', async () => {
    const { page } = await openRadar();
    const blips = await page.locator('a.radar-blip').evaluateAll((links) => links.map((a) => ({ id: a.dataset.id, number: a.dataset.number, href: a.getAttribute('href'), name: a.getAttribute('aria-label')!.replace(/^\d+\. /, '').split(', ')[0] })));
    const items = await page.locator('.radar-quadrant li').evaluateAll((lis) => lis.map((li) => ({ id: (li as HTMLElement).dataset.id, number: (li as HTMLElement).dataset.number, href: li.querySelector('a')!.getAttribute('href'), name: li.querySelector('a')!.textContent, value: (li as HTMLLIElement).value })));
    expect(items.map(({ value: _value, ...rest }) => rest)).toEqual(blips);
    for (const item of items) expect(String(item.value)).toBe(item.number);
    await page.context().close();
  });

  it('keyboard: Tab reaches a blip, which is named, and Enter opens its page', async () => {
    const { page } = await openRadar();
    const first = page.locator('a.radar-blip').first();
    await first.focus();
    const label = await first.getAttribute('aria-label');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/[a-z0-9-]+\/$/);
    expect(label).toContain((await page.getByRole('heading', { level: 1 }).textContent())!.trim());
    await page.context().close();
  });

  it('filters by stage and capability with plain links, no JavaScript needed', async () => {
    const { page } = await openRadar('radar/', { javaScriptEnabled: false });
    await page.getByText('By lifecycle stage').click();
    await page.getByRole('link', { name: 'Monitoring', exact: true }).click();
    await page.waitForURL(/\/radar\/stage\/monitoring\/$/);
    const all = await page.locator('a.radar-blip').count();
    expect(all).toBeGreaterThan(0);
    expect(all).toBe(await page.locator('.radar-quadrant li').count());
    await page.goto(`${baseUrl()}radar/capability/vector-database/`);
    expect(await page.locator('a.radar-blip').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('marks what is new and what moved since the last edition, from the ring history kept in the entries, and tool pages show that history', async () => {
    // Read the entries, independently of the page: the ring of their latest history entry against their current ring.
    const read = (id: string) => readFileSync(join('content/tools', `${id}.mdx`), 'utf8').split(/^---$/m)[1] ?? '';
    const history = toolsOnOffer().map((id) => {
      const front = read(id);
      const rings = [...front.matchAll(/^\s+- \{ date: [\d-]+, ring: (\w+)/gm)].map((m) => m[1]!);
      return { id, current: /^ring: (\w+)$/m.exec(front)![1]!, last: rings.at(-1) };
    });
    const moved = history.filter((h) => h.last && h.last !== h.current);
    const fresh = history.filter((h) => !h.last);
    const { page } = await openRadar();
    const classOf = (id: string) => page.locator(`#blip-${id}`).getAttribute('class');
    for (const h of fresh.slice(0, 3)) expect(await classOf(h.id)).toContain('moved-new');
    if (moved.length === 0) return;
    for (const h of moved) expect(await classOf(h.id)).toMatch(/moved-(in|out)/);
    await page.goto(`${baseUrl()}tools/${moved[0]!.id}/`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ring history', exact: true }) });
    expect(await row.textContent()).toMatch(/\d{4}-\d{2}-\d{2}: /);
    expect(await row.textContent()).toMatch(/Now: .*\(moved (in|out)/);
    await page.context().close();
  });

  it('offers an AOE Technology Radar export: a tar with one Markdown item per blip, in its ring and quadrant', async () => {
    const { page } = await openRadar();
    const blips = await page.locator('a.radar-blip').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.id!));
    const href = await page.getByRole('link', { name: 'Markdown items (tar)' }).getAttribute('href');
    const tar = Buffer.from(await (await page.request.get(new URL(href!, baseUrl()).href)).body());
    // A ustar archive: 512-byte headers, the name in the first 100 bytes, "ustar" at offset 257.
    const names: string[] = [];
    for (let offset = 0; offset + 512 <= tar.length; ) {
      const name = tar.subarray(offset, offset + 100).toString('utf8').replace(/\0.*$/s, '');
      if (!name) break;
      expect(tar.subarray(offset + 257, offset + 262).toString()).toBe('ustar');
      const size = parseInt(tar.subarray(offset + 124, offset + 136).toString().replace(/\0.*$/s, '').trim(), 8);
      if (name.endsWith('.md') && name.startsWith('radar/')) {
        const text = tar.subarray(offset + 512, offset + 512 + size).toString('utf8');
        expect(text).toMatch(/^---\ntitle: ".+"\nring: (adopt|trial|assess|hold)\nquadrant: [a-z-]+\n/);
      }
      names.push(name);
      offset += 512 + Math.ceil(size / 512) * 512;
    }
    expect(names.filter((n) => n.endsWith('.md') && n.startsWith('radar/')).map((n) => n.split('/').pop()!.replace(/\.md$/, '')).sort()).toEqual([...blips].sort());
    expect(names).toContain('README.md');
    await page.context().close();
  });

  it('offers Build Your Own Radar exports with one row per blip', async () => {
    const { page } = await openRadar();
    const count = await page.locator('a.radar-blip').count();
    const csv = await (await page.request.get(`${baseUrl()}radar.csv`)).text();
    expect(csv.split('\r\n')[0]).toBe('name,ring,quadrant,isNew,description');
    const json = (await (await page.request.get(`${baseUrl()}radar.json`)).json()) as { name: string; ring: string }[];
    expect(json).toHaveLength(count);
    expect(new Set(json.map((r) => r.ring))).toEqual(new Set(['Adopt', 'Trial', 'Assess', 'Hold']));
    await page.context().close();
  });

  // One case per page and scheme: axe on 400 blips takes a while.
  it.each(['radar/', 'radar/stage/monitoring/'].flatMap((path) => (['light', 'dark'] as const).map((colorScheme) => [path, colorScheme] as const)))(
    'axe finds no violations on /%s in %s mode',
    async (path, colorScheme) => {
      const { page } = await openRadar(path, { colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    },
    120_000,
  );
});
