import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, layoutToolCard, toolCardAlt, wrapText, type CardOp, type ToolCardFacts } from '../../../src/lib/cards/toolCard';
import { estimateTextWidth } from '../../../src/lib/layout/labelLandscape';
import { MLFLOW_CARD_FACTS } from '../../helpers/mlflowCardFacts';

const measure = (text: string, size: number) => estimateTextWidth(text, size);
const facts: ToolCardFacts = MLFLOW_CARD_FACTS;
const texts = (ops: CardOp[]) => ops.filter((op): op is Extract<CardOp, { kind: 'text' }> => op.kind === 'text');

describe('wrapText', () => {
  const fitsIn = (chars: number) => (line: string) => line.length <= chars;

  it('breaks between words and keeps every word when the text fits', () => {
    expect(wrapText('one two three four', 2, fitsIn(9))).toEqual(['one two', 'three…']);
    expect(wrapText('one two three four', 3, fitsIn(9))).toEqual(['one two', 'three', 'four']);
  });

  it('ends the last line with an ellipsis that still fits when text is left over', () => {
    const lines = wrapText('alpha beta gamma delta epsilon', 2, fitsIn(11));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines.every((line) => line.length <= 11)).toBe(true);
  });

  it('cuts a word longer than a line instead of overflowing', () => {
    expect(wrapText('Supercalifragilistic', 3, fitsIn(8))).toEqual(['Supercal', 'ifragili', 'stic']);
  });
});

describe('layoutToolCard', () => {
  it('shows the name, the description, the ring, the category and the quadrant', () => {
    const shown = texts(layoutToolCard(facts, measure)).map((op) => op.text);
    expect(shown).toContain('MLflow');
    expect(shown).toContain('Adopt');
    expect(shown).toContain('ML project frameworks · ML platforms');
    expect(shown.join(' ')).toContain('Open-source platform for the machine');
    expect(shown).not.toContain('Active');
  });

  it('labels a tool that is not active with its status', () => {
    const shown = texts(layoutToolCard({ ...facts, status: 'discontinued', ringId: 'hold', ringName: 'Hold' }, measure)).map((op) => op.text);
    expect(shown).toContain('Discontinued');
    expect(shown).toContain('Hold');
  });

  it('keeps every text inside the card and a long name to two lines left of the diagram', () => {
    const long = { ...facts, name: 'Amazon SageMaker HyperPod Training Operator for Kubernetes Clusters Everywhere', description: 'word '.repeat(200) };
    const ops = layoutToolCard(long, measure);
    for (const op of texts(ops)) {
      const width = measure(op.text, op.size);
      const left = op.align === 'center' ? op.x - width / 2 : op.x;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + width).toBeLessThanOrEqual(CARD_WIDTH);
      expect(op.y).toBeLessThanOrEqual(CARD_HEIGHT);
    }
    const title = texts(ops).filter((op) => op.bold && op.size >= 52);
    expect(title).toHaveLength(2);
    expect(title[1]!.text).toMatch(/…$/);
    const diagramLeft = Math.min(...ops.filter((op) => op.kind === 'rect' && op.width === 120).map((op) => (op as { x: number }).x));
    for (const op of title) expect(op.x + measure(op.text, op.size)).toBeLessThan(diagramLeft);
  });

  it('lights the tool’s quadrant and puts its dot inside it', () => {
    const ops = layoutToolCard(facts, measure);
    const cells = ops.filter((op): op is Extract<CardOp, { kind: 'rect' }> => op.kind === 'rect' && op.width === 120);
    expect(cells).toHaveLength(4);
    // The lit cell is the one drawn in a colour none of the other three has; ML platforms is top right.
    const lit = cells.filter((cell) => cells.filter((other) => other.fill === cell.fill).length === 1);
    expect(lit).toHaveLength(1);
    expect(lit[0]!.x).toBe(Math.max(...cells.map((c) => c.x)));
    expect(lit[0]!.y).toBe(Math.min(...cells.map((c) => c.y)));
    const dot = ops.find((op) => op.kind === 'circle') as Extract<CardOp, { kind: 'circle' }>;
    expect(dot.x).toBeGreaterThan(lit[0]!.x);
    expect(dot.x).toBeLessThan(lit[0]!.x + lit[0]!.width);
    expect(dot.y).toBeGreaterThan(lit[0]!.y);
    expect(dot.y).toBeLessThan(lit[0]!.y + lit[0]!.height);
  });

  it('describes the image in words for its text alternative', () => {
    expect(toolCardAlt({ ...facts, status: 'deprecated' })).toBe('MLflow: Adopt ring, deprecated; ML project frameworks in the ML platforms quadrant of the MLOps landscape.');
  });
});
