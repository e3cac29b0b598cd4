import { describe, expect, it } from 'vitest';
import { layoutRadar, quadrantAnglesFor, type RadarItem } from '../../../src/lib/radar/layoutRadar.ts';
import { drawRadar } from '../../../src/lib/radar/drawRadar.ts';
import { QUADRANT_IDS, RING_IDS } from '../../../src/schemas/ids.ts';

function items(n: number, pick: (i: number) => Pick<RadarItem, 'ring' | 'quadrant'>): RadarItem[] {
  return Array.from({ length: n }, (_, i) => ({ id: `t${i}`, ...pick(i) }));
}

function assertNoOverlap(layout: ReturnType<typeof layoutRadar>) {
  const { blips, blipRadius } = layout;
  for (let i = 0; i < blips.length; i++) {
    for (let j = i + 1; j < blips.length; j++) {
      const d = Math.hypot(blips[i]!.x - blips[j]!.x, blips[i]!.y - blips[j]!.y);
      expect(d, `${blips[i]!.id} and ${blips[j]!.id} overlap`).toBeGreaterThanOrEqual(2 * blipRadius);
    }
  }
}

/** The ring and quadrant a point falls in, computed independently of the layout code. */
function whereIs(layout: ReturnType<typeof layoutRadar>, x: number, y: number) {
  const c = layout.size / 2;
  const r = Math.hypot(x - c, y - c);
  let angle = Math.atan2(x - c, -(y - c));
  if (angle < 0) angle += 2 * Math.PI;
  const ring = RING_IDS[layout.ringRadii.findIndex((outer) => r <= outer)];
  const quadrant = QUADRANT_IDS.find((q) => angle >= layout.quadrantAngles[q][0] && angle < layout.quadrantAngles[q][1]);
  return { ring, quadrant };
}

describe('layoutRadar', () => {
  it('places every blip inside its own ring and quadrant, without overlaps', () => {
    const list = items(60, (i) => ({ ring: RING_IDS[i % 4]!, quadrant: QUADRANT_IDS[(i * 7) % 4]! }));
    const layout = layoutRadar(list, 480);
    expect(layout.blips.map((b) => b.id)).toEqual(list.map((i) => i.id));
    for (const blip of layout.blips) expect(whereIs(layout, blip.x, blip.y)).toEqual({ ring: blip.ring, quadrant: blip.quadrant });
    assertNoOverlap(layout);
  });

  it('never drops a blip, even when 200 crowd into the smallest sector', () => {
    const layout = layoutRadar(items(200, () => ({ ring: 'adopt', quadrant: 'ml-platforms' })), 480);
    expect(layout.blips).toHaveLength(200);
    expect(layout.blipRadius).toBeLessThan(11);
    assertNoOverlap(layout);
    for (const blip of layout.blips) expect(whereIs(layout, blip.x, blip.y)).toEqual({ ring: 'adopt', quadrant: 'ml-platforms' });
  });

  it('is deterministic', () => {
    const list = items(30, (i) => ({ ring: RING_IDS[i % 3]!, quadrant: QUADRANT_IDS[i % 4]! }));
    expect(layoutRadar(list)).toEqual(layoutRadar(list));
  });
});

describe('ringRadiiFor', () => {
  it('gives a crowded ring more room, keeps empty rings visible, and ends at the radius', async () => {
    const { ringRadiiFor } = await import('../../../src/lib/radar/layoutRadar.ts');
    const [adopt, trial, assess, hold] = ringRadiiFor([2, 30, 2, 1], 100, 12);
    expect(hold).toBeCloseTo(100);
    expect(trial! - adopt!).toBeGreaterThan(assess! - trial!);
    expect(hold! - assess!).toBeGreaterThanOrEqual(12 - 1e-9);
    expect(assess! - trial!).toBeGreaterThanOrEqual(12 - 1e-9);
  });
});

describe('quadrant shares (personal radar)', () => {
  it('give each quadrant an angle in proportion to its blips, never under the floor, covering the whole circle in the fixed order', () => {
    const angles = quadrantAnglesFor({ 'ml-platforms': 30, 'specialized-ml-tools': 10, 'standard-swe-tools': 0, 'cloud-platforms': 0 }, 0.1);
    const width = (q: keyof typeof angles) => angles[q][1] - angles[q][0];
    expect(angles['ml-platforms'][0]).toBe(0);
    expect(angles['cloud-platforms'][1]).toBeCloseTo(2 * Math.PI, 9);
    expect(width('standard-swe-tools')).toBeCloseTo(0.2 * Math.PI, 9);
    expect(width('cloud-platforms')).toBeCloseTo(0.2 * Math.PI, 9);
    // The rest is shared out by the blips: 30 against 10.
    expect(width('ml-platforms') - 0.2 * Math.PI).toBeCloseTo(3 * (width('specialized-ml-tools') - 0.2 * Math.PI), 5);
  });

  it('spread a team crowded into one quadrant over a wider wedge, and the drawing follows it', () => {
    const crowded = items(40, (i) => ({ ring: RING_IDS[i % 4]!, quadrant: i < 36 ? 'specialized-ml-tools' : 'ml-platforms' }));
    const even = layoutRadar(crowded, 400, 16);
    const shared = layoutRadar(crowded, 400, 16, { shareByCount: 0.12 });
    expect(shared.blipRadius).toBeGreaterThan(even.blipRadius);
    const [a0, a1] = shared.quadrantAngles['specialized-ml-tools'];
    expect(a1 - a0).toBeGreaterThan(Math.PI);
    const shape = drawRadar(shared, shared.blips.map((b, i) => ({ ...b, number: i + 1 })));
    expect(shape.sectors).toHaveLength(16);
    // A wedge wider than half the circle needs the large-arc flag, or it would be drawn the short way round.
    expect(shape.sectors.find((s) => s.quadrant === 'specialized-ml-tools' && s.ring === 3)!.d).toMatch(/A[\d.]+,[\d.]+ 0 1 1/);
    expect(shape.quadrantLabels.find((l) => l.quadrant === 'specialized-ml-tools')!.count).toBe(36);
  });
});
