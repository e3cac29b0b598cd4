import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_LICENSE } from '../../../src/lib/open-data/dataLicense.ts';
import { escapeXml } from '../../../src/lib/open-data/escapeXml.ts';
import { isUnlistedPage, pagePathsOfRoute } from '../../../src/lib/open-data/pagePathsOfRoute.ts';
import { renderAtomFeed, type FeedEntry } from '../../../src/lib/open-data/renderAtomFeed.ts';
import { renderSitemap } from '../../../src/lib/open-data/renderSitemap.ts';
import { serialiseCollection } from '../../../src/lib/open-data/serialiseCollection.ts';
import { toPlainData } from '../../../src/lib/open-data/toPlainData.ts';
import { siteUrl, toolPageUrl } from '../../../src/lib/open-data/toolPageUrl.ts';
import { TOOL_CSV_COLUMNS, toolsToCsv, type CsvTool } from '../../../src/lib/open-data/toolsToCsv.ts';
import { makeTool, parseTool } from '../../helpers/catalogueRecords.ts';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

const csvTool = (id: string, overrides: Parameters<typeof makeTool>[1] = {}, extra: Partial<CsvTool> = {}): CsvTool => ({
  ...makeTool(id, overrides),
  website: 'https://example.org',
  url: `https://nav.example/tools/${id}/`,
  ...extra,
});

