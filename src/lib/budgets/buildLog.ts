/**
 * Reading `astro build`'s own log for the build benchmark: the routes that
 * took longest to render (Astro prints each file with its time, "(+12ms)"),
 * and the tool cards' line from the tool-cards integration.
 */
export interface RouteTime {
  path: string;
  ms: number;
}

const ROUTE_LINE = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/**
 * The `count` slowest routes of a build log, slowest first.
 * @example slowestRoutes('  ├─ /map/index.html (+1.20s)\n  └─ /index.html (+4ms)', 1) // → [{ path: '/map/index.html', ms: 1200 }]
 */
export function slowestRoutes(log: string, count: number): RouteTime[] {
  const routes: RouteTime[] = [];
  for (const line of log.split('\n')) {
    const match = ROUTE_LINE.exec(line);
    if (match) routes.push({ path: match[1]!, ms: Number(match[2]) * (match[3] === 's' ? 1000 : 1) });
  }
  return routes.sort((a, b) => b.ms - a.ms || a.path.localeCompare(b.path)).slice(0, count);
}

/**
 * The tool cards' timing line, e.g. "421 tool cards in 3668 ms (421 drawn, 0 from the cache)", or undefined.
 */
export function toolCardsLine(log: string): string | undefined {
  return /\[tool-cards\] (\d+ tool cards in \d+ ms[^\n]*)/.exec(log)?.[1];
}
