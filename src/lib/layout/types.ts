/**
 * Types shared by the landscape layout: what goes in (tools with a position on
 * the artifact × scope plane) and what comes out (markers in SVG user units,
 * each either a dot for one tool or a cluster holding several).
 */
import type { QuadrantId } from '../../schemas/ids.ts';
import { wholeNumberOverride } from '../wholeNumberOverride.ts';

/** A point on the landscape plane. Both axes run 0..1 (framework.md §3). */
export interface PlanePosition {
  /** 0 = centred on software artifacts, 1 = centred on the trained model. */
  artifact: number;
  /** 0 = piecemeal, 1 = all-in-one. */
  scope: number;
}

/** One tool to place. */
export interface PlaneItem {
  id: string;
  name: string;
  position: PlanePosition;
  /** The tool's quadrant, when `position` is not on the full plane (a zoomed quadrant). */
  quadrant?: QuadrantId;
}

/** Size of the drawing and the rules the placement must respect. */
export interface LayoutOptions {
  /** Width of the SVG viewBox. */
  width: number;
  /** Height of the SVG viewBox. */
  height: number;
  /** Room around the plot for axis titles and quadrant labels. */
  margin: { top: number; right: number; bottom: number; left: number };
  /**
   * Smallest distance between the centres of any two markers. Dots and
   * cluster markers are drawn with a radius below half of it, so no two
   * overlap; 24 or more also keeps every target 24 px apart (WCAG 2.2 target size).
   */
  spacing: number;
  /**
   * How far a dot may be moved from its true position to make room. A tool
   * that finds no free place within this distance joins a cluster instead.
   */
  maxShift: number;
  /**
   * The drawing shows one quadrant, enlarged: positions are within that
   * quadrant rescaled to 0..1, and the whole plot is one region.
   */
  zoomed?: boolean;
}

/** The plot area inside the margins, in SVG user units. */
export interface PlotBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A tool drawn as its own dot. */
export interface PlacedDot extends Point {
  kind: 'dot';
  id: string;
  name: string;
  quadrant: QuadrantId;
  /** Where the tool's position maps to before collisions moved it. */
  ideal: Point;
}

/** Several tools drawn as one marker that says how many it holds. */
export interface PlacedCluster extends Point {
  kind: 'cluster';
  /** Stable anchor id, numbered in reading order: "cluster-1", "cluster-2", … */
  key: string;
  /** 1-based number shown to people ("cluster 3"). */
  number: number;
  quadrant: QuadrantId;
  /** The tools in the cluster, by name. */
  members: { id: string; name: string; ideal: Point }[];
}

export interface LandscapeLayout {
  width: number;
  height: number;
  plot: PlotBox;
  /** Dots sorted by tool name. */
  dots: PlacedDot[];
  /** Clusters in reading order (top to bottom, then left to right). */
  clusters: PlacedCluster[];
}

/**
 * The options the full landscape map uses: drawn at about one SVG unit per
 * pixel in the page's 70rem column, so the 11-unit names read at 11 px.
 */
export const MAP_LAYOUT: LayoutOptions = {
  width: 1120,
  height: 880,
  margin: { top: 48, right: 24, bottom: 56, left: 56 },
  spacing: 28,
  maxShift: 120,
};

/** How names are drawn on the map and the quadrant maps (CSS uses the same sizes). */
export const MAP_LABELS = { fontSize: 11, dotRadius: 6, clusterRadius: 13 } as const;

/**
 * Up to this many tools, the whole map's page also lists every tool: the members of each cluster, the tools of each
 * quadrant and a table of every tool's place. Beyond it those lists would outweigh the map (a 10,000-tool catalogue
 * made a 6 MB page), so the page says how many tools each cluster and quadrant holds and links to the quadrant maps,
 * which name and list every tool, and to the catalogue and open data. NAVIGATOR_MAP_LIST_LIMIT overrides it in tests.
 */
export const MAP_LIST_LIMIT = 1000;

/** The limit in force: a whole number of at least 1 from the override, or MAP_LIST_LIMIT. */
export function mapListLimit(override: string | undefined): number {
  return wholeNumberOverride(override, MAP_LIST_LIMIT);
}
