/**
 * Place blips on a personal radar: four quadrants (the landscape's) × four
 * rings (Adopt at the centre … Hold outside). Every blip is placed, none
 * overlap: each quadrant-ring sector gets a polar grid of slots spaced by at
 * least one blip diameter plus a gap (chord distance, not arc length), and the
 * blip radius shrinks until every sector has room. Deterministic: the same
 * items in the same order always land in the same places.
 */
import { QUADRANT_IDS, RING_IDS, type QuadrantId, type RingId } from '../../schemas/ids.ts';

export interface RadarItem {
  id: string;
  ring: RingId;
  quadrant: QuadrantId;
}

export interface PlacedBlip extends RadarItem {
  x: number;
  y: number;
}

export interface RadarLayout {
  size: number;
  /** Outer radius of each ring, from Adopt outwards. */
  ringRadii: number[];
  /** Angle range of each quadrant, radians, 0 = 12 o'clock, clockwise. */
  quadrantAngles: Record<QuadrantId, [number, number]>;
  blipRadius: number;
  blips: PlacedBlip[];
}

/** Extensions for the editors' radar; the defaults keep the personal radar's layout unchanged. */
export interface RadarLayoutOptions {
  /** Angles (radians, 0 = 12 o'clock, clockwise) of rays from the centre that blips keep clear of, e.g. where ring labels go. */
  clearRays?: readonly number[];
  /** Half-width of the free strip along each clear ray, in addition to the blip radius. */
  clearance?: number;
  /** Minimum width of a ring (wide enough for its label); default one row of full-size blips. */
  minRingWidth?: number;
  /**
   * Give each quadrant an angle in proportion to its blips (never less than this share of the circle), instead of a
   * quarter each, so a team whose tools sit mostly in one quadrant gets a radar where they spread out.
   */
  shareByCount?: number;
}

/**
 * Quadrant angles in the fixed quadrant order clockwise from 12 o'clock: each gets `floor` of the circle, and the
 * rest is shared out in proportion to the blips.
 * @example quadrantAnglesFor({ 'ml-platforms': 30, 'specialized-ml-tools': 10, 'standard-swe-tools': 0, 'cloud-platforms': 0 }, 0.1)['ml-platforms'] // → [0, ≈3.3]
 */
export function quadrantAnglesFor(counts: Record<QuadrantId, number>, floor: number): Record<QuadrantId, [number, number]> {
  const order = Object.keys(RADAR_QUADRANT_ANGLES) as QuadrantId[];
  const total = order.reduce((sum, q) => sum + counts[q], 0);
  if (total === 0) return RADAR_QUADRANT_ANGLES;
  // Each quadrant gets the floor, and the rest of the circle is shared out in proportion to the blips.
  const shares = order.map((q) => floor + (1 - order.length * floor) * (counts[q] / total));
  let start = 0;
  return Object.fromEntries(order.map((q, i) => [q, [start, (start += shares[i]! * 2 * Math.PI)] as [number, number]])) as Record<QuadrantId, [number, number]>;
}

/** Quadrants on the radar sit where they sit on the landscape plane: model side right, all-in-one on top. */
export const RADAR_QUADRANT_ANGLES: Record<QuadrantId, [number, number]> = {
  'ml-platforms': [0, Math.PI / 2],
  'specialized-ml-tools': [Math.PI / 2, Math.PI],
  'standard-swe-tools': [Math.PI, (3 * Math.PI) / 2],
  'cloud-platforms': [(3 * Math.PI) / 2, 2 * Math.PI],
};

const GAP = 2;

/**
 * Ring radii: each ring gets an area share that grows with the number of its
 * blips (area grows with r², hence the sqrt), so a crowded ring is wider
 * instead of its blips shrinking; every ring keeps at least `minWidth`
 * (enough for one row of full-size blips), the rest is taken from rings with room to spare.
 */
export function ringRadiiFor(counts: readonly number[], radius: number, minWidth = 0): number[] {
  const weights = counts.map((n) => n + 2);
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const outer = weights.map((w) => radius * Math.sqrt((cumulative += w) / total));
  const widths = outer.map((r, i) => r - (i === 0 ? 0 : outer[i - 1]!));
  const floor = Math.min(minWidth, radius / counts.length);
  const deficit = widths.reduce((sum, w) => sum + Math.max(0, floor - w), 0);
  const surplus = widths.reduce((sum, w) => sum + Math.max(0, w - floor), 0);
  const adjusted = widths.map((w) => (w < floor ? floor : w - (surplus ? ((w - floor) / surplus) * deficit : 0)));
  let edge = 0;
  return adjusted.map((w) => (edge += w));
}

