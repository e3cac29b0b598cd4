import { describe, expect, it } from 'vitest';
import { polygonArea, polygonContains } from 'd3';
import { radarBands, radarRingAt } from '../../../src/lib/layout/radarBands.ts';

describe('radar bands', () => {
  it('run from Adopt to Hold and cover the plane without gaps or overlaps', () => {
    const bands = radarBands();
    expect(bands.map((b) => b.ring)).toEqual(['adopt', 'trial', 'assess', 'hold']);
    const total = bands.reduce((sum, b) => sum + Math.abs(polygonArea(b.polygon)), 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('put the software edge and the software/piecemeal corner in Adopt and the far model/all-in-one corner in Hold', () => {
    for (let scope = 0; scope <= 1; scope += 0.1) expect(radarRingAt({ artifact: 0, scope })).toBe('adopt');
    expect(radarRingAt({ artifact: 0.1, scope: 0.1 })).toBe('adopt');
    expect(radarRingAt({ artifact: 1, scope: 1 })).toBe('hold');
    expect(radarRingAt({ artifact: 0.75, scope: 0.25 })).toBe('trial');
    expect(radarRingAt({ artifact: 0.7, scope: 0.65 })).toBe('assess');
  });

  it('label each band at a point inside it', () => {
    for (const band of radarBands()) {
      expect(polygonContains(band.polygon, [band.labelAt.artifact, band.labelAt.scope])).toBe(true);
      expect(radarRingAt(band.labelAt)).toBe(band.ring);
    }
  });
});
