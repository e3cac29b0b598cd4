/**
 * Deterministic placement of every tool on the landscape map.
 *
 * Each tool starts at the point its `position` maps to. Tools are placed one at
 * a time in id order (so the input order never matters); a tool whose point is
 * taken moves to the nearest free spot on rings around it, never more than
 * `maxShift` away and never out of its own quadrant. A tool that finds no free
 * spot joins a cluster: the nearest cluster of its quadrant within reach, or
 * else the nearest dot of its quadrant, which becomes a cluster of two. A
 * cluster keeps the spot of the dot it grew from, so markers stay at least
 * `spacing` apart and no tool is ever dropped: each appears exactly once, as a
 * dot or inside a cluster.
 */
import { quadrantOf, type QuadrantId } from '../../schemas/ids.ts';
import { createPlaneScales } from './createPlaneScales.ts';
import { createSpatialIndex } from './createSpatialIndex.ts';
import type { LandscapeLayout, LayoutOptions, PlacedCluster, PlacedDot, PlaneItem, PlotBox, Point } from './types.ts';
import { compareNames as compareNameText } from '../text/compareNames.ts';

interface Member {
  id: string;
  name: string;
  ideal: Point;
}

interface Marker extends Point {
  quadrant: QuadrantId;
  members: Member[];
}

/**
 * Lay out tools on the plane.
 *
 * @example
 * const layout = layoutLandscape([{ id: 'dvc', name: 'DVC', position: { artifact: 0.7, scope: 0.2 } }], MAP_LAYOUT);
 * layout.dots[0] // → { kind: 'dot', id: 'dvc', name: 'DVC', quadrant: 'specialized-ml-tools', x: …, y: …, ideal: … }
 * layout.clusters // → []
 */
export function layoutLandscape(items: readonly PlaneItem[], options: LayoutOptions): LandscapeLayout {
  checkItems(items);
  const { spacing, maxShift } = options;
  if (!(spacing > 0) || !(maxShift >= 0)) throw new Error(`layoutLandscape: spacing must be above 0 and maxShift 0 or more (got spacing ${spacing}, maxShift ${maxShift})`);
  const { plot, x, y } = createPlaneScales(options);
  const boxes = quadrantBoxes(plot, x(0.5), y(0.5), spacing / 2);
  const index = createSpatialIndex<Marker>(spacing);
  const offsets = ringOffsets(spacing, maxShift);

  const ordered = [...items].sort((a, b) => compareIds(a.id, b.id));
  // A zoomed drawing of one quadrant uses the whole plot for it.
  const whole = { left: plot.left + spacing / 2, right: plot.right - spacing / 2, top: plot.top + spacing / 2, bottom: plot.bottom - spacing / 2 };
  for (const item of ordered) {
    const quadrant = item.quadrant ?? quadrantOf(item.position);
    const box = options.zoomed ? whole : boxes[quadrant];
    const ideal = { x: x(item.position.artifact), y: y(item.position.scope) };
    const member: Member = { id: item.id, name: item.name, ideal };
    const start = clampToBox(ideal, box);
    const spot = offsets.map(([dx, dy]) => ({ x: start.x + dx, y: start.y + dy })).find((p) => insideBox(p, box) && !index.hasNeighbour(p));
    if (spot) {
      index.add({ ...spot, quadrant, members: [member] });
      continue;
    }
    const host = nearestHost(index.all(), quadrant, ideal, maxShift + spacing);
    if (!host) {
      throw new Error(`layoutLandscape: no room for "${item.id}" in quadrant "${quadrant}": the quadrant is smaller than one marker (${spacing} units); make the drawing larger or the spacing smaller`);
    }
    host.members.push(member);
  }

  const markers = index.all();
  const dots: PlacedDot[] = markers
    .filter((m) => m.members.length === 1)
    .map((m) => ({ kind: 'dot' as const, id: m.members[0]!.id, name: m.members[0]!.name, quadrant: m.quadrant, x: m.x, y: m.y, ideal: m.members[0]!.ideal }))
    .sort((a, b) => compareNames(a, b));
  const clusters: PlacedCluster[] = markers
    .filter((m) => m.members.length > 1)
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((m, i) => ({
      kind: 'cluster' as const,
      key: `cluster-${i + 1}`,
      number: i + 1,
      quadrant: m.quadrant,
      x: m.x,
      y: m.y,
      members: [...m.members].sort((a, b) => compareNames(a, b)),
    }));
  return { width: options.width, height: options.height, plot, dots, clusters };
}

