/**
 * Names on the landscape map, drawn at the default size with no two labels
 * overlapping, no label over a marker, and none outside the drawing.
 *
 * Each dot tries the spots right next to it first (right, left, above, below,
 * then the diagonals), then spots further out joined to the dot by a leader
 * line. A dot whose name fits nowhere joins a cluster — the nearest cluster of
 * its quadrant, or the nearest dot, which becomes a cluster of two — and the
 * labels are placed again, until every dot left has its name. Clusters carry
 * their count inside the disc and list their tools below the map, so every
 * tool stays findable. Deterministic: the same tools give the same drawing.
 */
import { layoutLandscape } from './layoutLandscape.ts';
import type { LandscapeLayout, LayoutOptions, PlacedCluster, PlacedDot, PlaneItem, PlotBox, Point } from './types.ts';
import { compareNames } from '../text/compareNames.ts';

export interface LabelOptions {
  /** Font size of the names, in SVG user units. */
  fontSize: number;
  /** Radius of a dot and of a cluster disc, as drawn. */
  dotRadius: number;
  clusterRadius: number;
  /** Ring order of importance: names of tools earlier in it are placed first. */
  priority?: (id: string) => number;
}

export interface PlacedLabel {
  id: string;
  /** The text's anchor point and alignment, as SVG <text> takes them (y is the baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The label's estimated bounding box. */
  box: PlotBox;
  /** From the dot's edge to the label, when the label sits away from its dot. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface LabelledLandscape extends LandscapeLayout {
  /** One label per dot, by tool id. Clusters have none: their count is drawn inside. */
  labels: Map<string, PlacedLabel>;
}

// Advance of each character in em, measured in bold DejaVu Sans (the widest of the common sans-serif
// fonts a reader's system-ui may fall back to), so the real text fits inside its estimated box.
const ADVANCE = new Map<string, number>(([["'", 0.31], ["ijl", 0.34], [" ", 0.35], ["IJ/", 0.37], [".,", 0.38], [":", 0.4], ["-", 0.41], ["f", 0.43], ["()!", 0.46], ["t", 0.48], ["r", 0.49], ["_", 0.5], ["z", 0.58], ["c", 0.59], ["s", 0.6], ["L", 0.64], ["vxy", 0.65], ["ak", 0.67], ["eEFT", 0.68], ["o", 0.69], ["0123456789", 0.7], ["hnu", 0.71], ["bdgpqSYZ", 0.72], ["CP", 0.73], ["B", 0.76], ["AKRVX", 0.77], ["U", 0.81], ["G", 0.82], ["D", 0.83], ["HN+", 0.84], ["OQ", 0.85], ["&", 0.87], ["w", 0.92], ["M", 0.99], ["@%", 1], ["m", 1.04], ["W", 1.1]] as [string, number][]).flatMap(([chars, em]) => [...chars].map((char) => [char, em] as [string, number])));
/**
 * A generous estimate of how wide a name is drawn at `fontSize` in the map's
 * bold sans-serif: measured advances, 0.8 em for any other character, plus 4 %.
 * @example estimateTextWidth('MLflow', 11) // → about 45
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += ADVANCE.get(char) ?? 0.8;
  return em * fontSize * 1.04;
}

/** A grid of boxes, for "does this box overlap anything placed?" in about constant time. */
function boxGrid(cell: number) {
  const cells = new Map<number, PlotBox[]>();
  // A number per cell (no strings to build on every look-up); cells far outside any drawing share keys harmlessly.
  const key = (cx: number, cy: number) => (cx + 4096) * 8192 + (cy + 4096);
  const hitsBox = (left: number, right: number, top: number, bottom: number) => {
    for (let cx = Math.floor(left / cell); cx <= Math.floor(right / cell); cx++) {
      for (let cy = Math.floor(top / cell); cy <= Math.floor(bottom / cell); cy++) {
        const list = cells.get(key(cx, cy));
        if (!list) continue;
        for (const other of list) if (left < other.right && right > other.left && top < other.bottom && bottom > other.top) return true;
      }
    }
    return false;
  };
  return {
    add(box: PlotBox) {
      for (let cx = Math.floor(box.left / cell); cx <= Math.floor(box.right / cell); cx++) {
        for (let cy = Math.floor(box.top / cell); cy <= Math.floor(box.bottom / cell); cy++) {
          const k = key(cx, cy);
          const list = cells.get(k);
          if (list) list.push(box);
          else cells.set(k, [box]);
        }
      }
    },
    hits(box: PlotBox) {
      return hitsBox(box.left, box.right, box.top, box.bottom);
    },
    /** True when the segment crosses a stored box (sampled finely enough for labels of this size). */
    crosses(from: Point, to: Point) {
      const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 3);
      for (let i = 1; i < steps; i++) {
        const x = from.x + ((to.x - from.x) * i) / steps;
        const y = from.y + ((to.y - from.y) * i) / steps;
        if (hitsBox(x - 0.5, x + 0.5, y - 0.5, y + 0.5)) return true;
      }
      return false;
    },
  };
}

