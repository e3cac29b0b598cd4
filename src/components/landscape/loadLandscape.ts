/**
 * Everything the browsing pages need from the content collections, loaded
 * once per build and sorted the way pages show it: taxonomy by its `order`,
 * tools by name. Pages and components stay thin; the pure logic lives in src/lib.
 *
 * Whole-catalogue work (loading, sorting, the map's layout, lookups by id) is
 * done once and shared by every page, so a page that needs one tool — a tool
 * page — costs the same whatever the size of the catalogue. In `astro dev`
 * nothing is kept between requests, so edited content shows up on reload.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { quadrantOf as quadrantOfPosition, quadrantOfCategory, type QuadrantId } from '../../schemas/ids';
import { groupBy } from '../../lib/grouping/groupBy';
import { labelLandscape, type LabelledLandscape } from '../../lib/layout/labelLandscape';
import { zoomQuadrant } from '../../lib/layout/zoomQuadrant';
import { MAP_LABELS, MAP_LAYOUT, mapListLimit } from '../../lib/layout/types';
import { withBase } from '../../lib/withBase';
import type { ToolCardFacts } from '../../lib/cards/toolCard';
import { compareNames } from '../../lib/text/compareNames';
import { cardFactsOf } from '../../lib/cards/cardFactsOf';

export type ToolEntry = CollectionEntry<'tools'>;

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

let cached: ReturnType<typeof load> | undefined;

/** The landscape data, loaded once per build (once per request in `astro dev`). */
export function loadLandscape(): ReturnType<typeof load> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load() {
  const [tools, categories, quadrants, stages, personas, rings, capabilities, concerns] = await Promise.all([
    getCollection('tools'),
    getCollection('categories'),
    getCollection('quadrants'),
    getCollection('stages'),
    getCollection('personas'),
    getCollection('rings'),
    getCollection('capabilities'),
    getCollection('concerns'),
  ]);
  tools.sort((a, b) => compareNames(a.data.name, b.data.name) || a.id.localeCompare(b.id));
  for (const list of [categories, quadrants, stages, personas, rings, capabilities, concerns]) list.sort(byOrder);
  const base = import.meta.env.BASE_URL;
  const quadrantOf = (tool: ToolEntry): QuadrantId => quadrantOfCategory(tool.data.category);
  const names = <T extends { id: string; data: { name: string } }>(list: T[]) => new Map(list.map((e) => [e.id, e.data.name]));
  const quadrantName = names(quadrants);
  const categoryName = names(categories);
  // Names of Adopt tools are placed first, then Trial, Assess and Hold.
  const ringRank = new Map(rings.map((ring, index) => [ring.id, index]));
  const toolRing = new Map(tools.map((t) => [t.id, ringRank.get(t.data.ring) ?? 9]));
  const labelOptions = { ...MAP_LABELS, priority: (id: string) => toolRing.get(id) ?? 9 };
  const planeItems = tools.map((t) => ({ id: t.id, name: t.data.name, position: t.data.position }));
  let layout: LabelledLandscape | undefined;
  const mapLayout = (): LabelledLandscape => (layout ??= labelLandscape(planeItems, MAP_LAYOUT, labelOptions));
  const zoomed = new Map<QuadrantId, ReturnType<typeof zoomQuadrant>>();
  const quadrantLayout = (quadrant: QuadrantId) => {
    if (!zoomed.has(quadrant)) zoomed.set(quadrant, zoomQuadrant(planeItems.filter((item) => quadrantOfPosition(item.position) === quadrant), quadrant, labelOptions));
    return zoomed.get(quadrant)!;
  };
  const zoomAnchors = new Map<QuadrantId, Map<string, string>>();
  const ringName = names(rings);
  return {
    tools,
    categories,
    quadrants,
    stages,
    personas,
    rings,
    capabilities,
    /** Tool names by id, for links between tools. */
    toolName: names(tools),
    categoryName,
    quadrantName,
    stageName: names(stages),
    personaName: names(personas),
    ringName,
    capabilityName: names(capabilities),
    concernName: names(concerns),
    quadrantOf,
    /** The full map's layout, names placed (computed once per build, when first asked for). */
    mapLayout,
    /** One quadrant enlarged until every tool in it is named (/map/<quadrant>/), once per build. */
    quadrantLayout,
    /** Where a tool is drawn with its name: its quadrant map, at its dot (map/<quadrant>/#map-<id>). */
    mapLink: (tool: ToolEntry): string => {
      const quadrant = quadrantOf(tool);
      if (!zoomAnchors.has(quadrant)) zoomAnchors.set(quadrant, new Map(quadrantLayout(quadrant).clusters.flatMap((c) => c.members.map((m) => [m.id, c.key] as const))));
      return `map/${quadrant}/#${zoomAnchors.get(quadrant)!.get(tool.id) ?? `map-${tool.id}`}`;
    },
    /** What a tool's share card shows (/cards/<id>.jpg, drawn during the build). */
    cardFacts: (tool: ToolEntry): ToolCardFacts => cardFactsOf(tool, { category: categoryName, quadrant: quadrantName, ring: ringName }),
    /** Tools grouped by quadrant, in the quadrants' order, ready for GroupedToolCards. */
    byQuadrant: (list: ToolEntry[]) =>
      groupBy(list, quadrantOf, quadrants.map((q) => q.id)).map((g) => ({ ...g, facet: 'quadrant' as const, title: quadrantName.get(g.key) ?? g.key, href: withBase(base, `quadrants/${g.key}/`) })),
    /** Tools grouped by category, in the categories' order. */
    byCategory: (list: ToolEntry[]) =>
      groupBy(list, (t) => t.data.category, categories.map((c) => c.id)).map((g) => ({ ...g, facet: 'category' as const, title: categoryName.get(g.key) ?? g.key, href: withBase(base, `categories/${g.key}/`) })),
    /** Whether lists of tools are cut to a short list (the catalogue is over the list limit, MAP_LIST_LIMIT). */
    cutLists: tools.length > mapListLimit(process.env.NAVIGATOR_MAP_LIST_LIMIT),
  };
}

export type Landscape = Awaited<ReturnType<typeof loadLandscape>>;
