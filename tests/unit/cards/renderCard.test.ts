import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { cardRenderer } from '../../../src/integrations/cards/renderCard';
import { CARD_HEIGHT, CARD_WIDTH, type ToolCardFacts } from '../../../src/lib/cards/toolCard';
import { jpegSize } from '../../helpers/jpegSize';
import { MLFLOW_CARD_FACTS } from '../../helpers/mlflowCardFacts';

const facts: ToolCardFacts = MLFLOW_CARD_FACTS;

/** The card decoded back into pixels. */
async function pixels(image: Buffer) {
  const decoded = await loadImage(image);
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const g = canvas.getContext('2d');
  g.drawImage(decoded, 0, 0);
  return (x: number, y: number) => [...g.getImageData(x, y, 1, 1).data.subarray(0, 3)];
}

describe('cardRenderer', () => {
  const render = cardRenderer();

  it('draws a 1200 × 630 JPEG that keeps the card’s colours (no visible compression shift) and its text', async () => {
    const image = render(facts);
    expect(jpegSize(image)).toEqual({ width: 1200, height: 630 });
    const at = await pixels(image);
    // The background, #102a43, far from any text.
    for (const [x, y] of [[10, 10], [1190, 620]] as const) {
      const [r, g, b] = at(x, y);
      expect(Math.abs(r! - 0x10) + Math.abs(g! - 0x2a) + Math.abs(b! - 0x43)).toBeLessThan(12);
    }
    // The name, in white bold at the top left: some of its pixels are bright.
    let bright = 0;
    for (let x = 90; x < 400; x += 2) for (let y = 100; y < 200; y += 2) if (at(x, y).every((c) => c > 200)) bright++;
    expect(bright).toBeGreaterThan(50);
  });

  it('draws different tools differently, and the same tool the same way every time', () => {
    const first = render(facts);
    expect(render({ ...facts, name: 'Kubeflow' }).equals(first)).toBe(false);
    expect(render(facts).equals(first)).toBe(true);
  });
});

describe('jpegSize (the test helper)', () => {
  it('reads the frame size and refuses what is not a JPEG', () => {
    const jpeg = createCanvas(7, 3).encodeSync('jpeg', 80);
    expect(jpegSize(jpeg)).toEqual({ width: 7, height: 3 });
    expect(jpegSize(createCanvas(7, 3).encodeSync('png'))).toBeUndefined();
  });
});
