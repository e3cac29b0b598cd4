import { describe, expect, it } from 'vitest';
import { layoutRadar, type RadarItem } from '../../../src/lib/radar/layoutRadar.ts';
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