type Spot = { x: number; y: number; anchor: PlacedLabel['anchor']; box: PlotBox; leader: boolean };

/**
 * The first place around a dot where a label fits (`fits`): nearest first, then on leader lines further out.
 * Candidates are tried one at a time and only the chosen one is kept, since a large map tries many per dot.
 */
function findSpot(dot: Point, width: number, o: LabelOptions, fits: (box: PlotBox, leader: boolean) => boolean): Spot | undefined {
  const h = o.fontSize;
  const gap = o.dotRadius + 2;
  /** A label whose box has its `side` point at (px, py), if it fits there. */
  const at = (px: number, py: number, anchor: PlacedLabel['anchor'], vertical: 'middle' | 'above' | 'below', leader: boolean): Spot | undefined => {
    const left = anchor === 'start' ? px : anchor === 'end' ? px - width : px - width / 2;
    const top = vertical === 'middle' ? py - h / 2 : vertical === 'above' ? py - h : py;
    const box = { left: left - 1, right: left + width + 1, top: top - 2.5, bottom: top + h + 2 };
    if (!fits(box, leader)) return undefined;
    return { x: anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2, y: top + h * 0.78, anchor, box, leader };
  };
  const d = gap * 0.8;
  const near =
    at(dot.x + gap, dot.y, 'start', 'middle', false) ??
    at(dot.x - gap, dot.y, 'end', 'middle', false) ??
    at(dot.x, dot.y - gap, 'middle', 'above', false) ??
    at(dot.x, dot.y + gap, 'middle', 'below', false) ??
    at(dot.x + d, dot.y - d, 'start', 'above', false) ??
    at(dot.x + d, dot.y + d, 'start', 'below', false) ??
    at(dot.x - d, dot.y - d, 'end', 'above', false) ??
    at(dot.x - d, dot.y + d, 'end', 'below', false);
  if (near) return near;
  for (const radius of [gap + 14, gap + 26, gap + 40, gap + 56, gap + 74]) {
    for (let i = 0; i < 16; i++) {
      const angle = -Math.PI / 2 + (i * Math.PI) / 8;
      const px = dot.x + radius * Math.cos(angle);
      const py = dot.y + radius * Math.sin(angle);
      const anchor = Math.abs(Math.cos(angle)) < 0.3 ? 'middle' : Math.cos(angle) > 0 ? 'start' : 'end';
      const spot = at(px, py, anchor, Math.sin(angle) < -0.7 ? 'above' : Math.sin(angle) > 0.7 ? 'below' : 'middle', true);
      if (spot) return spot;
    }
  }
  return undefined;
}

/** The point of a box nearest to p: where a leader line should end. */
const nearestOnBox = (p: Point, box: PlotBox): Point => ({ x: Math.min(box.right, Math.max(box.left, p.x)), y: Math.min(box.bottom, Math.max(box.top, p.y)) });

function placeAll(dots: readonly PlacedDot[], clusters: readonly PlacedCluster[], bounds: PlotBox, o: LabelOptions): { labels: Map<string, PlacedLabel>; unplaced: PlacedDot[] } {
  const grid = boxGrid(48);
  const circle = (p: Point, r: number): PlotBox => ({ left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r });
  // Markers first: no label may cover a dot or a disc.
  for (const dot of dots) grid.add(circle(dot, o.dotRadius + 1));
  for (const cluster of clusters) grid.add(circle(cluster, o.clusterRadius + 1));
  const labels = new Map<string, PlacedLabel>();
  const unplaced: PlacedDot[] = [];
  const rank = o.priority ?? (() => 0);
  const order = [...dots].sort((a, b) => rank(a.id) - rank(b.id) || a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  const inside = (box: PlotBox) => box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
  for (const dot of order) {
    const width = estimateTextWidth(dot.name, o.fontSize);
    const spot = findSpot(dot, width, o, (box, leader) => {
      if (!inside(box) || grid.hits(box)) return false;
      if (!leader) return true;
      const end = nearestOnBox(dot, box);
      return !grid.crosses(towards(dot, end, (o.dotRadius + 1) * 1.5), end);
    });
    if (!spot) {
      unplaced.push(dot);
      continue;
    }
    grid.add(spot.box);
    const label: PlacedLabel = { id: dot.id, x: spot.x, y: spot.y, anchor: spot.anchor, box: spot.box };
    if (spot.leader) {
      const end = nearestOnBox(dot, spot.box);
      const start = towards(dot, end, o.dotRadius);
      label.leader = { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
      // Later labels must not cover the leader either.
      for (let i = 0; i <= 8; i++) {
        const p = { x: start.x + ((end.x - start.x) * i) / 8, y: start.y + ((end.y - start.y) * i) / 8 };
        grid.add(circle(p, 0.75));
      }
    }
    labels.set(dot.id, label);
  }
  return { labels, unplaced };
}

/** The point `distance` from `from` in the direction of `to`. */
function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) * distance) / length, y: from.y + ((to.y - from.y) * distance) / length };
}

