/**
 * npm run bench:fuzz -- [--seeds 50] [--bodies 2000]
 * The differential fuzz over many seeds: prints every body that validation
 * accepts but that compiles to code or to an element outside the allow-list.
 */
import { runFuzz } from '../tests/unit/safety/fuzzBodies.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const seeds = arg('seeds', 50);
const bodies = arg('bodies', 2000);
let accepted = 0;
let found = 0;
const started = Date.now();
for (let seed = 1; seed <= seeds; seed++) {
  const result = runFuzz(seed, bodies);
  accepted += result.accepted;
  for (const finding of result.findings) {
    found++;
    console.log(`seed ${seed}: ${finding.violations.join(', ')}\n${finding.body}\n`);
  }
}
console.log(`${seeds} seeds × ${bodies} bodies: ${accepted} accepted, ${found} findings, ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(found ? 1 : 0);
