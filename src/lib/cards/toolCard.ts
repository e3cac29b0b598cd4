/**
 * The card image a shared link to a tool page unfurls with: what it shows and
 * where, as a list of drawing operations in a 1200 × 630 frame (the OpenGraph
 * size). Pure: text is measured by a function the caller passes (the renderer
 * passes the real font's metrics; tests pass an estimate), so nothing here
 * touches a canvas, a font file or the catalogue.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/**
 * Cards are JPEG files: a card is flat colour and text, which JPEG at this quality keeps sharp, and Skia encodes it
 * in one step, about half the time of reading the pixels back and deflating them into a PNG (a build draws one per tool).
 */
export const CARD_EXTENSION = 'jpg';
export const CARD_JPEG_QUALITY = 85;

/** The facts a card shows; every string is shown as plain text, never parsed. */
export interface ToolCardFacts {
  id: string;
  name: string;
  description: string;
  categoryName: string;
  quadrantName: string;
  quadrantId: 'cloud-platforms' | 'ml-platforms' | 'standard-swe-tools' | 'specialized-ml-tools';
  ringId: 'adopt' | 'trial' | 'assess' | 'hold';
  ringName: string;
  /** 'active', 'deprecated', 'discontinued', 'acquired', … */
  status: string;
  /** The tool's place on the landscape, each axis from 0 to 1. */
  position: { artifact: number; scope: number };
}

export type CardOp =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; radius?: number; stroke?: string }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string; stroke?: string }
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; fill: string; align?: 'left' | 'center' };

/** Width of `text` drawn at `size` px, bold or regular. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

const COLOURS = {
  background: '#102a43',
  text: '#ffffff',
  muted: '#cbd5e1',
  panel: '#1c3b5a',
  panelLine: '#5b7a99',
  highlight: '#2f5d8a',
  dot: '#ffa657',
} as const;
// The dark theme's ring colours: they read on the card's dark background.
const RING_COLOURS: Record<ToolCardFacts['ringId'], string> = { adopt: '#56d364', trial: '#6cb6ff', assess: '#e3b341', hold: '#ff8182' };
const STATUS_COLOUR = '#ff8182';

const LEFT = 90;
const TEXT_WIDTH = 700;
const ELLIPSIS = '…';

/**
 * Breaks `text` into at most `maxLines` lines that each `fits`; the last
 * line ends in an ellipsis when the text does not fit. A word longer than a
 * line is cut by characters.
 */
export function wrapText(text: string, maxLines: number, fits: (line: string) => boolean): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      i++;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
      continue;
    }
    // A single word wider than the line: cut it where it stops fitting.
    let cut = word.length - 1;
    while (cut > 1 && !fits(word.slice(0, cut))) cut--;
    lines.push(word.slice(0, cut));
    words[i] = word.slice(cut);
  }
  if (current && lines.length < maxLines) lines.push(current);
  const truncated = i < words.length;
  if (truncated && lines.length > 0) {
    let last = lines[lines.length - 1]!;
    while (last.length > 0 && !fits(`${last}${ELLIPSIS}`)) last = last.slice(0, -1).trimEnd();
    lines[lines.length - 1] = `${last.replace(/[\s,.;:–—-]+$/, '')}${ELLIPSIS}`;
  }
  return lines;
}

function capitalise(value: string): string {
  return value ? `${value[0]!.toUpperCase()}${value.slice(1)}` : value;
}

/** A rounded label with its text centred, starting at `x`; returns the ops and the x after it. */
function pill(x: number, y: number, text: string, colour: string, measure: MeasureText): { ops: CardOp[]; right: number } {
  const size = 28;
  const width = Math.ceil(measure(text, size, true)) + 40;
  return {
    ops: [
      { kind: 'rect', x, y, width, height: 52, radius: 26, fill: COLOURS.background, stroke: colour },
      { kind: 'text', x: x + width / 2, y: y + 36, text, size, bold: true, fill: colour, align: 'center' },
    ],
    right: x + width,
  };
}

