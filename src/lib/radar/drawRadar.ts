/**
 * The geometry of a radar drawing, shared by the editors' radar (drawn by an
 * Astro component at build time) and the personal radar on the results page
 * (drawn in the browser): sectors, ring lines and axes, ring names on their
 * clear strip, quadrant names outside the circle, and each blip with its
 * number and movement marker. Plain data only: each renderer turns it into SVG
 * elements its own way, so both radars look and behave the same.
 */
import { QUADRANT_IDS, type QuadrantId, type RingId } from '../../schemas/ids.ts';
import type { RadarLayout } from './layoutRadar.ts';
import { movementArc, ringLabelPositions, type Movement } from './editorsRadar.ts';

/** Room above and below the circle for the quadrant names, in viewBox units. */
export const RADAR_PAD = 44;

export interface RadarBlipInput {
  id: string;
  quadrant: QuadrantId;
  number: number;
  movement?: Movement;
  x: number;
  y: number;
}

export interface RadarShape {
  viewBox: string;
  centre: number;
  sectors: { quadrant: QuadrantId; ring: number; d: string }[];
  axes: { x1: number; y1: number; x2: number; y2: number }[];
  ringRadii: number[];
  ringLabels: { ring: RingId; x: number; y: number }[];
  /** Outside the circle, in the corner of the quadrant's side, so blips can never cover them. */
  quadrantLabels: { quadrant: QuadrantId; x: number; y: number; anchor: 'start' | 'end'; count: number }[];
  blips: { id: string; x: number; y: number; r: number; number: number; fontSize: number; movement: Movement; arc: string; numberY: number }[];
}

const f = (n: number) => Math.round(n * 100) / 100;

/** Which corner each quadrant's name goes in: the landscape's own arrangement (model right, all-in-one on top). */
const CORNER: Record<QuadrantId, { right: boolean; top: boolean }> = {
  'ml-platforms': { right: true, top: true },
  'specialized-ml-tools': { right: true, top: false },
  'standard-swe-tools': { right: false, top: false },
  'cloud-platforms': { right: false, top: true },
};

/**
 * @example drawRadar(layoutRadar(items, 1000), blips).sectors.length // → 16
 */
export function drawRadar(layout: RadarLayout, blips: readonly RadarBlipInput[]): RadarShape {
  const c = layout.size / 2;
  const outer = layout.ringRadii.at(-1)!;
  const polar = (r: number, a: number) => [c + r * Math.sin(a), c - r * Math.cos(a)] as const;
  const sector = (r0: number, r1: number, a0: number, a1: number) => {
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const [x0, y0] = polar(r1, a0);
    const [x1, y1] = polar(r1, a1);
    const [x2, y2] = polar(r0, a1);
    const [x3, y3] = polar(r0, a0);
    return r0 === 0
      ? `M${c},${c}L${f(x0)},${f(y0)}A${f(r1)},${f(r1)} 0 ${large} 1 ${f(x1)},${f(y1)}Z`
      : `M${f(x0)},${f(y0)}A${f(r1)},${f(r1)} 0 ${large} 1 ${f(x1)},${f(y1)}L${f(x2)},${f(y2)}A${f(r0)},${f(r0)} 0 ${large} 0 ${f(x3)},${f(y3)}Z`;
  };
  const quadrants = QUADRANT_IDS.map((q) => [q, layout.quadrantAngles[q]] as const);
  const fontSize = f(Math.min(11, layout.blipRadius * 0.9));
  return {
    viewBox: `0 ${-RADAR_PAD} ${layout.size} ${layout.size + 2 * RADAR_PAD}`,
    centre: c,
    sectors: quadrants.flatMap(([quadrant, [a0, a1]]) => layout.ringRadii.map((r1, ring) => ({ quadrant, ring, d: sector(ring === 0 ? 0 : layout.ringRadii[ring - 1]!, r1, a0, a1) }))),
    axes: quadrants.map(([, [a0]]) => {
      const [x, y] = polar(outer, a0);
      return { x1: c, y1: c, x2: f(x), y2: f(y) };
    }),
    ringRadii: layout.ringRadii.map(f),
    ringLabels: ringLabelPositions(layout).map((l) => ({ ring: l.ring, x: f(l.x), y: f(l.y + 4.5) })),
    quadrantLabels: QUADRANT_IDS.map((quadrant) => {
      const { right, top } = CORNER[quadrant];
      return { quadrant, x: right ? layout.size : 0, y: top ? -RADAR_PAD / 2 + 6 : layout.size + RADAR_PAD / 2 + 6, anchor: right ? ('end' as const) : ('start' as const), count: blips.filter((b) => b.quadrant === quadrant).length };
    }),
    blips: blips.map((b) => {
      const movement = b.movement ?? 'none';
      return { id: b.id, x: b.x, y: b.y, r: layout.blipRadius, number: b.number, fontSize, movement, arc: movementArc({ movement, x: b.x, y: b.y }, layout), numberY: f(b.y + fontSize * 0.35) };
    }),
  };
}
