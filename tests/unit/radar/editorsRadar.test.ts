import { describe, expect, it } from 'vitest';
import { buildEditorsRadar, byorRows, movementArc, movementOf, movementText, onRadar, ringLabelPositions, RING_LABEL_CLEARANCE, withCapability, withStage, type RadarTool } from '../../../src/lib/radar/editorsRadar.ts';
import { layoutRadar } from '../../../src/lib/radar/layoutRadar.ts';
import { QUADRANT_IDS, RING_IDS } from '../../../src/schemas/ids.ts';

const EDITION = '2026-12-01';

function tool(i: number, over: Partial<RadarTool> = {}): RadarTool {
  return {
    id: `t${i}`,
    name: `Tool ${String(i).padStart(3, '0')}`,
    ring: RING_IDS[i % 4]!,
    quadrant: QUADRANT_IDS[(i * 3) % 4]!,
    stages: [i % 2 ? 'monitoring' : 'deployment'],
    capabilities: [i % 3 ? 'model-serving' : 'experiment-tracking'],
    status: 'active',
    description: `Tool number ${i}.`,
    ringRationale: 'Because.',
    ringHistory: [],
    ...over,
  };
}

describe('movementOf', () => {
  it('calls a tool new when no history entry predates the edition', () => {
    expect(movementOf('trial', [], EDITION)).toEqual({ movement: 'new' });
    expect(movementOf('trial', [{ date: EDITION, ring: 'trial', reason: 'First edition.' }], EDITION)).toEqual({ movement: 'new' });
  });

  it('compares with the latest earlier ring, whatever the order of the entries', () => {
    const history = [
      { date: '2026-06-01', ring: 'hold' as const, reason: '…' },
      { date: '2025-01-01', ring: 'assess' as const, reason: '…' },
    ];
    expect(movementOf('trial', history, EDITION)).toEqual({ movement: 'in', from: 'hold' });
    expect(movementOf('hold', history, EDITION)).toEqual({ movement: 'none' });
    expect(movementOf('hold', [{ date: new Date('2025-01-01'), ring: 'adopt', reason: '…' }], EDITION)).toEqual({ movement: 'out', from: 'adopt' });
  });

  it('describes movements in words', () => {
    const name = (id: string) => id.toUpperCase();
    expect(movementText({ movement: 'new' }, name)).toBe('new');
    expect(movementText({ movement: 'in', from: 'hold' }, name)).toBe('moved in from HOLD');
    expect(movementText({ movement: 'out', from: 'adopt' }, name)).toBe('moved out from ADOPT');
    expect(movementText({ movement: 'none' }, name)).toBe('');
  });
});

