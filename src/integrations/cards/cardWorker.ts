/**
 * Draws tool cards in a worker thread (src/integrations/toolCards.ts). The
 * workers of a pool share one queue in shared memory: each claims the next
 * card with an atomic counter, so a worker never waits for the build's main
 * thread, which may be busy rendering a page for seconds. A card is drawn
 * unless the cache already holds the same card (same facts, same drawing code).
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { CARD_EXTENSION, type ToolCardFacts } from '../../lib/cards/toolCard.ts';
import { cardRenderer } from './renderCard.ts';

export interface CardJob {
  facts: ToolCardFacts;
  /** Content hash of the facts and the drawing code. */
  key: string;
}

/** The pool's shared state, one set per pool; every worker of the pool gets the same buffers. */
export interface CardQueue {
  jobs: CardJob[];
  /** Int32 [next job to claim, cards drawn, cards copied from the cache]. */
  state: SharedArrayBuffer;
  /** One byte per job: 1 when the job was withdrawn (its facts were replaced) before a worker claimed it. */
  withdrawn: SharedArrayBuffer;
}
export const NEXT = 0;
export const DRAWN = 1;
export const REUSED = 2;

export interface CardWorkerData extends CardQueue {
  /** Without an output folder (a build's head start, before Astro has emptied its output), cards go to the cache only. */
  outDir: string | null;
  cacheDir?: string;
}

// Skia's pixel buffers are freed by finalizers, which only run when the event loop turns: without a pause every few
// cards, a worker would hold about 3 MB per card drawn (gigabytes for a large catalogue).
const breathe = () => new Promise((resolve) => setImmediate(resolve));

async function drawAll({ jobs, state, withdrawn, outDir, cacheDir }: CardWorkerData): Promise<void> {
  const counters = new Int32Array(state);
  const gone = new Uint8Array(withdrawn);
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  let render: ReturnType<typeof cardRenderer> | undefined;
  for (let done = 1; ; done++) {
    if (done % 8 === 0) await breathe();
    const index = Atomics.add(counters, NEXT, 1);
    if (index >= jobs.length) return;
    if (Atomics.load(gone, index) === 1) continue;
    const { facts, key } = jobs[index]!;
    const target = outDir ? join(outDir, `${facts.id}.${CARD_EXTENSION}`) : undefined;
    const cached = cacheDir ? join(cacheDir, `${key}.${CARD_EXTENSION}`) : undefined;
    if (cached && existsSync(cached)) {
      if (target) copyFileSync(cached, target);
      Atomics.add(counters, REUSED, 1);
      continue;
    }
    render ??= cardRenderer();
    const image = render(facts);
    if (target) writeFileSync(target, image);
    if (cached) {
      // Written under a temporary name first, so a cut-off build never leaves half a card in the cache.
      const partial = `${cached}.${process.pid}.${index}.partial`;
      writeFileSync(partial, image);
      renameSync(partial, cached);
    }
    Atomics.add(counters, DRAWN, 1);
  }
}

// The worker ends when its queue is empty; an error ends it with the error, which the pool reports.
if (workerData) await drawAll(workerData as CardWorkerData);