/** Distance from point p (relative to the centre) to the ray from the centre at `angle`. */
function distanceToRay(p: { x: number; y: number }, angle: number): number {
  const dx = Math.sin(angle);
  const dy = -Math.cos(angle);
  const along = p.x * dx + p.y * dy;
  return along <= 0 ? Math.hypot(p.x, p.y) : Math.abs(p.x * dy - p.y * dx);
}

function slotsFor(r0: number, r1: number, a0: number, a1: number, b: number, clear: { rays: readonly number[]; width: number } = { rays: [], width: 0 }): { x: number; y: number }[] {
  const slots: { x: number; y: number }[] = [];
  const step = 2 * b + GAP;
  for (let rho = r0 + b + GAP / 2 + (r0 === 0 ? step / 2 : 0); rho <= r1 - b - GAP / 2 + 1e-9; rho += step) {
    // Keep a blip's whole disc inside the sector, then space centres by a chord of `step`.
    const margin = Math.asin(Math.min(1, (b + GAP / 2) / rho));
    const dTheta = 2 * Math.asin(Math.min(1, step / (2 * rho)));
    const start = a0 + margin;
    const end = a1 - margin;
    if (end < start) continue;
    const count = Math.floor((end - start) / dTheta) + 1;
    const spare = end - start - (count - 1) * dTheta;
    for (let i = 0; i < count; i++) {
      const theta = start + spare / 2 + i * dTheta;
      const slot = { x: rho * Math.sin(theta), y: -rho * Math.cos(theta) };
      if (clear.rays.every((ray) => distanceToRay(slot, ray) >= b + GAP / 2 + clear.width)) slots.push(slot);
    }
  }
  return slots;
}

/** Pick n of the slots spread evenly over the list, so a sparse sector is not crowded into one corner. */
function spread<T>(slots: T[], n: number): T[] {
  if (n === slots.length) return slots;
  return Array.from({ length: n }, (_, i) => slots[Math.floor(((i + 0.5) * slots.length) / n)]!);
}

/**
 * @example layoutRadar([{ id: 'mlflow', ring: 'assess', quadrant: 'ml-platforms' }], 400).blips[0] // → { id: 'mlflow', x: …, y: … }
 */
export function layoutRadar(items: readonly RadarItem[], size = 480, maxBlipRadius = 11, options: RadarLayoutOptions = {}): RadarLayout {
  const radius = size / 2 - 4;
  const ringRadii = ringRadiiFor(RING_IDS.map((ring) => items.filter((item) => item.ring === ring).length), radius, options.minRingWidth ?? 2 * maxBlipRadius + 3 * GAP);
  const angles =
    options.shareByCount === undefined
      ? RADAR_QUADRANT_ANGLES
      : quadrantAnglesFor(Object.fromEntries(QUADRANT_IDS.map((q) => [q, items.filter((item) => item.quadrant === q).length])) as Record<QuadrantId, number>, options.shareByCount);
  const clear = { rays: options.clearRays ?? [], width: options.clearance ?? 0 };
  const groups = new Map<string, RadarItem[]>();
  for (const item of items) {
    const key = `${item.quadrant}|${item.ring}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  let b = maxBlipRadius;
  // Shrink until every sector has room; capacity grows roughly with 1/b², so this ends.
  for (;;) {
    const fits = [...groups].every(([key, list]) => {
      const [quadrant, ring] = key.split('|') as [QuadrantId, RingId];
      const ringIndex = RING_IDS.indexOf(ring);
      const [a0, a1] = angles[quadrant];
      return slotsFor(ringIndex === 0 ? 0 : ringRadii[ringIndex - 1]!, ringRadii[ringIndex]!, a0, a1, b, clear).length >= list.length;
    });
    if (fits) break;
    if (b < 0.05) throw new Error(`layoutRadar: cannot fit ${items.length} blips`);
    b *= 0.9;
  }
  const blips: PlacedBlip[] = [];
  for (const quadrant of QUADRANT_IDS) {
    for (const [ringIndex, ring] of RING_IDS.entries()) {
      const list = groups.get(`${quadrant}|${ring}`) ?? [];
      if (!list.length) continue;
      const [a0, a1] = angles[quadrant];
      const slots = spread(slotsFor(ringIndex === 0 ? 0 : ringRadii[ringIndex - 1]!, ringRadii[ringIndex]!, a0, a1, b, clear), list.length);
      list.forEach((item, i) => blips.push({ ...item, x: round(slots[i]!.x + size / 2), y: round(slots[i]!.y + size / 2) }));
    }
  }
  // Keep the caller's order so blip numbers follow the ranking.
  const order = new Map(items.map((item, i) => [item.id, i]));
  blips.sort((p, q) => order.get(p.id)! - order.get(q.id)!);
  return { size, ringRadii, quadrantAngles: angles, blipRadius: round(b), blips };
}

const round = (n: number) => Math.round(n * 100) / 100;
