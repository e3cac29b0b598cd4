/**
 * Draws a card's operations (src/lib/cards/toolCard.ts) with Skia, in DejaVu
 * Sans from the dejavu-fonts-ttf package: local font files, the same on every
 * machine, nothing fetched.
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { CARD_HEIGHT, CARD_JPEG_QUALITY, CARD_WIDTH, layoutToolCard, type CardOp, type ToolCardFacts } from '../../lib/cards/toolCard.ts';

const require = createRequire(import.meta.url);
export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
let fontsReady = false;
function registerFonts() {
  if (fontsReady) return;
  GlobalFonts.registerFromPath(FONT_FILES.regular, 'NavigatorCard');
  GlobalFonts.registerFromPath(FONT_FILES.bold, 'NavigatorCardBold');
  fontsReady = true;
}

const fontOf = (size: number, bold: boolean) => (bold ? `bold ${size}px NavigatorCardBold` : `${size}px NavigatorCard`);

function roundedRect(g: SKRSContext2D, x: number, y: number, w: number, h: number, r: number) {
  g.beginPath();
  g.roundRect(x, y, w, h, r);
}

function draw(g: SKRSContext2D, op: CardOp) {
  if (op.kind === 'rect') {
    g.fillStyle = op.fill;
    roundedRect(g, op.x, op.y, op.width, op.height, op.radius ?? 0);
    g.fill();
    if (op.stroke) {
      g.strokeStyle = op.stroke;
      g.lineWidth = 3;
      g.stroke();
    }
  } else if (op.kind === 'circle') {
    g.beginPath();
    g.arc(op.x, op.y, op.r, 0, Math.PI * 2);
    g.fillStyle = op.fill;
    g.fill();
    if (op.stroke) {
      g.strokeStyle = op.stroke;
      g.lineWidth = 3;
      g.stroke();
    }
  } else {
    g.font = fontOf(op.size, op.bold);
    g.fillStyle = op.fill;
    g.textAlign = op.align ?? 'left';
    g.fillText(op.text, op.x, op.y);
  }
}

/** One renderer: a canvas reused card after card. */
export function cardRenderer() {
  registerFonts();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const g = canvas.getContext('2d');
  const measure = (text: string, size: number, bold: boolean) => {
    g.font = fontOf(size, bold);
    return g.measureText(text).width;
  };
  return (facts: ToolCardFacts): Buffer => {
    g.clearRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
    for (const op of layoutToolCard(facts, measure)) draw(g, op);
    return canvas.encodeSync('jpeg', CARD_JPEG_QUALITY);
  };
}
