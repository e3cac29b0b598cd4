import { describe, expect, it } from 'vitest';
import { renderLandscapePlot } from '../../../src/lib/preview/renderLandscapePlot.ts';

/** The plot's inner rows, without the frame. */
const inner = (lines: string[]) => lines.filter((line) => /^ {2}(1\.0|0\.5|0\.0| {3}) \|/.test(line)).map((line) => line.slice(7, -1));

describe('renderLandscapePlot', () => {
  it('draws the entry in its quadrant, over other points at the same spot', () => {
    const lines = renderLandscapePlot([
      { artifact: 0.9, scope: 0.1, kind: 'other' },
      { artifact: 0.9, scope: 0.1, kind: 'entry' },
      { artifact: 0.1, scope: 0.9, kind: 'category' },
    ], 20, 7);
    const rows = inner(lines);
    expect(rows).toHaveLength(7);
    const [entryRow, entryCol] = [rows.findIndex((r) => r.includes('@')), rows.find((r) => r.includes('@'))!.indexOf('@')];
    expect(entryRow).toBeGreaterThan(3); // below the 0.5 line: piecemeal
    expect(entryCol).toBeGreaterThan(10); // right of the middle: model side
    expect(rows.join('')).not.toContain('.');
    const categoryRow = rows.findIndex((r) => r.includes('o'));
    expect(categoryRow).toBeLessThan(3);
    expect(rows[categoryRow]!.indexOf('o')).toBeLessThan(10);
  });

  it('keeps 0.5 on the model / all-in-one side, like quadrantOf', () => {
    const rows = inner(renderLandscapePlot([{ artifact: 0.5, scope: 0.5, kind: 'entry' }], 20, 7));
    const row = rows.findIndex((r) => r.includes('@'));
    expect(row).toBeLessThan(3);
    expect(rows[row]!.indexOf('@')).toBeGreaterThan(10);
  });

  it('names the quadrants and the axes, in plain ASCII inside the frame', () => {
    const text = renderLandscapePlot([], 48, 13).join('\n');
    for (const name of ['Cloud Platforms', 'ML Platforms', 'Standard SWE Tools', 'Specialized ML Tools', 'software (left) to model (right)']) expect(text).toContain(name);
    expect(inner(renderLandscapePlot([], 48, 13)).join('')).toMatch(/^[ |+-]+$/);
  });
});
