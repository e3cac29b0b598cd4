/**
 * A tool page's size, and the catalogue's first page, do not depend on the size of the catalogue (issue 14):
 * the site is built on a small and a six times larger synthetic catalogue
 * (scripts/bench-build.ts), and the same tools' pages must be the same size
 * within ±5%. Whatever grows with the catalogue (the mini map's faint dots)
 * lives in the shared /landscape/quadrant-<id>.svg backgrounds instead.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, writeSyntheticContent, type BuildMeasurement, type SyntheticCatalogue } from '../../scripts/bench-build.ts';
import { QUADRANT_IDS, STAGE_IDS } from '../../src/schemas/ids.ts';

const SMALL = 20;
const LARGE = 120;
/** Tools per catalogue page in both builds: the small catalogue is one page, the large one six. */
const PAGE_SIZE = 20;
/** The whole map lists every tool up to this many: the small catalogue is under it, the large one over. */
const MAP_LIST_LIMIT = 60;
/** Over that limit, a page's list of tools shows this many and links to the catalogue for the rest. */
const SHORT_LIST = 5;

interface Built {
  catalogue: SyntheticCatalogue;
  build: BuildMeasurement;
  dist: string;
}

const work = mkdtempSync(join(tmpdir(), 'navigator-page-size-'));
const builds: Partial<Record<'small' | 'large', Built>> = {};

async function buildCatalogue(name: 'small' | 'large', tools: number): Promise<Built> {
  const dir = join(work, name);
  const catalogue = writeSyntheticContent(tools, join(dir, 'content'));
  const build = await buildSite(catalogue.dir, dir, catalogue.toolIds, { NAVIGATOR_CATALOGUE_PAGE_SIZE: String(PAGE_SIZE), NAVIGATOR_MAP_LIST_LIMIT: String(MAP_LIST_LIMIT), NAVIGATOR_SHORT_LIST_SIZE: String(SHORT_LIST) });
  if (!build.ok) throw new Error(`the ${name} build (${tools} tools) failed:\n${build.log.split('\n').slice(-30).join('\n')}`);
  return { catalogue, build, dist: join(dir, 'site-dist') };
}

const page = (built: Built, id: string) => readFileSync(join(built.dist, 'tools', id, 'index.html'), 'utf8');

/**
 * The parts of a tool page that legitimately differ between the two builds:
 * links to other tools (a smaller set keeps fewer of a tool's integrations and
 * alternatives) and the map anchor (a dot in one layout may be in a cluster in another).
 */
