/**
 * Names on the map: at 421 real tools and at 1,000 synthetic ones, no two
 * names overlap, no name covers a marker or leaves the plot, every tool is
 * either named or in a listed cluster, and each enlarged quadrant map names
 * every tool of its quadrant.
 */
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, labelLandscape, type LabelledLandscape } from '../../../src/lib/layout/labelLandscape.ts';
import { zoomQuadrant } from '../../../src/lib/layout/zoomQuadrant.ts';
import { MAP_LABELS, MAP_LAYOUT, type PlaneItem, type PlotBox } from '../../../src/lib/layout/types.ts';
import { QUADRANT_IDS, quadrantOf } from '../../../src/schemas/ids.ts';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import { REAL_CONTENT } from '../../helpers/contentFixture.ts';
import { prng } from '../../helpers/prng.ts';

function realCatalogue(): PlaneItem[] {
  const { entries } = validateContent(REAL_CONTENT);
  return entries.tools.map((entry) => {
    const data = entry.data as { name: string; position: { artifact: number; scope: number } };
    return { id: entry.id, name: data.name, position: data.position };
  });
}

/** 1,000 tools cloned from the real ones under new names, nudged a little, as the build benchmark makes them. */
function thousand(real: PlaneItem[]): PlaneItem[] {
  const next = prng(11);
  const nudge = (v: number) => Math.min(1, Math.max(0, Math.round((v + (next() - 0.5) * 0.04) * 100) / 100));
  return Array.from({ length: 1000 }, (_, i) => {
    const base = real[i % real.length]!;
    if (i < real.length) return base;
    const position = { artifact: nudge(base.position.artifact), scope: nudge(base.position.scope) };
    // Keep each clone in its original's quadrant, as its category would.
    return { id: `${base.id}-${i}`, name: `${base.name} ${i}`, position: quadrantOf(position) === quadrantOf(base.position) ? position : base.position };
  });
}

