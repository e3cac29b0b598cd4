/**
 * A small plain-ASCII picture of the landscape plane for the terminal: the
 * four quadrants (named above and below the box), every tool as a dot, the tools of one category as "o" and
 * the previewed entry as "@". Artifact runs left (software) to right (model),
 * scope bottom (piecemeal) to top (all-in-one).
 */

export interface PlotPoint {
  artifact: number;
  scope: number;
  /** "entry" is drawn over "category", which is drawn over "other". */
  kind: 'entry' | 'category' | 'other';
}

const MARK = { entry: '@', category: 'o', other: '.' } as const;
const RANK = { entry: 3, category: 2, other: 1 } as const;

/**
 * @param width inner width in characters (even), height inner height in rows (odd)
 * @example renderLandscapePlot([{ artifact: 0.9, scope: 0.1, kind: 'entry' }], 20, 7).join('\n')
 */
export function renderLandscapePlot(points: readonly PlotPoint[], width = 48, height = 13): string[] {
  const half = width / 2;
  const grid: string[][] = Array.from({ length: height }, () => Array.from({ length: width + 1 }, () => ' '));
  const middleRow = (height - 1) / 2;
  for (let row = 0; row < height; row++) grid[row]![half] = '|';
  for (let col = 0; col <= width; col++) grid[middleRow]![col] = col === half ? '+' : '-';
  const placed = new Map<string, number>();
  for (const point of points) {
    // 0.5 belongs to the model / all-in-one side, as in quadrantOf().
    const col = point.artifact >= 0.5 ? Math.min(width, half + 1 + Math.floor((point.artifact - 0.5) * 2 * (half - 1))) : Math.max(0, Math.min(half - 1, Math.floor(point.artifact * 2 * half)));
    const row = point.scope >= 0.5 ? Math.max(0, middleRow - 1 - Math.floor((point.scope - 0.5) * 2 * middleRow)) : Math.min(height - 1, middleRow + 1 + Math.floor((0.5 - point.scope) * 2 * middleRow - 1e-9));
    const key = `${row}:${col}`;
    if ((placed.get(key) ?? 0) >= RANK[point.kind]) continue;
    placed.set(key, RANK[point.kind]);
    grid[row]![col] = MARK[point.kind];
  }
  const pair = (left: string, right: string) => `       ${left.padEnd(half + 1)}${right}`;
  const lines = [pair('Cloud Platforms', 'ML Platforms'), `      +${'-'.repeat(width + 1)}+`];
  grid.forEach((row, i) => lines.push(`${i === 0 ? '  1.0 ' : i === middleRow ? '  0.5 ' : i === height - 1 ? '  0.0 ' : '      '}|${row.join('')}|`));
  lines.push(
    `      +${'-'.repeat(width + 1)}+`,
    pair('Standard SWE Tools', 'Specialized ML Tools'),
    `       artifact: software (left) to model (right); scope: piecemeal (bottom) to all-in-one (top)`,
    `       @ this entry   o its category   . other tools`,
  );
  return lines;
}
