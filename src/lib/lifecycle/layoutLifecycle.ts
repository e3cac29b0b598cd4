/**
 * The ML lifecycle as two interlocking loops (framework.md §2), laid out for a
 * build-time SVG. Both loops run down a shared spine — data acquisition →
 * feature engineering → model training — and then part: the model loop
 * (researchers) turns right to model evaluation and back up to data
 * acquisition; the application loop (engineers) turns left through deployment,
 * functional testing, monitoring and feedback collection, back to data
 * acquisition. The result is a sideways figure eight.
 */
import { path as d3path } from 'd3';
import type { StageId } from '../../schemas/ids.ts';

/** The model loop, in order; it closes from the last stage back to the first. */
export const MODEL_LOOP: readonly StageId[] = ['data-acquisition', 'feature-engineering', 'model-training', 'model-evaluation'];

/** The application loop, in order from where it leaves the shared spine; it closes back to the first. */
export const APPLICATION_LOOP: readonly StageId[] = ['model-training', 'deployment', 'functional-testing', 'monitoring', 'feedback-collection', 'data-acquisition', 'feature-engineering'];

export type LoopName = 'model' | 'application';

export interface LifecycleNode {
  id: StageId;
  /** Centre of the stage's box. */
  x: number;
  y: number;
  /** Loops that pass through the stage. */
  loops: LoopName[];
}

export interface LifecycleEdge {
  from: StageId;
  to: StageId;
  /** Both loops for the shared spine, otherwise the one loop. */
  loops: LoopName[];
  /** SVG path data from the edge of one box to the edge of the next. */
  d: string;
}

export interface LifecycleLayout {
  width: number;
  height: number;
  node: { width: number; height: number };
  nodes: LifecycleNode[];
  edges: LifecycleEdge[];
}

const WIDTH = 900;
const HEIGHT = 540;
const NODE = { width: 200, height: 56 };

/** Where each stage's box is centred. */
const PLACES: Record<StageId, [number, number]> = {
  'data-acquisition': [520, 60],
  'feature-engineering': [520, 270],
  'model-training': [520, 480],
  'model-evaluation': [780, 270],
  deployment: [290, 480],
  'functional-testing': [110, 370],
  monitoring: [110, 170],
  'feedback-collection': [290, 60],
};

/** The centre each loop bends around: curves bow away from it. */
const CENTRES: Record<LoopName, [number, number]> = { model: [650, 270], application: [320, 270] };

/**
 * @example
 * const layout = layoutLifecycle();
 * layout.nodes.length // → 8
 * layout.edges.find((e) => e.from === 'model-training' && e.to === 'model-evaluation')?.loops // → ['model']
 */
export function layoutLifecycle(): LifecycleLayout {
  const edges = new Map<string, { from: StageId; to: StageId; loops: LoopName[] }>();
  const addLoop = (loop: LoopName, stages: readonly StageId[]) => {
    stages.forEach((from, i) => {
      const to = stages[(i + 1) % stages.length]!;
      const key = `${from}>${to}`;
      const edge = edges.get(key);
      if (edge) edge.loops.push(loop);
      else edges.set(key, { from, to, loops: [loop] });
    });
  };
  addLoop('model', MODEL_LOOP);
  addLoop('application', APPLICATION_LOOP);

  const loopsOf = (id: StageId): LoopName[] => (['model', 'application'] as const).filter((loop) => (loop === 'model' ? MODEL_LOOP : APPLICATION_LOOP).includes(id));
  const nodes = (Object.keys(PLACES) as StageId[]).map((id) => ({ id, x: PLACES[id][0], y: PLACES[id][1], loops: loopsOf(id) }));
  return {
    width: WIDTH,
    height: HEIGHT,
    node: NODE,
    nodes,
    edges: [...edges.values()].map((edge) => ({ ...edge, d: edgePath(edge.from, edge.to, edge.loops) })),
  };
}

/** A straight line for the shared spine, otherwise a gentle curve bowing out of its loop. */
function edgePath(from: StageId, to: StageId, loops: LoopName[]): string {
  const [ax, ay] = PLACES[from];
  const [bx, by] = PLACES[to];
  const mid: [number, number] = [(ax + bx) / 2, (ay + by) / 2];
  let control = mid;
  if (loops.length === 1) {
    const [cx, cy] = CENTRES[loops[0]!];
    const ox = mid[0] - cx;
    const oy = mid[1] - cy;
    const length = Math.hypot(ox, oy) || 1;
    const bow = 0.12 * Math.hypot(bx - ax, by - ay);
    control = [mid[0] + (ox / length) * bow, mid[1] + (oy / length) * bow];
  }
  const start = boxExit([ax, ay], control);
  const end = boxExit([bx, by], control, 8); // leave room for the arrowhead
  const p = d3path();
  p.moveTo(start[0], start[1]);
  p.quadraticCurveTo(control[0], control[1], end[0], end[1]);
  return p.toString();
}

/** Where the ray from a box's centre towards `toward` leaves the box, plus `gap`. */
function boxExit([x, y]: [number, number], toward: [number, number], gap = 2): [number, number] {
  const dx = toward[0] - x;
  const dy = toward[1] - y;
  const length = Math.hypot(dx, dy) || 1;
  const t = Math.min(dx === 0 ? Infinity : NODE.width / 2 / Math.abs(dx), dy === 0 ? Infinity : NODE.height / 2 / Math.abs(dy));
  return [x + dx * t + (dx / length) * gap, y + dy * t + (dy / length) * gap];
}
