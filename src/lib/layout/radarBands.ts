/**
 * The radar rings drawn on the landscape as fuzzy diagonal bands
 * (framework.md §4): Adopt covers the software-focused, piecemeal corner and
 * the whole software edge; Trial and Assess follow towards the model side;
 * Hold is the far model-focused, all-in-one corner.
 *
 * A band is the set of points whose "distance from the safe corner"
 * `artifact + TILT × scope` falls between two thresholds. The tilt below 1
 * makes the bands lean so that the software edge (artifact 0) stays Adopt all
 * the way up. The thresholds are a rough guide, like the essay's own figure.
 */
import { RING_IDS, type RingId } from '../../schemas/ids.ts';
import type { PlanePosition } from './types.ts';

/** How much scope counts against artifact when measuring how far out a point is. */
export const RADAR_TILT = 0.35;

/** Upper bound of each ring's band (the last ring has none). */
export const RADAR_THRESHOLDS: Record<Exclude<RingId, 'hold'>, number> = { adopt: 0.55, trial: 0.9, assess: 1.15 };

export interface RadarBand {
  ring: RingId;
  /** The band's outline on the plane, as [artifact, scope] corners in order. */
  polygon: [number, number][];
  /** A point well inside the band for its label. */
  labelAt: PlanePosition;
}

/** How far out a point is: 0 at the software/piecemeal corner, 1 + RADAR_TILT at the model/all-in-one corner. */
export function radarDistance(position: PlanePosition): number {
  return position.artifact + RADAR_TILT * position.scope;
}

/**
 * The ring whose band contains a position.
 *
 * @example
 * radarRingAt({ artifact: 0, scope: 1 })    // → 'adopt' (the software edge)
 * radarRingAt({ artifact: 0.95, scope: 0.95 }) // → 'hold'
 */
export function radarRingAt(position: PlanePosition): RingId {
  const d = radarDistance(position);
  if (d < RADAR_THRESHOLDS.adopt) return 'adopt';
  if (d < RADAR_THRESHOLDS.trial) return 'trial';
  if (d < RADAR_THRESHOLDS.assess) return 'assess';
  return 'hold';
}

/**
 * The four bands as polygons covering the unit square without gaps or overlaps.
 *
 * @example
 * radarBands().map((band) => band.ring) // → ['adopt', 'trial', 'assess', 'hold']
 */
export function radarBands(): RadarBand[] {
  const square: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1]];
  const bounds = [0, RADAR_THRESHOLDS.adopt, RADAR_THRESHOLDS.trial, RADAR_THRESHOLDS.assess, 1 + RADAR_TILT];
  return RING_IDS.map((ring, i) => {
    const low = bounds[i]!;
    const high = bounds[i + 1]!;
    // Keep low ≤ d ≤ high: clip the square by two half-planes.
    const polygon = clip(clip(square, (p) => radarDistance(toPosition(p)) - low), (p) => high - radarDistance(toPosition(p)));
    return { ring, polygon, labelAt: labelPoint(polygon) };
  });
}

function toPosition([artifact, scope]: [number, number]): PlanePosition {
  return { artifact, scope };
}

/**
 * Sutherland–Hodgman: keep the part of a convex polygon where `side(p) ≥ 0`,
 * for a `side` that is linear in p (so edge crossings interpolate exactly).
 */
function clip(polygon: [number, number][], side: (p: [number, number]) => number): [number, number][] {
  const out: [number, number][] = [];
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length]!;
    const sc = side(current);
    const sp = side(previous);
    if (sp >= 0 !== sc >= 0) {
      const t = sp / (sp - sc);
      out.push([previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])]);
    }
    if (sc >= 0) out.push(current);
  });
  return out;
}

/** The average of the polygon's corners: inside, since the bands are convex. */
function labelPoint(polygon: [number, number][]): PlanePosition {
  const n = polygon.length || 1;
  return {
    artifact: polygon.reduce((sum, p) => sum + p[0], 0) / n,
    scope: polygon.reduce((sum, p) => sum + p[1], 0) / n,
  };
}
