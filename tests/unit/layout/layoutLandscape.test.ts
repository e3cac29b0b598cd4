import { describe, expect, it } from 'vitest';
import { layoutLandscape } from '../../../src/lib/layout/layoutLandscape.ts';
import { MAP_LAYOUT, type LandscapeLayout, type PlaneItem } from '../../../src/lib/layout/types.ts';
import { quadrantOf } from '../../../src/schemas/ids.ts';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import { REAL_CONTENT } from '../../helpers/contentFixture.ts';
import { prng } from '../../helpers/prng.ts';

const random = prng;

function syntheticCatalogue(count: number, seed = 42): PlaneItem[] {
  const next = random(seed);
  // Two decimals, like hand-written positions, so many tools share a spot; a
  // quarter of them crowd into one corner to force clusters.
  const round = (v: number) => Math.round(v * 100) / 100;
  return Array.from({ length: count }, (_, i) => {
    const crowded = i % 4 === 0;
    return {
      id: `tool-${String(i).padStart(4, '0')}`,
      name: `Tool ${i}`,
      position: crowded ? { artifact: round(0.7 + next() * 0.05), scope: round(0.2 + next() * 0.05) } : { artifact: round(next()), scope: round(next()) },
    };
  });
}

function realCatalogue(): PlaneItem[] {
  const { entries } = validateContent(REAL_CONTENT);
  return entries.tools.map((entry) => {
    const data = entry.data as { name: string; position: { artifact: number; scope: number } };
    return { id: entry.id, name: data.name, position: data.position };
  });
}

function markers(layout: LandscapeLayout) {
  return [...layout.dots, ...layout.clusters];
}

/** Every rule a layout must keep, checked pair by pair. */
function expectValidLayout(items: PlaneItem[], layout: LandscapeLayout) {
  const all = markers(layout);
  // No two markers closer than the spacing (markers are drawn smaller than half of it).
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const d = Math.hypot(all[i]!.x - all[j]!.x, all[i]!.y - all[j]!.y);
      expect(d, `markers ${i} and ${j} overlap`).toBeGreaterThanOrEqual(MAP_LAYOUT.spacing - 1e-6);
    }
  }
  // Every tool exactly once, as a dot or in a cluster.
  const shown = [...layout.dots.map((d) => d.id), ...layout.clusters.flatMap((c) => c.members.map((m) => m.id))];
  expect(shown.length).toBe(items.length);
  expect(new Set(shown)).toEqual(new Set(items.map((t) => t.id)));
  // Every marker inside the plot, in the quadrant of its tools, and dots near their true place.
  const byId = new Map(items.map((t) => [t.id, t]));
  for (const dot of layout.dots) {
    expect(dot.x).toBeGreaterThanOrEqual(layout.plot.left);
    expect(dot.x).toBeLessThanOrEqual(layout.plot.right);
    expect(dot.y).toBeGreaterThanOrEqual(layout.plot.top);
    expect(dot.y).toBeLessThanOrEqual(layout.plot.bottom);
    expect(dot.quadrant).toBe(quadrantOf(byId.get(dot.id)!.position));
    // Clamping into the quadrant may add up to half a spacing on each axis.
    expect(Math.hypot(dot.x - dot.ideal.x, dot.y - dot.ideal.y)).toBeLessThanOrEqual(MAP_LAYOUT.maxShift + MAP_LAYOUT.spacing);
  }
  for (const cluster of layout.clusters) {
    expect(cluster.members.length).toBeGreaterThan(1);
    for (const member of cluster.members) expect(quadrantOf(byId.get(member.id)!.position)).toBe(cluster.quadrant);
  }
}

describe('layoutLandscape', () => {
  it('places the real catalogue with no overlaps and every tool exactly once', () => {
    const items = realCatalogue();
    expect(items.length).toBeGreaterThan(0);
    expectValidLayout(items, layoutLandscape(items, MAP_LAYOUT));
  });

  it('places a synthetic 1,000-tool catalogue with no overlaps, clustering where it is too dense', () => {
    const items = syntheticCatalogue(1000);
    const layout = layoutLandscape(items, MAP_LAYOUT);
    expectValidLayout(items, layout);
    expect(layout.clusters.length).toBeGreaterThan(0);
    // The crowded corner is where the clusters are.
    const crowdedMembers = layout.clusters.flatMap((c) => c.members).filter((m) => Number(m.id.slice(5)) % 4 === 0);
    expect(crowdedMembers.length).toBeGreaterThan(0);
  });

  it('is deterministic: the same output for the same tools in any order', () => {
    const items = syntheticCatalogue(300, 7);
    const first = layoutLandscape(items, MAP_LAYOUT);
    const shuffled = [...items].sort(() => 0).reverse();
    const next = random(3);
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(layoutLandscape(shuffled, MAP_LAYOUT)).toEqual(first);
    expect(layoutLandscape(items, MAP_LAYOUT)).toEqual(first);
  });

  it('keeps a lone tool exactly at its position', () => {
    const layout = layoutLandscape([{ id: 'dvc', name: 'DVC', position: { artifact: 0.7, scope: 0.2 } }], MAP_LAYOUT);
    expect(layout.clusters).toEqual([]);
    expect(layout.dots).toHaveLength(1);
    const dot = layout.dots[0]!;
    expect([dot.x, dot.y]).toEqual([dot.ideal.x, dot.ideal.y]);
    expect(dot.quadrant).toBe('specialized-ml-tools');
  });

  it('spreads tools that share one position into a bloom of separate dots', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ id: `t${i}`, name: `T${i}`, position: { artifact: 0.3, scope: 0.8 } }));
    const layout = layoutLandscape(items, MAP_LAYOUT);
    expect(layout.clusters).toEqual([]);
    expect(layout.dots).toHaveLength(8);
    expectValidLayout(items, layout);
  });

  it('gathers a crowd it cannot spread into one cluster that lists and counts its tools', () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ id: `t${String(i).padStart(3, '0')}`, name: `T${i}`, position: { artifact: 0.75, scope: 0.75 } }));
    const layout = layoutLandscape(items, MAP_LAYOUT);
    expectValidLayout(items, layout);
    expect(layout.clusters).toHaveLength(1);
    const cluster = layout.clusters[0]!;
    expect(cluster.key).toBe('cluster-1');
    expect(cluster.members.length + layout.dots.length).toBe(120);
    expect(cluster.members.map((m) => m.name)).toEqual([...cluster.members.map((m) => m.name)].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('never lets a dot cross into another quadrant, even from the midlines', () => {
    const items = [0.5, 0.49].flatMap((a, i) => Array.from({ length: 20 }, (_, j) => ({ id: `m${i}-${j}`, name: `M${i}-${j}`, position: { artifact: a, scope: 0.5 } })));
    const layout = layoutLandscape(items, MAP_LAYOUT);
    expectValidLayout(items, layout);
    const midX = layout.plot.left + (layout.plot.right - layout.plot.left) / 2;
    for (const dot of layout.dots) expect(dot.id.startsWith('m0') ? dot.x > midX : dot.x < midX).toBe(true);
  });

  it('rejects duplicate ids and positions off the plane instead of dropping them', () => {
    const tool = { id: 'a', name: 'A', position: { artifact: 0.2, scope: 0.2 } };
    expect(() => layoutLandscape([tool, tool], MAP_LAYOUT)).toThrow('tool id "a" appears twice');
    expect(() => layoutLandscape([{ ...tool, position: { artifact: 1.2, scope: 0.2 } }], MAP_LAYOUT)).toThrow('both must be numbers from 0 to 1');
  });
});