describe('toPlainData', () => {
  it('writes dates as YYYY-MM-DD, drops undefined and keeps everything else', () => {
    const data = parseTool({ firstRelease: 2018 });
    const plain = toPlainData({ ...data, docs: undefined }) as Record<string, unknown>;
    expect(plain.lastReviewed).toBe('2026-11-01');
    expect('docs' in plain).toBe(false);
    expect(plain.position).toEqual({ artifact: 0.8, scope: 0.3 });
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});

describe('serialiseCollection', () => {
  it('wraps entries sorted by id with their derived fields in a versioned envelope', () => {
    const doc = serialiseCollection('tools', [{ id: 'b', data: parseTool({ name: 'B' }) }, { id: 'a', data: parseTool({ name: 'A' }) }], (entry) => ({ quadrant: 'x', url: `u/${entry.id}` }));
    expect(doc).toMatchObject({ version: 1, collection: 'tools', count: 2 });
    expect(doc.entries.map((entry) => [entry.id, entry.name, entry.quadrant, entry.url])).toEqual([['a', 'A', 'x', 'u/a'], ['b', 'B', 'x', 'u/b']]);
  });

  it('states the data licence (CC-BY-4.0) and whom to credit in every envelope, before the entries', () => {
    const doc = serialiseCollection('stages', [{ id: 'deployment', data: { name: 'Deployment' } }]);
    expect(doc).toMatchObject({ license: 'CC-BY-4.0', licenseUrl: 'https://creativecommons.org/licenses/by/4.0/', attribution: 'MLOps Navigator contributors' });
    expect(Object.keys(doc)).toEqual(['version', 'collection', 'license', 'licenseUrl', 'attribution', 'count', 'entries']);
    expect(DATA_LICENSE.license).toBe('CC-BY-4.0');
  });

  it('uses the licence LICENSE-DATA.md grants, whose URL it names', () => {
    const notice = readFileSync(join(import.meta.dirname, '..', '..', '..', 'LICENSE-DATA.md'), 'utf8');
    expect(notice).toContain(DATA_LICENSE.licenseUrl);
    expect(notice).toContain(`\`${DATA_LICENSE.license}\``);
    expect(notice).toContain(DATA_LICENSE.attribution);
  });
});

describe('toolsToCsv', () => {
  it('writes a header and one row per tool, sorted by id, with CRLF line ends', () => {
    const text = toolsToCsv([csvTool('mlflow', { name: 'MLflow', firstRelease: 2018 }), csvTool('dvc', { name: 'DVC' })]);
    const rows = readCsv(text);
    expect(rows[0]).toEqual([...TOOL_CSV_COLUMNS]);
    expect(rows.map((row) => row[0])).toEqual(['id', 'dvc', 'mlflow']);
    const mlflow = Object.fromEntries(TOOL_CSV_COLUMNS.map((column, index) => [column, rows[2]![index]]));
    expect(mlflow).toMatchObject({ name: 'MLflow', first_release: '2018', stages: 'model-training', url: 'https://nav.example/tools/mlflow/', repository: '' });
  });

  it('quotes commas, quotes and line breaks so every row keeps its columns', () => {
    const rows = readCsv(toolsToCsv([csvTool('x', { name: 'Says "hi", twice', description: 'A tool with a comma, and "quotes" in its one sentence description.' })]));
    expect(rows[1]).toHaveLength(TOOL_CSV_COLUMNS.length);
    expect(rows[1]![1]).toBe('Says "hi", twice');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = readCsv(toolsToCsv([csvTool('x', { name: '=HYPERLINK("http://evil","x")' }, { repository: '@SUM(1+1)' })]));
    const name = rows[1]![TOOL_CSV_COLUMNS.indexOf('name')]!;
    expect(name).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(rows[1]![TOOL_CSV_COLUMNS.indexOf('repository')]).toBe(`'@SUM(1+1)`);
    for (const cell of rows[1]!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`R&D <"ML"> 'x'\u0000\u0008`)).toBe('R&amp;D &lt;&quot;ML&quot;&gt; &apos;x&apos;');
  });
});

describe('renderAtomFeed', () => {
  const entry = (title: string, updated: string): FeedEntry => ({ title, updated, url: `https://nav.example/tools/${title.toLowerCase()}/`, summary: `${title} summary` });
  const feed = (entries: FeedEntry[]) => renderAtomFeed({ title: 'Nav', subtitle: 'Changes', siteUrl: 'https://nav.example/', feedUrl: 'https://nav.example/feed.xml', author: 'Editors', entries });

  it('lists entries newest first and dates the feed by the newest entry', () => {
    const xml = feed([entry('Old', '2025-01-01'), entry('New', '2026-11-28'), entry('Mid', '2026-01-01')]);
    expect([...xml.matchAll(/<entry>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1])).toEqual(['New', 'Mid', 'Old']);
    expect(xml).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">\n  <title>Nav<\/title>/);
    expect(xml.match(/<updated>([^<]+)<\/updated>/)?.[1]).toBe('2026-11-28T00:00:00Z');
    expect(xml).toContain('<id>https://nav.example/tools/new/</id>');
  });

  it('escapes entry text so contributed content cannot break the XML', () => {
    const xml = feed([{ ...entry('X', '2026-01-01'), title: '</title><script>alert(1)</script>', summary: 'A & B' }]);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(xml).toContain('<summary>A &amp; B</summary>');
  });

  it('caps the number of entries', () => {
    const many = Array.from({ length: 120 }, (_, i) => entry(`T${i}`, '2026-01-01'));
    expect(renderAtomFeed({ title: 'N', subtitle: 'S', siteUrl: 'https://n/', feedUrl: 'https://n/f', author: 'E', entries: many }, 100).match(/<entry>/g)).toHaveLength(100);
  });
});

describe('renderSitemap', () => {
  it('lists each URL once, sorted and escaped', () => {
    const xml = renderSitemap(['https://n.example/b/', 'https://n.example/a/?x=1&y=2', 'https://n.example/b/']);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://n.example/a/?x=1&amp;y=2', 'https://n.example/b/']);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
  });
});

describe('pagePathsOfRoute', () => {
  it('maps static pages to their paths', () => {
    expect(pagePathsOfRoute('index.astro')).toEqual(['']);
    expect(pagePathsOfRoute('tools/index.astro')).toEqual(['tools/']);
    expect(pagePathsOfRoute('map.astro')).toEqual(['map/']);
  });

  it('expands dynamic and rest parameters', () => {
    expect(pagePathsOfRoute('tools/[id].astro', [{ id: 'mlflow' }, { id: 'dvc' }])).toEqual(['tools/mlflow/', 'tools/dvc/']);
    expect(pagePathsOfRoute('[kind]/[id]/index.astro', [{ kind: 'stages', id: 'deployment' }])).toEqual(['stages/deployment/']);
    expect(pagePathsOfRoute('docs/[...slug].astro', [{ slug: 'a/b' }, { slug: undefined }])).toEqual(['docs/a/b/', 'docs/']);
  });

  it('leaves error pages and underscored files out of the sitemap', () => {
    expect(isUnlistedPage('404.astro')).toBe(true);
    expect(isUnlistedPage('_partials/x.astro')).toBe(true);
    expect(isUnlistedPage('embed/map/index.astro')).toBe(true);
    expect(isUnlistedPage('tools/[id].astro')).toBe(false);
  });
});

describe('siteUrl and toolPageUrl', () => {
  it('joins the site, the base path and the page path', () => {
    expect(toolPageUrl(new URL('https://n.example'), '/nav/', 'mlflow')).toBe('https://n.example/nav/tools/mlflow/');
    expect(siteUrl(new URL('https://n.example'), '/', '')).toBe('https://n.example/');
    expect(siteUrl(undefined, '/nav/', 'feed.xml')).toBe('/nav/feed.xml');
  });
});