/** Throws a readable error for duplicate ids or positions off the plane; silently dropping them is what this module exists to avoid. */
function checkItems(items: readonly PlaneItem[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`layoutLandscape: tool id "${item.id}" appears twice; each tool must be given once`);
    seen.add(item.id);
    const { artifact, scope } = item.position;
    if (!(artifact >= 0 && artifact <= 1 && scope >= 0 && scope <= 1)) {
      throw new Error(`layoutLandscape: tool "${item.id}" has position {artifact: ${artifact}, scope: ${scope}}; both must be numbers from 0 to 1`);
    }
  }
}

/**
 * The area each quadrant's markers may use: the quadrant's part of the plot,
 * shrunk by half the spacing so markers stay inside the plot and markers on
 * either side of a midline stay a full spacing apart.
 */
function quadrantBoxes(plot: PlotBox, midX: number, midY: number, inset: number): Record<QuadrantId, PlotBox> {
  const software = { left: plot.left + inset, right: midX - inset };
  const model = { left: midX + inset, right: plot.right - inset };
  const allInOne = { top: plot.top + inset, bottom: midY - inset };
  const piecemeal = { top: midY + inset, bottom: plot.bottom - inset };
  return {
    'cloud-platforms': { ...software, ...allInOne },
    'ml-platforms': { ...model, ...allInOne },
    'specialized-ml-tools': { ...model, ...piecemeal },
    'standard-swe-tools': { ...software, ...piecemeal },
  };
}

function insideBox(p: Point, box: PlotBox): boolean {
  return p.x >= box.left - 1e-9 && p.x <= box.right + 1e-9 && p.y >= box.top - 1e-9 && p.y <= box.bottom + 1e-9;
}

function clampToBox(p: Point, box: PlotBox): Point {
  return { x: Math.min(box.right, Math.max(box.left, p.x)), y: Math.min(box.bottom, Math.max(box.top, p.y)) };
}

/**
 * Candidate offsets, nearest first: the point itself, then rings half a
 * spacing apart, each sampled about every third of a spacing along its
 * circumference, starting straight up. Fixed angles keep the result stable.
 */
function ringOffsets(spacing: number, maxShift: number): [number, number][] {
  const offsets: [number, number][] = [[0, 0]];
  const step = spacing / 2;
  for (let ring = 1; ring * step <= maxShift + 1e-9; ring += 1) {
    const radius = ring * step;
    const count = Math.max(6, Math.ceil((2 * Math.PI * radius) / (spacing / 3)));
    for (let i = 0; i < count; i += 1) {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count + (ring % 2) * (Math.PI / count);
      offsets.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
    }
  }
  return offsets;
}

/**
 * The marker an overflowing tool joins: the nearest cluster of its quadrant
 * within `reach`, so one dense spot grows one cluster rather than many; else
 * the nearest marker of its quadrant at any distance.
 */
function nearestHost(markers: readonly Marker[], quadrant: QuadrantId, ideal: Point, reach: number): Marker | undefined {
  let bestCluster: Marker | undefined;
  let bestClusterDistance = reach * reach;
  let bestAny: Marker | undefined;
  let bestAnyDistance = Number.POSITIVE_INFINITY;
  for (const marker of markers) {
    if (marker.quadrant !== quadrant) continue;
    const d = (marker.x - ideal.x) ** 2 + (marker.y - ideal.y) ** 2;
    if (marker.members.length > 1 && d <= bestClusterDistance) {
      bestCluster = marker;
      bestClusterDistance = d;
    }
    if (d < bestAnyDistance) {
      bestAny = marker;
      bestAnyDistance = d;
    }
  }
  return bestCluster ?? bestAny;
}

/** Code-point order: the same on every machine, unlike locale-aware comparison. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNames(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return compareNameText(a.name, b.name) || compareIds(a.id, b.id);
}
