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
import { quadrantOfCategory, type QuadrantId } from '../../schemas/ids';
import { groupBy } from '../../lib/grouping/groupBy';
import { layoutLandscape } from '../../lib/layout/layoutLandscape';
import { MAP_LAYOUT, type LandscapeLayout } from '../../lib/layout/types';
import { withBase } from '../../lib/withBase';

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
  tools.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  for (const list of [categories, quadrants, stages, personas, rings, capabilities, concerns]) list.sort(byOrder);
  const base = import.meta.env.BASE_URL;
  const quadrantOf = (tool: ToolEntry): QuadrantId => quadrantOfCategory(tool.data.category);
  const names = <T extends { id: string; data: { name: string } }>(list: T[]) => new Map(list.map((e) => [e.id, e.data.name]));
  const quadrantName = names(quadrants);
  const categoryName = names(categories);
  let layout: LandscapeLayout | undefined;
  const mapLayout = (): LandscapeLayout => (layout ??= layoutLandscape(tools.map((t) => ({ id: t.id, name: t.data.name, position: t.data.position })), MAP_LAYOUT));
  let anchors: Map<string, string> | undefined;
  const anchorOf = (): Map<string, string> => {
    if (anchors) return anchors;
    anchors = new Map();
    for (const cluster of mapLayout().clusters) for (const member of cluster.members) anchors.set(member.id, cluster.key);
    return anchors;
  };
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
    ringName: names(rings),
    capabilityName: names(capabilities),
    concernName: names(concerns),
    quadrantOf,
    /** The full map's layout (computed once per build, when first asked for). */
    mapLayout,
    /** The anchor of a tool's marker on /map/: its own dot, or the cluster that holds it. */
    mapAnchor: (id: string): string => anchorOf().get(id) ?? `map-${id}`,
    /** Tools grouped by quadrant, in the quadrants' order, ready for GroupedToolCards. */
    byQuadrant: (list: ToolEntry[]) =>
      groupBy(list, quadrantOf, quadrants.map((q) => q.id)).map((g) => ({ ...g, title: quadrantName.get(g.key) ?? g.key, href: withBase(base, `quadrants/${g.key}/`) })),
    /** Tools grouped by category, in the categories' order. */
    byCategory: (list: ToolEntry[]) =>
      groupBy(list, (t) => t.data.category, categories.map((c) => c.id)).map((g) => ({ ...g, title: categoryName.get(g.key) ?? g.key, href: withBase(base, `categories/${g.key}/`) })),
  };
}

export type Landscape = Awaited<ReturnType<typeof loadLandscape>>;
