/**
 * Draws a share of the tool cards in a worker thread, each one unless the cache
 * already holds the same card (same facts, same drawing code).
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ToolCardFacts } from '../../lib/cards/toolCard.ts';
import { cardRenderer } from './renderCard.ts';

export interface CardJob {
  facts: ToolCardFacts;
  /** Content hash of the facts and the drawing code. */
  key: string;
}
interface WorkerInput {
  jobs: CardJob[];
  outDir: string;
  cacheDir?: string;
}

const { jobs, outDir, cacheDir } = workerData as WorkerInput;
let render: ReturnType<typeof cardRenderer> | undefined;
let drawn = 0;
if (cacheDir) mkdirSync(cacheDir, { recursive: true });
// Skia's pixel buffers are freed by finalizers, which only run when the event loop turns: without a pause every few
// cards, a worker would hold about 3 MB per card drawn (gigabytes for a large catalogue).
const breathe = () => new Promise((resolve) => setImmediate(resolve));
for (const [index, { facts, key }] of jobs.entries()) {
  if (index % 8 === 7) await breathe();
  const target = join(outDir, `${facts.id}.png`);
  const cached = cacheDir ? join(cacheDir, `${key}.png`) : undefined;
  if (cached && existsSync(cached)) {
    copyFileSync(cached, target);
    continue;
  }
  render ??= cardRenderer();
  const png = render(facts);
  drawn++;
  writeFileSync(target, png);
  if (cached) {
    // Written under a temporary name first, so a cut-off build never leaves half a card in the cache.
    const partial = `${cached}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, cached);
  }
}
parentPort?.postMessage({ drawn, reused: jobs.length - drawn });
