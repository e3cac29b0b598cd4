/**
 * The editors' radar (/radar/): which tools are on it, their numbers, what
 * moved since the last edition (from `ringHistory`), and where each blip sits.
 * Pure: pages pass in plain tool data and draw the result as SVG at build time.
 */
import { QUADRANT_IDS, RING_IDS, type QuadrantId, type RingId } from '../../schemas/ids.ts';
import { layoutRadar, type RadarLayout } from './layoutRadar.ts';
import { compareNames } from '../text/compareNames.ts';

export interface RadarTool {
  id: string;
  name: string;
  ring: RingId;
  quadrant: QuadrantId;
  stages: readonly string[];
  capabilities: readonly string[];
  status: string;
  description: string;
  ringRationale: string;
  ringHistory: readonly { date: string | Date; ring: RingId; reason: string }[];
}

/** new: first time on the radar in this edition; in/out: moved towards / away from the centre since the last edition. */
export type Movement = 'new' | 'in' | 'out' | 'none';

export interface RadarEntry {
  tool: RadarTool;
  /** 1-based, in quadrant, ring and name order: the number drawn in the blip and in the lists. */
  number: number;
  movement: Movement;
  /** The ring before this edition, when the tool moved. */
  from?: RingId;
  x: number;
  y: number;
}

export interface EditorsRadar {
  layout: RadarLayout;
  entries: RadarEntry[];
  /** Entries per quadrant and ring, in number order: the radar's table equivalent; `hidden` counts the ring's tools a cut radar leaves off. */
  byQuadrant: { quadrant: QuadrantId; rings: { ring: RingId; entries: RadarEntry[]; hidden: number }[] }[];
  /** Tools on offer that a cut radar (RadarOptions.perCell) leaves off; 0 when every tool is drawn. */
  hidden: number;
}

/** Size of the drawing (viewBox units) and the label strip along the 3 o'clock ray, where the ring names go. */
export const RADAR_SIZE = 1000;
export const RING_LABEL_RAY = Math.PI / 2;
export const RING_LABEL_CLEARANCE = 9;

const iso = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Only tools still on offer go on the radar: deprecated and discontinued ones are left off. */
export const onRadar = (tool: Pick<RadarTool, 'status'>) => tool.status !== 'deprecated' && tool.status !== 'discontinued';

/**
 * What changed for a tool in the edition dated `edition`: "new" when no history entry predates the
 * edition, "in"/"out" when the ring of the latest earlier entry differs from the current ring.
 *
 * @example movementOf('trial', [{ date: '2025-01-01', ring: 'assess', reason: '…' }], '2026-12-01') // → { movement: 'in', from: 'assess' }
 */
export function movementOf(ring: RingId, history: RadarTool['ringHistory'], edition: string): { movement: Movement; from?: RingId } {
  const earlier = history.filter((h) => iso(h.date) < edition).sort((a, b) => iso(a.date).localeCompare(iso(b.date)));
  const previous = earlier.at(-1);
  if (!previous) return { movement: 'new' };
  if (previous.ring === ring) return { movement: 'none' };
  return { movement: RING_IDS.indexOf(ring) < RING_IDS.indexOf(previous.ring) ? 'in' : 'out', from: previous.ring };
}

/** Tools with the stage / capability, for the filtered radars. */
export const withStage = (tools: readonly RadarTool[], stage: string) => tools.filter((t) => t.stages.includes(stage));
export const withCapability = (tools: readonly RadarTool[], capability: string) => tools.filter((t) => t.capabilities.includes(capability));

/** Order within one ring of one quadrant when a cut radar keeps only some: moved in or out first, then new, then the rest. */
const MOVEMENT_RANK: Record<Movement, number> = { in: 0, out: 0, new: 1, none: 2 };

export interface RadarOptions {
  /**
   * At most this many blips per ring of each quadrant (a catalogue over the list limit, issue 14): those that moved
   * in this edition first, then new ones, then by name. The others are counted in `hidden` and left to the catalogue.
   */
  perCell?: number;
}