/**
 * Lay out the tools (layoutLandscape) and label every dot, clustering the dots
 * whose names cannot be placed.
 *
 * @param bounds where labels may go (default: the plot, so names never reach the axis and quadrant titles)
 * @example
 * const map = labelLandscape(tools, MAP_LAYOUT, { fontSize: 11, dotRadius: 6, clusterRadius: 11 });
 * map.labels.get('mlflow') // → { x: …, y: …, anchor: 'start', box: … }
 */
export function labelLandscape(items: readonly PlaneItem[], layoutOptions: LayoutOptions, options: LabelOptions, bounds?: PlotBox): LabelledLandscape {
  const layout = layoutLandscape(items, layoutOptions);
  const area = bounds ?? layout.plot;
  let dots = [...layout.dots];
  const clusters = layout.clusters.map((cluster) => ({ ...cluster, members: [...cluster.members] }));
  for (;;) {
    const { labels, unplaced } = placeAll(dots, clusters, area, options);
    if (unplaced.length === 0) return finish(layout, dots, clusters, labels);
    const gone = new Set<string>();
    const dotsNear = nearestFinder(dots, 64);
    for (const dot of unplaced) {
      if (gone.has(dot.id)) continue;
      gone.add(dot.id);
      const member = { id: dot.id, name: dot.name, ideal: dot.ideal };
      const near = (p: Point) => (p.x - dot.x) ** 2 + (p.y - dot.y) ** 2;
      // The nearest cluster and the nearest dot left of its quadrant (the first one on a tie), by one scan each.
      const cluster = nearest(clusters, (c) => c.quadrant === dot.quadrant, near);
      const host = dotsNear(dot, (d) => d.quadrant === dot.quadrant && !gone.has(d.id));
      if (cluster && (!host || near(cluster) <= near(host) * 4)) {
        cluster.members.push(member);
      } else if (host) {
        gone.add(host.id);
        clusters.push({ kind: 'cluster', key: '', number: 0, quadrant: dot.quadrant, x: host.x, y: host.y, members: [{ id: host.id, name: host.name, ideal: host.ideal }, member] });
      } else {
        // Alone in its quadrant and still without room: the drawing is too small for its names.
        throw new Error(`labelLandscape: no room for the name of "${dot.id}"; make the drawing larger or the font smaller`);
      }
    }
    dots = dots.filter((d) => !gone.has(d.id));
  }
}

/**
 * A search for the point nearest to another among those `eligible`, the earliest in `points` on a tie, as a scan of
 * the whole list would find it, through a grid of `cell`-sized squares searched ring by ring outwards.
 */
function nearestFinder<T extends Point>(points: readonly T[], cell: number) {
  const grid = new Map<string, number[]>();
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    [minX, maxX, minY, maxY] = [Math.min(minX, cx), Math.max(maxX, cx), Math.min(minY, cy), Math.max(maxY, cy)];
    const key = `${cx},${cy}`;
    (grid.get(key) ?? grid.set(key, []).get(key)!).push(i);
  });
  return (from: Point, eligible: (point: T) => boolean): T | undefined => {
    const cx = Math.floor(from.x / cell);
    const cy = Math.floor(from.y / cell);
    const reach = Math.max(cx - minX, maxX - cx, cy - minY, maxY - cy);
    let best = -1;
    let bestDistance = Infinity;
    for (let ring = 0; ring <= reach; ring++) {
      // Everything in this ring and beyond is at least (ring - 1) cells away along one axis.
      if (ring > 0 && bestDistance < ((ring - 1) * cell) ** 2) break;
      for (let x = cx - ring; x <= cx + ring; x++) {
        for (let y = cy - ring; y <= cy + ring; y++) {
          if (Math.max(Math.abs(x - cx), Math.abs(y - cy)) !== ring) continue;
          for (const i of grid.get(`${x},${y}`) ?? []) {
            const p = points[i]!;
            if (!eligible(p)) continue;
            const d = (p.x - from.x) ** 2 + (p.y - from.y) ** 2;
            if (d < bestDistance || (d === bestDistance && i < best)) {
              best = i;
              bestDistance = d;
            }
          }
        }
      }
    }
    return best < 0 ? undefined : points[best];
  };
}

/** The item nearest by `distance` among those `eligible`, the earliest on a tie (as a stable sort would give). */
function nearest<T>(items: readonly T[], eligible: (item: T) => boolean, distance: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    if (!eligible(item)) continue;
    const d = distance(item);
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function finish(layout: LandscapeLayout, dots: PlacedDot[], clusters: PlacedCluster[], labels: Map<string, PlacedLabel>): LabelledLandscape {
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const numbered = [...clusters]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((cluster, i) => ({ ...cluster, key: `cluster-${i + 1}`, number: i + 1, members: [...cluster.members].sort(byName) }));
  return { ...layout, dots: [...dots].sort(byName), clusters: numbered, labels };
}
