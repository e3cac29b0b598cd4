/**
 * One quadrant of the landscape, enlarged until every one of its tools has
 * its name on the drawing (/map/<quadrant>/): positions inside the quadrant
 * are stretched to the whole plot and spread out where tools crowd (half of
 * each coordinate is the tool's rank along that axis, so the order along both
 * axes is kept), and the drawing grows with the number of tools, then again by
 * a fifth at a time while names still do not fit and growing still frees them.
 */
import type { QuadrantId } from '../../schemas/ids.ts';
import { labelLandscape, type LabelledLandscape, type LabelOptions } from './labelLandscape.ts';
import type { LayoutOptions, PlaneItem } from './types.ts';

/** Each quadrant's part of the plane (quadrantOf: 0.5 belongs to the model and all-in-one sides). */
const QUADRANT_BOUNDS: Record<QuadrantId, { artifact: readonly [number, number]; scope: readonly [number, number] }> = {
  'cloud-platforms': { artifact: [0, 0.5], scope: [0.5, 1] },
  'ml-platforms': { artifact: [0.5, 1], scope: [0.5, 1] },
  'standard-swe-tools': { artifact: [0, 0.5], scope: [0, 0.5] },
  'specialized-ml-tools': { artifact: [0.5, 1], scope: [0, 0.5] },
};

/** Room per tool (SVG units²) a quadrant drawing starts from, and the smallest drawing. */
const AREA_PER_TOOL = 12000;
const MIN = { width: 960, height: 740 };
/**
 * At most this many enlargements, each by a fifth; given up after PATIENCE in a row that name no more tools while
 * more than the CROWDED share of the quadrant's tools is still in clusters.
 */
const MAX_GROWTH = 12;
const PATIENCE = 2;
const CROWDED = 0.05;

/**
 * @example zoomQuadrant(tools, 'ml-platforms', { fontSize: 11, dotRadius: 6, clusterRadius: 11 }).clusters // → []
 */
export function zoomQuadrant(items: readonly PlaneItem[], quadrant: QuadrantId, labels: LabelOptions, base: Pick<LayoutOptions, 'spacing' | 'margin'> = { spacing: 24, margin: { top: 16, right: 16, bottom: 16, left: 16 } }): LabelledLandscape & { quadrant: QuadrantId } {
  const bounds = QUADRANT_BOUNDS[quadrant];
  const stretch = (value: number, [low, high]: readonly [number, number]) => Math.min(1, Math.max(0, (value - low) / (high - low)));
  const linear = items.map((item) => ({ artifact: stretch(item.position.artifact, bounds.artifact), scope: stretch(item.position.scope, bounds.scope) }));
  // Half of each coordinate is the tool's rank along that axis (ties broken by id, so tools given the same spot
  // spread out too): crowded spots open up, empty ones shrink, and the order along each axis is kept.
  const rankOf = (axis: 'artifact' | 'scope') => {
    const order = items.map((item, i) => ({ i, value: linear[i]![axis], id: item.id })).sort((a, b) => a.value - b.value || (a.id < b.id ? -1 : 1));
    const rank = new Array<number>(items.length);
    order.forEach((entry, position) => (rank[entry.i] = order.length > 1 ? position / (order.length - 1) : 0.5));
    return rank;
  };
  const rankArtifact = rankOf('artifact');
  const rankScope = rankOf('scope');
  const inside = items.map((item, i) => {
    const p = linear[i]!;
    return { id: item.id, name: item.name, quadrant, position: { artifact: (p.artifact + rankArtifact[i]!) / 2, scope: (p.scope + rankScope[i]!) / 2 } };
  });
  let area = Math.max(MIN.width * MIN.height, inside.length * AREA_PER_TOOL);
  let best: { map: LabelledLandscape; clustered: number; misses: number } | undefined;
  for (let attempt = 0; attempt <= MAX_GROWTH; attempt++) {
    const width = Math.max(MIN.width, Math.round(Math.sqrt(area * (MIN.width / MIN.height))));
    const height = Math.max(MIN.height, Math.round(area / width));
    const map = labelLandscape(inside, { ...base, width, height, maxShift: base.spacing * 4, zoomed: true }, labels);
    const clustered = map.clusters.reduce((sum, cluster) => sum + cluster.members.length, 0);
    if (clustered === 0) return { ...map, quadrant };
    // Growing helps while it frees names. When many tools share one spot (positions are given to two decimals, so a
    // large catalogue has many), a larger drawing frees none: with more than a twentieth of the tools still in
    // clusters after two such tries, the best drawing is kept. A few names left over are always worth growing for.
    if (!best || clustered < best.clustered) best = { map, clustered, misses: 0 };
    else if (++best.misses >= PATIENCE && best.clustered > inside.length * CROWDED) break;
    area *= 1.2;
  }
  return { ...best!.map, quadrant };
}