const overlaps = (a: PlotBox, b: PlotBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function expectReadable(items: readonly PlaneItem[], map: LabelledLandscape) {
  const labels = [...map.labels.values()];
  // Every dot has its name; every tool is a named dot or in a cluster, once.
  expect(labels.map((l) => l.id).sort()).toEqual(map.dots.map((d) => d.id).sort());
  const shown = [...map.dots.map((d) => d.id), ...map.clusters.flatMap((c) => c.members.map((m) => m.id))];
  expect(shown.length).toBe(items.length);
  expect(new Set(shown)).toEqual(new Set(items.map((item) => item.id)));
  const byName = new Map(items.map((item) => [item.id, item.name]));
  for (const label of labels) {
    // The box is at least as wide as the name's estimate, and inside the plot.
    expect(label.box.right - label.box.left).toBeGreaterThanOrEqual(estimateTextWidth(byName.get(label.id)!, MAP_LABELS.fontSize));
    expect(label.box.left).toBeGreaterThanOrEqual(map.plot.left);
    expect(label.box.right).toBeLessThanOrEqual(map.plot.right);
    expect(label.box.top).toBeGreaterThanOrEqual(map.plot.top);
    expect(label.box.bottom).toBeLessThanOrEqual(map.plot.bottom);
  }
  const markers = [
    ...map.dots.map((d) => ({ id: d.id, box: { left: d.x - MAP_LABELS.dotRadius, right: d.x + MAP_LABELS.dotRadius, top: d.y - MAP_LABELS.dotRadius, bottom: d.y + MAP_LABELS.dotRadius } })),
    ...map.clusters.map((c) => ({ id: c.key, box: { left: c.x - MAP_LABELS.clusterRadius, right: c.x + MAP_LABELS.clusterRadius, top: c.y - MAP_LABELS.clusterRadius, bottom: c.y + MAP_LABELS.clusterRadius } })),
  ];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.id} and ${labels[j]!.id} overlap`).toBe(false);
    for (const marker of markers) expect(overlaps(labels[i]!.box, marker.box), `${labels[i]!.id} covers ${marker.id}`).toBe(false);
  }
}

const real = realCatalogue();

describe('labelLandscape', () => {
  it('names the real catalogue without overlaps, clustering only where names cannot fit', () => {
    const map = labelLandscape(real, MAP_LAYOUT, MAP_LABELS);
    expectReadable(real, map);
    expect(map.dots.length).toBeGreaterThan(real.length / 5);
    expect(map.clusters.every((c) => c.members.length > 1)).toBe(true);
  });

  it('stays readable at 1,000 tools', () => {
    const items = thousand(real);
    expectReadable(items, labelLandscape(items, MAP_LAYOUT, MAP_LABELS));
  });

  it('is the same drawing whatever the order of the tools', () => {
    const shuffled = [...real].sort((a, b) => (a.name < b.name ? 1 : -1));
    expect(labelLandscape(shuffled, MAP_LAYOUT, MAP_LABELS)).toEqual(labelLandscape(real, MAP_LAYOUT, MAP_LABELS));
  });

  it('joins a name to its dot with a leader line when it sits away from it', () => {
    const crowd = Array.from({ length: 14 }, (_, i) => ({ id: `t${i}`, name: `A fairly long tool name ${i}`, position: { artifact: 0.7 + (i % 2) * 0.01, scope: 0.2 } }));
    const map = labelLandscape(crowd, MAP_LAYOUT, MAP_LABELS);
    expectReadable(crowd, map);
    const leaders = [...map.labels.values()].filter((l) => l.leader);
    expect(leaders.length).toBeGreaterThan(0);
    for (const label of leaders) {
      const dot = map.dots.find((d) => d.id === label.id)!;
      // The line starts at the dot's edge and ends on the label's box.
      expect(Math.hypot(label.leader!.x1 - dot.x, label.leader!.y1 - dot.y)).toBeCloseTo(MAP_LABELS.dotRadius, 5);
      expect(label.leader!.x2).toBeGreaterThanOrEqual(label.box.left - 1e-9);
      expect(label.leader!.x2).toBeLessThanOrEqual(label.box.right + 1e-9);
    }
  });
});

describe('zoomQuadrant', () => {
  it('stops enlarging a quadrant when its tools crowd on a few spots and a larger drawing names no more of them', () => {
    // 1,200 tools on 3 spots (a large catalogue given positions to two decimals has many such piles).
    const spots = [0.55, 0.7, 0.9];
    const crowd = Array.from({ length: 1200 }, (_, i) => ({ id: `tool-${String(i).padStart(4, '0')}`, name: `Tool ${i}`, position: { artifact: spots[i % 3]!, scope: 0.2 } }));
    const map = zoomQuadrant(crowd, 'specialized-ml-tools', MAP_LABELS);
    const drawn = new Set([...map.dots.map((d) => d.id), ...map.clusters.flatMap((c) => c.members.map((m) => m.id))]);
    expect(drawn.size).toBe(1200);
    expect(map.clusters.length).toBeGreaterThan(0);
    expectReadable(crowd, map);
    // It starts at 12,000 units² a tool; twelve enlargements by a fifth would make it 8.9 times that.
    expect(map.width * map.height).toBeLessThan(1200 * 12000 * 1.2 ** 5);
  });

  it.each([
    ['421 real tools', real],
    ['1,000 tools', thousand(real)],
  ] as const)('names every tool of every quadrant, with %s', (_, items) => {
    for (const quadrant of QUADRANT_IDS) {
      const inside = items.filter((item) => quadrantOf(item.position) === quadrant);
      const map = zoomQuadrant(inside, quadrant, MAP_LABELS);
      expect(map.clusters, quadrant).toEqual([]);
      expectReadable(inside, map);
      // Zooming keeps the order along each axis: a tool further right on the landscape is not drawn further left.
      const at = new Map(map.dots.map((d) => [d.id, d]));
      const sorted = [...inside].sort((a, b) => a.position.artifact - b.position.artifact);
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i]!.position.artifact > sorted[i - 1]!.position.artifact + 0.05) expect(at.get(sorted[i]!.id)!.ideal.x).toBeGreaterThan(at.get(sorted[i - 1]!.id)!.ideal.x);
      }
    }
  });
});
