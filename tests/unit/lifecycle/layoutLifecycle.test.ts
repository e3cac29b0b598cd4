import { describe, expect, it } from 'vitest';
import { layoutLifecycle } from '../../../src/lib/lifecycle/layoutLifecycle.ts';
import { STAGE_IDS } from '../../../src/schemas/ids.ts';

/** Follow a loop's edges from a start stage until it closes. */
function walk(edges: { from: string; to: string; loops: string[] }[], loop: string, start: string): string[] {
  const path = [start];
  for (;;) {
    const next = edges.find((e) => e.from === path[path.length - 1] && e.loops.includes(loop));
    if (!next || next.to === start) return path;
    path.push(next.to);
    if (path.length > 20) throw new Error('loop does not close');
  }
}

describe('layoutLifecycle', () => {
  const layout = layoutLifecycle();

  it('draws each of the eight stages once, without overlapping boxes, inside the drawing', () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual([...STAGE_IDS].sort());
    for (const a of layout.nodes) {
      expect(a.x - layout.node.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + layout.node.width / 2).toBeLessThanOrEqual(layout.width);
      expect(a.y - layout.node.height / 2).toBeGreaterThanOrEqual(0);
      expect(a.y + layout.node.height / 2).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= layout.node.width + 16 || Math.abs(a.y - b.y) >= layout.node.height + 16;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  });

  it('draws the model loop: acquisition → features → training → evaluation → back', () => {
    expect(walk(layout.edges, 'model', 'data-acquisition')).toEqual(['data-acquisition', 'feature-engineering', 'model-training', 'model-evaluation']);
  });

  it('draws the application loop: training → deployment → testing → monitoring → feedback → acquisition → features → back', () => {
    expect(walk(layout.edges, 'application', 'model-training')).toEqual(['model-training', 'deployment', 'functional-testing', 'monitoring', 'feedback-collection', 'data-acquisition', 'feature-engineering']);
  });

  it('shares exactly the spine from data acquisition to model training between the loops', () => {
    const shared = layout.edges.filter((e) => e.loops.length === 2).map((e) => `${e.from}→${e.to}`);
    expect(shared).toEqual(['data-acquisition→feature-engineering', 'feature-engineering→model-training']);
    expect(layout.nodes.filter((n) => n.loops.length === 2).map((n) => n.id)).toEqual(['data-acquisition', 'feature-engineering', 'model-training']);
    for (const edge of layout.edges) expect(edge.d).toMatch(/^M[\d.,-]+Q[\d.,-]+$/);
  });
});
