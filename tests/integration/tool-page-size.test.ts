/**
 * A tool page's size does not depend on the size of the catalogue (issue 14):
 * the site is built on a small and a six times larger synthetic catalogue
 * (scripts/bench-build.ts), and the same tools' pages must be the same size
 * within ±5%. Whatever grows with the catalogue (the mini map's faint dots)
 * lives in the shared /landscape/quadrant-<id>.svg backgrounds instead.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, writeSyntheticContent, type BuildMeasurement, type SyntheticCatalogue } from '../../scripts/bench-build.ts';
import { QUADRANT_IDS } from '../../src/schemas/ids.ts';

const SMALL = 20;
const LARGE = 120;

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
  const build = await buildSite(catalogue.dir, dir, catalogue.toolIds);
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

describe('tool pages at two catalogue sizes', () => {
  beforeAll(async () => {
    builds.small = await buildCatalogue('small', SMALL);
    builds.large = await buildCatalogue('large', LARGE);
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

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