export function buildEditorsRadar(tools: readonly RadarTool[], edition: string, size = RADAR_SIZE, options: RadarOptions = {}): EditorsRadar {
  const hidden = new Map<string, number>();
  const kept = options.perCell === undefined ? tools.filter(onRadar) : keepPerCell(tools.filter(onRadar), edition, options.perCell, hidden);
  const sorted = kept
    .slice()
    .sort(
      (a, b) =>
        QUADRANT_IDS.indexOf(a.quadrant) - QUADRANT_IDS.indexOf(b.quadrant) ||
        RING_IDS.indexOf(a.ring) - RING_IDS.indexOf(b.ring) ||
        compareNames(a.name, b.name) ||
        a.id.localeCompare(b.id),
    );
  const layout = layoutRadar(
    sorted.map((t) => ({ id: t.id, ring: t.ring, quadrant: t.quadrant })),
    size,
    12,
    { clearRays: [RING_LABEL_RAY], clearance: RING_LABEL_CLEARANCE, minRingWidth: 60 },
  );
  const entries = sorted.map((tool, i): RadarEntry => {
    const blip = layout.blips[i]!;
    return { tool, number: i + 1, ...movementOf(tool.ring, tool.ringHistory, edition), x: blip.x, y: blip.y };
  });
  const byQuadrant = QUADRANT_IDS.map((quadrant) => ({
    quadrant,
    rings: RING_IDS.map((ring) => ({ ring, entries: entries.filter((e) => e.tool.quadrant === quadrant && e.tool.ring === ring), hidden: hidden.get(`${quadrant}/${ring}`) ?? 0 })),
  }));
  return { layout, entries, byQuadrant, hidden: [...hidden.values()].reduce((sum, n) => sum + n, 0) };
}

/** The first `perCell` tools of each quadrant and ring, in MOVEMENT_RANK and name order; counts the rest into `hidden`. */
function keepPerCell(tools: readonly RadarTool[], edition: string, perCell: number, hidden: Map<string, number>): RadarTool[] {
  const cells = new Map<string, { tool: RadarTool; rank: number }[]>();
  for (const tool of tools) {
    const key = `${tool.quadrant}/${tool.ring}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key)!.push({ tool, rank: MOVEMENT_RANK[movementOf(tool.ring, tool.ringHistory, edition).movement] });
  }
  const kept: RadarTool[] = [];
  for (const [key, cell] of cells) {
    cell.sort((a, b) => a.rank - b.rank || compareNames(a.tool.name, b.tool.name) || a.tool.id.localeCompare(b.tool.id));
    kept.push(...cell.slice(0, perCell).map((c) => c.tool));
    if (cell.length > perCell) hidden.set(key, cell.length - perCell);
  }
  return kept;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The radar in Thoughtworks "Build Your Own Radar" form: name, ring, quadrant, isNew, description. */
export function byorRows(radar: EditorsRadar, quadrantName: (id: QuadrantId) => string) {
  return radar.entries.map((e) => ({
    name: e.tool.name,
    ring: cap(e.tool.ring),
    quadrant: quadrantName(e.tool.quadrant),
    isNew: e.movement === 'new' ? 'TRUE' : 'FALSE',
    description: oneLine(`${e.tool.description} ${cap(e.tool.ring)}: ${e.tool.ringRationale}`),
  }));
}

/** A short phrase for the movement, for lists and accessible names ("" when unchanged). */
export function movementText(entry: Pick<RadarEntry, 'movement' | 'from'>, ringName: (id: RingId) => string): string {
  switch (entry.movement) {
    case 'new':
      return 'new';
    case 'in':
      return `moved in from ${ringName(entry.from!)}`;
    case 'out':
      return `moved out from ${ringName(entry.from!)}`;
    default:
      return '';
  }
}

/**
 * Where ring names go: on the 3 o'clock ray, centred in each ring's band (the layout keeps blips off that strip).
 */
export function ringLabelPositions(layout: RadarLayout): { ring: RingId; x: number; y: number }[] {
  const c = layout.size / 2;
  return RING_IDS.map((ring, i) => ({ ring, x: c + ((i === 0 ? 0 : layout.ringRadii[i - 1]!) + layout.ringRadii[i]!) / 2, y: c }));
}

/**
 * The "moved" marker: an arc inside the blip on the side facing the centre (moved in) or the rim (moved out).
 * Returns an SVG path, or '' for other movements.
 */
export function movementArc(entry: Pick<RadarEntry, 'movement' | 'x' | 'y'>, layout: Pick<RadarLayout, 'size' | 'blipRadius'>): string {
  if (entry.movement !== 'in' && entry.movement !== 'out') return '';
  const c = layout.size / 2;
  const r = Math.max(1, layout.blipRadius - 1.5);
  // Unit vector from the blip towards the centre (in) or away from it (out).
  const len = Math.hypot(c - entry.x, c - entry.y) || 1;
  const sign = entry.movement === 'in' ? 1 : -1;
  const ux = (sign * (c - entry.x)) / len;
  const uy = (sign * (c - entry.y)) / len;
  const fmt = (n: number) => Math.round(n * 100) / 100;
  const p1 = [entry.x - uy * r, entry.y + ux * r];
  const p2 = [entry.x + uy * r, entry.y - ux * r];
  // From p1 to p2 counter-clockwise on screen (sweep 0): the half circle that bulges towards u.
  return `M${fmt(p1[0]!)},${fmt(p1[1]!)}A${fmt(r)},${fmt(r)} 0 0 0 ${fmt(p2[0]!)},${fmt(p2[1]!)}`;
}
