import { describe, expect, it } from 'vitest';
import { slowestRoutes, toolCardsLine } from '../../../src/lib/budgets/buildLog';

const log = [
  '00:36:55 generating static routes',
  '00:36:55   ├─ /tools/whylabs/index.html (+4ms) ',
  '00:36:55   ├─ /map/index.html (+1.25s) ',
  '00:36:55   ├─ /tools/index.html (+30ms) ',
  '00:36:56   └─ /index.html (+5ms) ',
  '00:36:59 [tool-cards] 421 tool cards in 3668 ms (421 drawn, 0 from the cache)',
].join('\n');

describe('slowestRoutes', () => {
  it('lists the routes that took longest, slowest first, reading seconds and milliseconds', () => {
    expect(slowestRoutes(log, 2)).toEqual([
      { path: '/map/index.html', ms: 1250 },
      { path: '/tools/index.html', ms: 30 },
    ]);
  });

  it('finds nothing in a log without route lines', () => {
    expect(slowestRoutes('no routes here', 5)).toEqual([]);
  });
});

describe('toolCardsLine', () => {
  it('reads the tool cards integration’s timing', () => {
    expect(toolCardsLine(log)).toBe('421 tool cards in 3668 ms (421 drawn, 0 from the cache)');
    expect(toolCardsLine('')).toBeUndefined();
  });
});
