/**
 * The open data as a consumer meets it: /api/tools.json lists every tool the
 * catalogue shows, each collection has its JSON file, the CSV and the Atom feed
 * are well formed, and the sitemap lists every page — each of which exists.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { QUADRANT_IDS } from '../../src/schemas/ids.ts';
import { baseUrl, openPage } from './setup/browser.ts';
import { listedOnEveryPage, session, useSession, type ApiTool } from './support/catalogue.ts';

useSession();

const get = async (path: string) => {
  const response = await fetch(`${baseUrl()}${path}`);
  expect(response.status, path).toBe(200);
  return response;
};

/** Parses XML in the browser and returns the parser's error, if any. */
async function xmlError(text: string): Promise<string | null> {
  const { page } = await openPage(session.browser);
  const error = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? null, text);
  await page.close();
  return error;
}

describe('open data', () => {
  it('/api/tools.json parses and lists every tool of the catalogue, with its quadrant and page URL', async () => {
    const { page } = await openPage(session.browser, { javaScriptEnabled: false });
    const shown = (await listedOnEveryPage(page, `${baseUrl()}tools/`)).flat();
    await page.close();
    const body = (await (await get('api/tools.json')).json()) as { version: number; collection: string; count: number; entries: ApiTool[] };
    expect(body.collection).toBe('tools');
    expect(body.count).toBe(body.entries.length);
    expect(body.entries.map((tool) => tool.id).sort()).toEqual(shown.slice().sort());
    for (const tool of body.entries) {
      expect(QUADRANT_IDS).toContain(tool.quadrant);
      expect(new URL(tool.url).pathname).toMatch(new RegExp(`/tools/${tool.id}/$`));
      expect(tool.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('/api/tools/<id>.json holds one tool, the same as in /api/tools.json, under the data licence; /api/tool-names.json names every tool', async () => {
    const all = (await (await get('api/tools.json')).json()) as { entries: ApiTool[] };
    for (const tool of all.entries.slice(0, 5)) {
      const one = (await (await get(`api/tools/${tool.id}.json`)).json()) as { license: string; collection: string; entry: ApiTool; view: { id: string; name: string } };
      expect(one.license).toBe('CC-BY-4.0');
      expect(one.collection).toBe('tools');
      expect(one.entry).toEqual(tool);
      expect(one.view).toMatchObject({ id: tool.id, name: tool.name });
    }
    const names = (await (await get('api/tool-names.json')).json()) as { license: string; entries: [string, string][] };
    expect(names.license).toBe('CC-BY-4.0');
    expect(names.entries.map(([id]) => id).sort()).toEqual(all.entries.map((tool) => tool.id).sort());
  });

  it.each(COLLECTION_NAMES)('/api/%s.json holds the whole collection', async (name) => {
    const response = await get(`api/${name}.json`);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const body = (await response.json()) as { collection: string; count: number; entries: { id: string }[] };
    expect(body.collection).toBe(name);
    expect(body.count).toBeGreaterThan(0);
    expect(body.entries).toHaveLength(body.count);
  });

  it('/api/tools.csv has a header and one CRLF-terminated row per tool', async () => {
    const text = await (await get('api/tools.csv')).text();
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines[0]).toMatch(/^id,name,description,quadrant,/);
    // Descriptions never contain line breaks, so each tool is one line.
    expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(session.tools.map((tool) => tool.id).sort());
  });

  it('/feed.xml is a well-formed Atom feed of the most recently reviewed tools', async () => {
    const response = await get('feed.xml');
    const xml = await response.text();
    expect(await xmlError(xml)).toBeNull();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml.match(/<entry>/g)).toHaveLength(Math.min(100, session.tools.length));
    const newest = session.tools.map((tool) => tool.lastReviewed as string).sort().at(-1);
    expect(xml.match(/<updated>([^<]+)<\/updated>/)?.[1]).toBe(`${newest}T00:00:00Z`);
  });

  it('/sitemap.xml lists every tool page and the catalogue, and every page it lists exists', async () => {
    const xml = await (await get('sitemap.xml')).text();
    expect(await xmlError(xml)).toBeNull();
    const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    for (const tool of session.tools) expect(paths).toContain(`/tools/${tool.id}/`);
    expect(paths).toEqual(expect.arrayContaining(['/', '/tools/', '/compare/']));
    const missing: string[] = [];
    for (const path of paths) {
      const response = await fetch(`${baseUrl()}${path.slice(1)}`);
      if (response.status !== 200) missing.push(`${path}: ${response.status}`);
    }
    expect(missing).toEqual([]);
  });

  it('/robots.txt allows crawling and points at the sitemap', async () => {
    const text = await (await get('robots.txt')).text();
    expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});
