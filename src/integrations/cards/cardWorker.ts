/**
 * Draws tool cards in a worker thread, a batch at a time from the pool's queue
 * (src/integrations/toolCards.ts), each one unless the cache already holds the
 * same card (same facts, same drawing code).
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
/** What the pool sends: the next batch, or that the queue is empty. */
export type ToWorker = { jobs: CardJob[] } | { done: true };
/** What a worker sends: ready for a batch, with the counts of the one it finished. */
export interface FromWorker {
  drawn: number;
  reused: number;
}

/** Without an output folder (a build's head start, before Astro has emptied its output), cards go to the cache only. */
const { outDir, cacheDir } = workerData as { outDir: string | null; cacheDir?: string };
let render: ReturnType<typeof cardRenderer> | undefined;
if (cacheDir) mkdirSync(cacheDir, { recursive: true });

// Skia's pixel buffers are freed by finalizers, which only run when the event loop turns: without a pause every few
// cards, a worker would hold about 3 MB per card drawn (gigabytes for a large catalogue).
const breathe = () => new Promise((resolve) => setImmediate(resolve));

async function draw(jobs: CardJob[]): Promise<FromWorker> {
  let drawn = 0;
  for (const [index, { facts, key }] of jobs.entries()) {
    if (index % 8 === 7) await breathe();
    const target = outDir ? join(outDir, `${facts.id}.png`) : undefined;
    const cached = cacheDir ? join(cacheDir, `${key}.png`) : undefined;
    if (cached && existsSync(cached)) {
      if (target) copyFileSync(cached, target);
      continue;
    }
    render ??= cardRenderer();
    const png = render(facts);
    drawn++;
    if (target) writeFileSync(target, png);
    if (cached) {
      // Written under a temporary name first, so a cut-off build never leaves half a card in the cache.
      const partial = `${cached}.${process.pid}.partial`;
      writeFileSync(partial, png);
      renameSync(partial, cached);
    }
  }
  return { drawn, reused: jobs.length - drawn };
}

parentPort?.on('message', (message: ToWorker) => {
  if ('done' in message) {
    parentPort?.close();
    return;
  }
  void draw(message.jobs).then((counts) => parentPort?.postMessage(counts));
});
parentPort?.postMessage({ drawn: 0, reused: 0 } satisfies FromWorker);