const comparable = (html: string) =>
  html
    .replace(/<h2>(Integrates with|Alternatives)<\/h2>\s*<ul>[\s\S]*?<\/ul>/g, '')
    .replace(/(href="[^"]*\/map\/#)[^"]*"/g, '$1"');

beforeAll(async () => {
  builds.small = await buildCatalogue('small', SMALL);
  builds.large = await buildCatalogue('large', LARGE);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('tool pages at two catalogue sizes', () => {
  it('built every tool page of both catalogues', () => {
    const { small, large } = builds as Required<typeof builds>;
    expect(small.catalogue.toolIds).toHaveLength(SMALL);
    expect(large.catalogue.toolIds).toHaveLength(LARGE);
    expect(small.build.toolPageBytes).toHaveLength(SMALL);
    expect(large.build.toolPageBytes).toHaveLength(LARGE);
    // The small set is the start of the large one, so every small-set tool has a page in both.
    expect(large.catalogue.toolIds.slice(0, SMALL)).toEqual(small.catalogue.toolIds);
  });

  it('gives the same tool the same page size, within ±5%, whatever the size of the catalogue', () => {
    const { small, large } = builds as Required<typeof builds>;
    const ratios = small.catalogue.toolIds.map((id) => {
      const a = Buffer.byteLength(comparable(page(small, id)));
      const b = Buffer.byteLength(comparable(page(large, id)));
      return { id, a, b, ratio: b / a };
    });
    const off = ratios.filter((r) => Math.abs(r.ratio - 1) > 0.05);
    expect(off, `pages that grew or shrank with the catalogue (${SMALL} → ${LARGE} tools)`).toEqual([]);
    // Even unstripped, the median page is the same size within 5%.
    const median = (list: number[]) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
    const raw = (built: Built) => median(small.catalogue.toolIds.map((id) => Buffer.byteLength(page(built, id))));
    expect(Math.abs(raw(large) / raw(small) - 1)).toBeLessThanOrEqual(0.05);
  });

  it('draws only the tool’s own dot inline, over the shared background of its quadrant', () => {
    const { small, large } = builds as Required<typeof builds>;
    for (const built of [small, large]) {
      const html = page(built, small.catalogue.toolIds[0]!);
      const mini = /<svg class="mini-map"[\s\S]*?<\/svg>/.exec(html)?.[0];
      expect(mini).toBeDefined();
      expect(mini!.match(/<circle/g)).toHaveLength(1);
      expect(mini).toMatch(/<image href="\/landscape\/quadrant-[a-z-]+\.svg"/);
      expect(mini).toMatch(/role="img" aria-label="[^"]+ on the landscape map: /);
    }
  });

  it('moves what grows with the catalogue into the four shared backgrounds', () => {
    const { small, large } = builds as Required<typeof builds>;
    for (const quadrant of QUADRANT_IDS) {
      const file = (built: Built) => join(built.dist, 'landscape', `quadrant-${quadrant}.svg`);
      expect(existsSync(file(small)) && existsSync(file(large))).toBe(true);
      expect(statSync(file(large)).size).toBeGreaterThan(statSync(file(small)).size);
      expect(readFileSync(file(large), 'utf8').match(/<circle/g)!.length).toBeGreaterThan(readFileSync(file(small), 'utf8').match(/<circle/g)!.length);
    }
  });
});

describe('the catalogue page at two catalogue sizes', () => {
  const html = (built: Built, path: string) => readFileSync(join(built.dist, path, 'index.html'), 'utf8');
  const ids = (text: string) => [...text.matchAll(/data-tool-id="([^"]+)"/g)].map((m) => m[1]!);

  it('lists one page of tools in the first HTML, with links to the other pages, and no catalogue data inline', () => {
    const { small, large } = builds as Required<typeof builds>;
    expect(new Set(ids(html(small, 'tools'))).size).toBe(SMALL);
    expect(new Set(ids(html(large, 'tools'))).size).toBe(PAGE_SIZE);
    expect(html(small, 'tools')).not.toContain('aria-label="Catalogue pages"');
    expect(html(large, 'tools')).toMatch(/<a href="\/tools\/page\/2\/" rel="next">Next page<\/a>/);
    for (const built of [small, large]) expect(html(built, 'tools')).not.toMatch(/<script type="application\/json"/);
    // Six times the tools, the same first page: only the pager and the counts differ.
    const gz = (built: Built) => gzipSync(html(built, 'tools'), { level: 9 }).length;
    expect(gz(large) / gz(small)).toBeLessThan(1.1);
  });

  it('lists every tool exactly once over /tools/ and /tools/page/<n>/', () => {
    const { large } = builds as Required<typeof builds>;
    const pages = Math.ceil(LARGE / PAGE_SIZE);
    const listed = [ids(html(large, 'tools')), ...Array.from({ length: pages - 1 }, (_, i) => ids(html(large, `tools/page/${i + 2}`)))];
    for (const page of listed) expect(new Set(page).size).toBeLessThanOrEqual(PAGE_SIZE);
    expect(listed.flat().sort()).toEqual([...large.catalogue.toolIds].sort());
    expect(existsSync(join(large.dist, 'tools', 'page', String(pages + 1)))).toBe(false);
    expect(html(large, `tools/page/${pages}`)).toMatch(/<a href="\/tools\/page\/\d+\/" rel="prev">Previous page<\/a>/);
  });

  it('puts the whole catalogue in one hashed data file for the page’s script', () => {
    const { large } = builds as Required<typeof builds>;
    const name = /data-src="\/data\/(catalogue-[0-9a-f]{10})\.json"/.exec(html(large, 'tools'))?.[1];
    expect(name).toBeDefined();
    const data = JSON.parse(readFileSync(join(large.dist, 'data', `${name}.json`), 'utf8')) as { tools: { id: string }[] };
    expect(data.tools.map((t) => t.id).sort()).toEqual([...large.catalogue.toolIds].sort());
  });
});

describe('the whole map at two catalogue sizes', () => {
  const html = (built: Built, path: string) => readFileSync(join(built.dist, path, 'index.html'), 'utf8');
  const toolLinks = (text: string) => [...text.matchAll(/href="\/tools\/([^/"]+)\/"/g)].map((m) => m[1]!);

  it('lists every tool below the map of a small catalogue, in its lists and its table', () => {
    const { small } = builds as Required<typeof builds>;
    const map = html(small, 'map');
    expect(new Set(toolLinks(/<section class="map-lists"[\s\S]*?<\/section>/.exec(map)![0]))).toEqual(new Set(small.catalogue.toolIds));
    expect(map.match(/<tr data-tool-id=/g)).toHaveLength(SMALL);
  });

  it('leaves the naming of every tool of a large catalogue to the quadrant maps, which name and list them all', () => {
    const { large } = builds as Required<typeof builds>;
    const map = html(large, 'map');
    expect(map).not.toContain('class="map-table"');
    expect(map).not.toContain('class="map-tool-list"');
    // The only tools linked from the page are the dots drawn with their names.
    const dots = [...map.matchAll(/<a href="\/tools\/([^/"]+)\/"[^>]*class="map-marker map-dot/g)].map((m) => m[1]!);
    expect(new Set(toolLinks(map))).toEqual(new Set(dots));
    expect(dots.length).toBeLessThan(LARGE);
    // Each quadrant says how many tools it holds and where they are named.
    const elsewhere = [...map.matchAll(/<p data-map-list-elsewhere>[\s\S]*?<\/p>/g)].map((m) => m[0]);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const paragraph of elsewhere) expect(paragraph).toMatch(/The \d+ tools are listed and named on <a href="\/map\/[a-z-]+\/">/);
    expect(map).toMatch(/<p data-map-table-elsewhere>[\s\S]*href="\/api\/tools\.csv"/);
    // Every tool is still named on its quadrant's map.
    const named = QUADRANT_IDS.flatMap((quadrant) => (existsSync(join(large.dist, 'map', quadrant, 'index.html')) ? toolLinks(/<section class="map-lists"[\s\S]*?<\/section>/.exec(html(large, `map/${quadrant}`))![0]) : []));
    expect(new Set(named)).toEqual(new Set(large.catalogue.toolIds));
  });
});

