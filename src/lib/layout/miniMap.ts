/**
 * The geometry of the tool pages' mini map, and its shared background.
 *
 * A tool page shows where the tool sits: its own dot, drawn inline, over a
 * background of every other tool. The background is the same for every tool
 * of a quadrant, so it is drawn once per quadrant at build time
 * (/landscape/quadrant-<id>.svg) and referenced by each page, which keeps a
 * tool page's size independent of the catalogue's size.
 *
 * The background is loaded as an image, so it cannot follow the page's
 * colours (CSS custom properties and currentColor do not reach into it). It is
 * drawn in one neutral grey and a mid blue, with opacity, that read on the
 * light and the dark theme alike; the text (axis titles) is drawn inline by
 * the page, in the theme's own colours.
 */
import { QUADRANT_IDS, quadrantOf, type QuadrantId } from '../../schemas/ids.ts';
import { escapeXml } from '../open-data/escapeXml.ts';
import { createPlaneScales, type PlaneScales } from './createPlaneScales.ts';
import type { LayoutOptions, PlanePosition, Point } from './types.ts';

/** The mini map's drawing: 288 × 224 user units, with room at the left and bottom for the axis titles. */
export const MINI_MAP: Pick<LayoutOptions, 'width' | 'height' | 'margin'> = {
  width: 288,
  height: 224,
  margin: { top: 6, right: 6, bottom: 22, left: 22 },
};

/** Radius of a background dot and of the highlighted tool's dot. */
export const MINI_MAP_DOT_RADIUS = { background: 2.2, tool: 7 } as const;

/** Neutral colours that keep at least 3:1 contrast against both #ffffff and #0d1117 (the two themes' backgrounds). */
const NEUTRAL = '#6e7781';
const HIGHLIGHT = '#4a89dc';

let scales: PlaneScales | undefined;

/** The mini map's scales (shared, computed once). */
export function miniMapScales(): PlaneScales {
  return (scales ??= createPlaneScales(MINI_MAP));
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Where a position lands on the mini map, rounded to 0.1 user units.
 *
 * @example miniMapPoint({ artifact: 0, scope: 0 }) // → { x: 22, y: 202 } (bottom left of the plot)
 */
export function miniMapPoint(position: PlanePosition): Point {
  const { x, y } = miniMapScales();
  return { x: round(x(position.artifact)), y: round(y(position.scope)) };
}

/** The plot's four quadrant rectangles, in user units. */
export function miniMapQuadrants(): Record<QuadrantId, { x: number; y: number; width: number; height: number }> {
  const { plot, x, y } = miniMapScales();
  const midX = x(0.5);
  const midY = y(0.5);
  const left = { x: plot.left, width: midX - plot.left };
  const right = { x: midX, width: plot.right - midX };
  const top = { y: plot.top, height: midY - plot.top };
  const bottom = { y: midY, height: plot.bottom - midY };
  return {
    'cloud-platforms': { ...left, ...top },
    'ml-platforms': { ...right, ...top },
    'standard-swe-tools': { ...left, ...bottom },
    'specialized-ml-tools': { ...right, ...bottom },
  };
}

/** The site path of a quadrant's background, relative to the base: what the endpoint builds and MiniMap references. */
export function miniMapBackgroundPath(quadrant: QuadrantId): string {
  return `landscape/quadrant-${quadrant}.svg`;
}

/**
 * The background of every tool page in `quadrant`: the four quadrants, that
 * one highlighted, and one faint dot per distinct position (tools of the
 * quadrant a little stronger). Deterministic: the same positions in any order
 * give the same file, and tools at the same point share one dot.
 *
 * @param quadrantName shown in the file's own <title> (the page gives its own text alternative)
 * @example renderMiniMapBackground('ml-platforms', 'ML platforms', [{ artifact: 0.7, scope: 0.62 }]) // → '<svg xmlns=… <circle cx="207.2" cy="…" …'
 */
export function renderMiniMapBackground(quadrant: QuadrantId, quadrantName: string, positions: readonly PlanePosition[]): string {
  if (!(QUADRANT_IDS as readonly string[]).includes(quadrant)) throw new Error(`renderMiniMapBackground: unknown quadrant "${String(quadrant)}"; use one of ${QUADRANT_IDS.join(', ')}`);
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (const position of positions) {
    const { x, y } = miniMapPoint(position);
    (quadrantOf(position) === quadrant ? inside : outside).add(`${x} ${y}`);
  }
  const dots = (set: Set<string>) =>
    [...set]
      .map((key) => key.split(' ').map(Number) as [number, number])
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${MINI_MAP_DOT_RADIUS.background}"/>`)
      .join('');
  const rects = miniMapQuadrants();
  const rect = (id: QuadrantId, extra = '') => {
    const r = rects[id];
    return `<rect x="${round(r.x)}" y="${round(r.y)}" width="${round(r.width)}" height="${round(r.height)}"${extra}/>`;
  };
  const { width, height } = MINI_MAP;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title>${escapeXml(`Every tool on the landscape, the ${quadrantName} quadrant highlighted`)}</title>`,
    `<g fill="${NEUTRAL}" fill-opacity="0.06" stroke="${NEUTRAL}" stroke-opacity="0.6">${QUADRANT_IDS.filter((id) => id !== quadrant).map((id) => rect(id)).join('')}</g>`,
    rect(quadrant, ` fill="${HIGHLIGHT}" fill-opacity="0.16" stroke="${HIGHLIGHT}" stroke-width="1.5"`),
    `<g fill="${NEUTRAL}" fill-opacity="0.5">${dots(outside)}</g>`,
    `<g fill="${NEUTRAL}" fill-opacity="0.85">${dots(inside)}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