/** The four quadrants as a small diagram, the tool's quadrant lit and its dot placed by position. */
function quadrantDiagram(facts: ToolCardFacts): CardOp[] {
  const size = 240;
  const x0 = CARD_WIDTH - 90 - size;
  const y0 = 150;
  const half = size / 2;
  const cells: [ToolCardFacts['quadrantId'], number, number][] = [
    ['cloud-platforms', 0, 0],
    ['ml-platforms', 1, 0],
    ['standard-swe-tools', 0, 1],
    ['specialized-ml-tools', 1, 1],
  ];
  const ops: CardOp[] = cells.map(([id, cx, cy]) => ({
    kind: 'rect',
    x: x0 + cx * half,
    y: y0 + cy * half,
    width: half,
    height: half,
    fill: id === facts.quadrantId ? COLOURS.highlight : COLOURS.panel,
    stroke: COLOURS.panelLine,
  }));
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const pad = 14;
  ops.push({
    kind: 'circle',
    x: x0 + pad + clamp(facts.position.artifact) * (size - 2 * pad),
    y: y0 + pad + (1 - clamp(facts.position.scope)) * (size - 2 * pad),
    r: 12,
    fill: COLOURS.dot,
    stroke: COLOURS.background,
  });
  const label = { size: 20, bold: false, fill: COLOURS.muted } as const;
  ops.push(
    { kind: 'text', x: x0, y: y0 + size + 32, text: 'software', ...label },
    { kind: 'text', x: x0 + size - 62, y: y0 + size + 32, text: 'model', ...label },
    { kind: 'text', x: x0, y: y0 - 14, text: 'all-in-one ↑', ...label },
    { kind: 'text', x: x0, y: y0 + size + 60, text: 'piecemeal ↓', ...label },
  );
  return ops;
}

/**
 * Lays out one tool's card: site name, tool name (shrunk, then wrapped to two
 * lines, then cut with an ellipsis), up to three lines of description, the ring
 * and any non-active status as coloured labels, category and quadrant, and the
 * landscape diagram with the tool's dot.
 */
export function layoutToolCard(facts: ToolCardFacts, measure: MeasureText): CardOp[] {
  const ops: CardOp[] = [{ kind: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, fill: COLOURS.background }];
  ops.push({ kind: 'text', x: LEFT, y: 100, text: 'MLOps Navigator', size: 30, bold: false, fill: COLOURS.muted });

  // The name: the largest size at which it fits one line, else two lines at the smallest.
  let titleSize = 72;
  while (titleSize > 52 && measure(facts.name, titleSize, true) > TEXT_WIDTH) titleSize -= 4;
  const titleLines = wrapText(facts.name, 2, (line) => measure(line, titleSize, true) <= TEXT_WIDTH);
  let y = 100 + 28 + titleSize;
  for (const line of titleLines) {
    ops.push({ kind: 'text', x: LEFT, y, text: line, size: titleSize, bold: true, fill: COLOURS.text });
    y += Math.round(titleSize * 1.12);
  }

  const descriptionSize = 30;
  const descriptionLines = wrapText(facts.description, titleLines.length > 1 ? 2 : 3, (line) => measure(line, descriptionSize, false) <= TEXT_WIDTH);
  y += 8;
  for (const line of descriptionLines) {
    ops.push({ kind: 'text', x: LEFT, y, text: line, size: descriptionSize, bold: false, fill: COLOURS.muted });
    y += 42;
  }

  const pillY = 470;
  const ring = pill(LEFT, pillY, facts.ringName, RING_COLOURS[facts.ringId], measure);
  ops.push(...ring.ops);
  let right = ring.right;
  if (facts.status !== 'active') {
    const status = pill(right + 16, pillY, capitalise(facts.status), STATUS_COLOUR, measure);
    ops.push(...status.ops);
    right = status.right;
  }
  const placeLines = wrapText(`${facts.categoryName} · ${facts.quadrantName}`, 1, (line) => measure(line, 26, false) <= CARD_WIDTH - 2 * LEFT);
  ops.push({ kind: 'text', x: LEFT, y: 570, text: placeLines[0] ?? '', size: 26, bold: false, fill: COLOURS.muted });
  ops.push(...quadrantDiagram(facts));
  return ops;
}

/** The image's text alternative, for og:image:alt and twitter:image:alt. */
export function toolCardAlt(facts: ToolCardFacts): string {
  const status = facts.status === 'active' ? '' : `, ${facts.status}`;
  return `${facts.name}: ${facts.ringName} ring${status}; ${facts.categoryName} in the ${facts.quadrantName} quadrant of the MLOps landscape.`;
}