describe('pages that list a part of the catalogue, at two catalogue sizes', () => {
  const html = (built: Built, path: string) => (existsSync(join(built.dist, path, 'index.html')) ? readFileSync(join(built.dist, path, 'index.html'), 'utf8') : '');
  const cards = (text: string) => [...text.matchAll(/<li class="card" data-tool-id="([^"]+)"/g)].map((m) => m[1]!);

  it('list every tool of a stage in a small catalogue', () => {
    const { small } = builds as Required<typeof builds>;
    const pages = STAGE_IDS.map((stage) => html(small, `stages/${stage}`));
    expect(pages.some((page) => page.includes('data-list-elsewhere'))).toBe(false);
    const listed = new Set(pages.flatMap(cards));
    expect(listed.size).toBe(SMALL);
  });

  it('show the most recommended few per group in a large one, and link to the catalogue filtered to the rest', () => {
    const { large } = builds as Required<typeof builds>;
    let cut = 0;
    for (const stage of STAGE_IDS) {
      const page = html(large, `stages/${stage}`);
      for (const section of page.split('<section aria-labelledby="group-').slice(1)) {
        const count = Number(/<span class="muted">\((\d+)\)<\/span>/.exec(section)?.[1]);
        const shown = cards(section).length;
        expect(shown).toBe(Math.min(count, SHORT_LIST));
        if (count > SHORT_LIST) {
          cut++;
          expect(section).toMatch(new RegExp(`All ${count} in the catalogue`));
          expect(section).toMatch(new RegExp(`href="/tools/\\?quadrant=[a-z-]+&amp;stage=${stage}"`));
        }
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});

describe('the editors’ radar at two catalogue sizes', () => {
  const radar = (built: Built) => readFileSync(join(built.dist, 'radar', 'index.html'), 'utf8');
  const total = (text: string) => Number(/<\/time>: (\d+) tools/.exec(text)?.[1]);
  const blips = (text: string) => (text.match(/class="radar-blip /g) ?? []).length;

  it('draws every tool on offer in a small catalogue', () => {
    const { small } = builds as Required<typeof builds>;
    const page = radar(small);
    expect(total(page)).toBeGreaterThan(0);
    expect(blips(page)).toBe(total(page));
    expect(page).not.toContain('data-radar-more');
  });

  it('draws a short list per ring of each quadrant in a large one, counts every tool, and links to the rest in the catalogue', () => {
    const { large } = builds as Required<typeof builds>;
    const page = radar(large);
    const rings = [...page.matchAll(/<h4[^>]*>[^<]*<span class="muted"[^>]*>\((\d+)\)<\/span><\/h4>\s*<ol[^>]*>([\s\S]*?)<\/ol>([\s\S]*?)(?=<h4|<\/section>)/g)];
    expect(rings.length).toBeGreaterThan(0);
    let counted = 0;
    let cut = 0;
    for (const [, count, items, after] of rings) {
      const n = Number(count);
      counted += n;
      expect((items!.match(/<li /g) ?? []).length).toBe(Math.min(n, SHORT_LIST));
      if (n > SHORT_LIST) {
        cut++;
        expect(after).toMatch(new RegExp(`${n - SHORT_LIST} more not drawn: <a href="/tools/\\?quadrant=[a-z-]+&amp;ring=[a-z]+"`));
      }
    }
    expect(cut).toBeGreaterThan(0);
    expect(counted).toBe(total(page));
    expect(blips(page)).toBe(rings.reduce((sum, [, count]) => sum + Math.min(Number(count), SHORT_LIST), 0));
  });
});