describe('buildEditorsRadar', () => {
  const tools = Array.from({ length: 120 }, (_, i) => tool(i));

  it('draws at most perCell tools per ring of each quadrant when asked (a very large catalogue), moved ones first, and counts the rest', () => {
    const moved = tool(0, { ringHistory: [{ date: '2025-01-01', ring: 'hold', reason: '…' }] }); // adopt now: moved in
    const same = tool(4, { ringHistory: [{ date: '2025-01-01', ring: 'adopt', reason: '…' }] }); // unchanged
    const list = [...tools.filter((t) => t.id !== 't0' && t.id !== 't4'), moved, same];
    const full = buildEditorsRadar(list, EDITION);
    expect(full.hidden).toBe(0);
    const cut = buildEditorsRadar(list, EDITION, undefined, { perCell: 3 });
    for (const q of cut.byQuadrant)
      for (const r of q.rings) {
        const all = full.byQuadrant.find((f) => f.quadrant === q.quadrant)!.rings.find((f) => f.ring === r.ring)!.entries;
        expect(r.entries.length).toBe(Math.min(3, all.length));
        expect(r.entries.length + r.hidden).toBe(all.length);
      }
    expect(cut.entries.length + cut.hidden).toBe(full.entries.length);
    expect(cut.entries.map((e) => e.number)).toEqual(cut.entries.map((_, i) => i + 1));
    const cell = cut.byQuadrant.find((q) => q.quadrant === moved.quadrant)!.rings.find((r) => r.ring === moved.ring)!;
    expect(cell.entries.map((e) => e.tool.id)).toContain('t0'); // the moved tool is kept, though its name is not first
    expect(cell.entries.map((e) => e.tool.id)).not.toContain('t4'); // unchanged tools go after the new ones
    expect(buildEditorsRadar(list, EDITION, undefined, { perCell: 1000 })).toEqual(full);
  });

  it('numbers every tool still on offer once, by quadrant, ring and name, and leaves deprecated and discontinued ones off', () => {
    const list = [...tools, tool(500, { status: 'deprecated' }), tool(501, { status: 'discontinued' }), tool(502, { status: 'acquired' })];
    const radar = buildEditorsRadar(list, EDITION);
    expect(radar.entries.map((e) => e.number)).toEqual(radar.entries.map((_, i) => i + 1));
    expect(radar.entries.map((e) => e.tool.id).sort()).toEqual(list.filter(onRadar).map((t) => t.id).sort());
    const keys = radar.entries.map((e) => [QUADRANT_IDS.indexOf(e.tool.quadrant), RING_IDS.indexOf(e.tool.ring), e.tool.name] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    expect(keys).toEqual(sorted);
  });

  it('places blips without overlap and off the ring-label strip on the 3 o\'clock ray', () => {
    const radar = buildEditorsRadar(tools, EDITION);
    const { blipRadius: b, size } = radar.layout;
    const c = size / 2;
    for (let i = 0; i < radar.entries.length; i++) {
      const p = radar.entries[i]!;
      if (p.x > c) expect(Math.abs(p.y - c), `${p.tool.id} sits on the label strip`).toBeGreaterThanOrEqual(b + RING_LABEL_CLEARANCE);
      for (let j = i + 1; j < radar.entries.length; j++) {
        const q = radar.entries[j]!;
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(2 * b);
      }
    }
  });

  it('gives each ring room for its label, inside the drawing', () => {
    const radar = buildEditorsRadar(tools, EDITION);
    const radii = radar.layout.ringRadii;
    radii.forEach((r, i) => expect(r - (i === 0 ? 0 : radii[i - 1]!)).toBeGreaterThanOrEqual(60 - 1e-6));
    for (const label of ringLabelPositions(radar.layout)) {
      expect(label.x).toBeLessThan(radar.layout.size);
      expect(label.y).toBe(radar.layout.size / 2);
    }
  });

  it('lists per quadrant and ring exactly the blips, in number order', () => {
    const radar = buildEditorsRadar(tools, EDITION);
    const listed = radar.byQuadrant.flatMap((q) => q.rings.flatMap((r) => r.entries.map((e) => e.number)));
    expect(listed).toEqual(radar.entries.map((e) => e.number));
  });

  it('filters by stage and capability', () => {
    expect(withStage(tools, 'monitoring').every((t) => t.stages.includes('monitoring'))).toBe(true);
    expect(withStage(tools, 'monitoring')).toHaveLength(60);
    expect(withCapability(tools, 'experiment-tracking')).toHaveLength(40);
    expect(buildEditorsRadar([], EDITION).entries).toEqual([]);
  });

  it('is deterministic', () => {
    expect(buildEditorsRadar(tools, EDITION)).toEqual(buildEditorsRadar(tools, EDITION));
  });
});

describe('byorRows', () => {
  it('writes name, capitalised ring, quadrant name, isNew and a one-line description', () => {
    const moved = tool(1, { ringHistory: [{ date: '2025-01-01', ring: 'hold', reason: '…' }] });
    const radar = buildEditorsRadar([tool(0), moved], EDITION);
    const rows = byorRows(radar, (q) => `Q:${q}`);
    expect(rows.find((r) => r.name === 'Tool 000')).toEqual({ name: 'Tool 000', ring: 'Adopt', quadrant: 'Q:cloud-platforms', isNew: 'TRUE', description: 'Tool number 0. Adopt: Because.' });
    expect(rows.find((r) => r.name === 'Tool 001')!.isNew).toBe('FALSE');
  });
});

describe('movementArc', () => {
  it('draws a half circle inside the blip, facing the centre when moved in and the rim when moved out', () => {
    const layout = { size: 200, blipRadius: 10 };
    expect(movementArc({ movement: 'new', x: 150, y: 100 }, layout)).toBe('');
    // Blip right of the centre: "in" faces left, so both arc ends sit on the vertical through the blip.
    expect(movementArc({ movement: 'in', x: 150, y: 100 }, layout)).toBe('M150,91.5A8.5,8.5 0 0 0 150,108.5');
    expect(movementArc({ movement: 'out', x: 150, y: 100 }, layout)).toBe('M150,108.5A8.5,8.5 0 0 0 150,91.5');
  });
});

describe('layoutRadar options', () => {
  it('keeps blips clear of the given rays and keeps the default layout unchanged', () => {
    const items = Array.from({ length: 80 }, (_, i) => ({ id: `t${i}`, ring: RING_IDS[i % 4]!, quadrant: QUADRANT_IDS[i % 4]! }));
    expect(layoutRadar(items, 480, 11, {})).toEqual(layoutRadar(items, 480));
    const layout = layoutRadar(items, 600, 10, { clearRays: [0], clearance: 12 });
    for (const b of layout.blips) if (b.y < 300) expect(Math.abs(b.x - 300)).toBeGreaterThanOrEqual(layout.blipRadius + 12);
    const wide = layoutRadar(items, 600, 10, { minRingWidth: 70 });
    wide.ringRadii.forEach((r, i) => expect(r - (i === 0 ? 0 : wide.ringRadii[i - 1]!)).toBeGreaterThanOrEqual(70 - 1e-6));
  });
});
