/**
 * Everything the browsing pages need from the content collections, loaded
 * once and sorted the way pages show it: taxonomy by its `order`, tools by
 * name. Pages and components stay thin; the pure logic lives in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { quadrantOfCategory, type QuadrantId } from '../../schemas/ids';
import { groupBy } from '../../lib/grouping/groupBy';
import { layoutLandscape } from '../../lib/layout/layoutLandscape';
import { MAP_LAYOUT, type LandscapeLayout } from '../../lib/layout/types';
import { withBase } from '../../lib/withBase';

export type ToolEntry = CollectionEntry<'tools'>;

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

export async function loadLandscape() {
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
  tools.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
  for (const list of [categories, quadrants, stages, personas, rings, capabilities, concerns]) list.sort(byOrder);
  const base = import.meta.env.BASE_URL;
  const quadrantOf = (tool: ToolEntry): QuadrantId => quadrantOfCategory(tool.data.category);
  let layout: LandscapeLayout | undefined;
  const mapLayout = (): LandscapeLayout => (layout ??= layoutLandscape(tools.map((t) => ({ id: t.id, name: t.data.name, position: t.data.position })), MAP_LAYOUT));
  const names = <T extends { id: string; data: { name: string } }>(list: T[]) => new Map(list.map((e) => [e.id, e.data.name]));
  return {
    tools,
    categories,
    quadrants,
    stages,
    personas,
    rings,
    capabilities,
    categoryName: names(categories),
    quadrantName: names(quadrants),
    stageName: names(stages),
    personaName: names(personas),
    ringName: names(rings),
    capabilityName: names(capabilities),
    concernName: names(concerns),
    quadrantOf,
    /** The full map's layout (computed once per page build). */
    mapLayout,
    /** The anchor of a tool's marker on /map/: its own dot, or the cluster that holds it. */
    mapAnchor: (id: string): string => {
      const cluster = mapLayout().clusters.find((c) => c.members.some((m) => m.id === id));
      return cluster ? cluster.key : `map-${id}`;
    },
    /** Tools grouped by quadrant, in the quadrants' order, ready for GroupedToolCards. */
    byQuadrant: (list: ToolEntry[]) =>
      groupBy(list, quadrantOf, quadrants.map((q) => q.id)).map((g) => ({ ...g, title: names(quadrants).get(g.key) ?? g.key, href: withBase(base, `quadrants/${g.key}/`) })),
    /** Tools grouped by category, in the categories' order. */
    byCategory: (list: ToolEntry[]) =>
      groupBy(list, (t) => t.data.category, categories.map((c) => c.id)).map((g) => ({ ...g, title: names(categories).get(g.key) ?? g.key, href: withBase(base, `categories/${g.key}/`) })),
  };
}

export type Landscape = Awaited<ReturnType<typeof loadLandscape>>;
