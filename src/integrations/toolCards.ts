/**
 * Draws the card image every tool page's shared link unfurls with:
 * /cards/<id>.jpg, 1200 × 630, from the facts /cards/tool-cards.json lists
 * (written by one route, removed when the build is done). The route starts the
 * drawing through CARD_HOOK, so it overlaps the rest of the build; without the
 * hook it starts when the build is done. Cards are drawn by a pool of worker
 * threads that claim cards from a queue in shared memory, and a card whose
 * facts and drawing code are unchanged is copied from the build cache instead
 * of drawn again.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { CARD_EXTENSION, type ToolCardFacts } from '../lib/cards/toolCard.ts';
import { DRAWN, NEXT, REUSED, type CardJob, type CardQueue, type CardWorkerData } from './cards/cardWorker.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DRAWING_CODE = ['../lib/cards/toolCard.ts', './cards/renderCard.ts'];

/** A hash of the code that draws a card, so a change to it redraws every card. */
function drawingCodeHash(): string {
  const hash = createHash('sha256');
  for (const file of DRAWING_CODE) hash.update(readFileSync(new URL(file, import.meta.url)));
  hash.update(readFileSync(new URL(import.meta.resolve('@napi-rs/canvas/package.json'))));
  return hash.digest('hex');
}

/** A worker added late is worth starting only if at least this many cards are still unclaimed. */
const WORTH_A_WORKER = 16;

/**
 * A pool of card workers sharing one queue in shared memory: each worker claims the next card itself, so the
 * drawing never waits for this (main) thread, which is busy rendering pages. It starts with `workers` threads;
 * grow() adds more (when the pages are done and their core is free).
 */
export function cardPool(jobs: CardJob[], outDir: string | null, cacheDir: string | undefined, workers: number) {
  const queue: CardQueue = { jobs, state: new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT), withdrawn: new SharedArrayBuffer(Math.max(1, jobs.length)) };
  const counters = new Int32Array(queue.state);
  const withdrawn = new Uint8Array(queue.withdrawn);
  const unclaimed = () => Math.max(0, jobs.length - Atomics.load(counters, NEXT));
  let running = 0;
  let failed: Error | undefined;
  let finish!: (value: { drawn: number; reused: number }) => void;
  let fail!: (error: Error) => void;
  const result = new Promise<{ drawn: number; reused: number }>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const add = () => {
    running++;
    const worker = new Worker(new URL('./cards/cardWorker.ts', import.meta.url), { workerData: { ...queue, outDir, cacheDir } satisfies CardWorkerData });
    worker.once('error', (error: Error) => {
      failed ??= error;
      // The other workers stop claiming cards: the build fails anyway.
      Atomics.store(counters, NEXT, jobs.length);
    });
    worker.once('exit', (code) => {
      if (code !== 0) failed ??= new Error(`tool-cards: a card worker stopped with exit code ${code}`);
      running--;
      if (running > 0) return;
      if (failed) fail(failed);
      else finish({ drawn: Atomics.load(counters, DRAWN), reused: Atomics.load(counters, REUSED) });
    });
  };
  for (let i = 0; i < Math.max(1, workers); i++) add();
  return {
    result,
    /** Withdraws the jobs for these ids that no worker has claimed yet (their facts were replaced). */
    drop(ids: ReadonlySet<string>) {
      jobs.forEach((job, index) => {
        if (ids.has(job.facts.id)) Atomics.store(withdrawn, index, 1);
      });
    },
    /** Adds workers, while enough cards are still unclaimed to be worth one each. */
    grow(more: number) {
      for (let i = 0; i < more && unclaimed() > WORTH_A_WORKER * (i + 1) && running > 0; i++) add();
    },
  };
}

function jobsOf(facts: ToolCardFacts[]): CardJob[] {
  const code = drawingCodeHash();
  return facts.map((f) => {
    // Ids are validated kebab-case; anything else would be a path outside the folder.
    if (!ID.test(f.id)) throw new Error(`tool-cards: refusing the file name "${f.id}.${CARD_EXTENSION}"`);
    return { facts: f, key: createHash('sha256').update(code).update(JSON.stringify(f)).digest('hex').slice(0, 32) };
  });
}

/**
 * Draws every card into outDir (or, with outDir null, into the cache only).
 * @param spare cores to leave to the rest of the build: while pages still render (the main thread keeps one core
 *              busy), the cards use the others; after the build, all of them (grow()).
 */
export function drawToolCards(facts: ToolCardFacts[], outDir: string | null, cacheDir?: string, spare = 0) {
  const jobs = jobsOf(facts);
  if (outDir) mkdirSync(outDir, { recursive: true });
  // At most four workers, one per 50 cards (a tiny catalogue needs one), never fewer than one.
  const workers = Math.max(1, Math.min(availableParallelism() - spare, 4, Math.ceil(jobs.length / 50)));
  return cardPool(jobs, outDir, cacheDir, workers);
}

/**
 * How the build starts the drawing at once, while the rest of the site is still being loaded and rendered (the
 * content step and the route that lists the cards run in the build's own process): first with the facts read from
 * the content files (`early`), then with the route's final facts. Without it, the drawing starts when the build is done.
 */
export const CARD_HOOK = Symbol.for('mlops-navigator.tool-cards');
export interface CardHook {
  start(facts: ToolCardFacts[], options?: { early?: boolean }): void;
}

type Pool = ReturnType<typeof drawToolCards>;

/** Puts a card from the cache into the output: a hard link where the two share a file system, else a copy. */
function place(cached: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

export function toolCards(): AstroIntegration {
  let cacheDir: string | undefined;
  let outDir: string | undefined;
  let building = false;
  /** Cards drawn ahead into the cache: the pools, and the final jobs once the route has given its facts. */
  let ahead: { started: number; pools: Pool[]; keys: Map<string, string>; final?: CardJob[] } | undefined;
  const globals = globalThis as { [CARD_HOOK]?: CardHook };
  const start = (facts: ToolCardFacts[], early: boolean) => {
    // Without a cache there is nowhere to draw ahead into: the cards are drawn when the build is done.
    if (!cacheDir || ahead?.final) return;
    const jobs = jobsOf(facts);
    if (!ahead) {
      const pool = cardPool(jobs, null, cacheDir, 1);
      // Failures are reported when the build is done, not as an unhandled rejection meanwhile.
      pool.result.catch(() => undefined);
      ahead = { started: performance.now(), pools: [pool], keys: new Map(jobs.map((job) => [job.facts.id, job.key])) };
      if (!early) ahead.final = jobs;
      return;
    }
    // The final facts: draw also the cards whose facts the first guess got wrong (or lacked).
    ahead.final = jobs;
    const corrected = jobs.filter((job) => ahead!.keys.get(job.facts.id) !== job.key);
    if (corrected.length === 0) return;
    ahead.pools[0]!.drop(new Set(corrected.map((job) => job.facts.id)));
    const pool = cardPool(corrected, null, cacheDir, 1);
    pool.result.catch(() => undefined);
    ahead.pools.push(pool);
  };
  return {
    name: 'tool-cards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'tool-cards');
        outDir = join(fileURLToPath(config.outDir), 'cards');
        // Only a build draws cards; the content step of `astro dev`, `astro sync` or `astro check` finds no hook.
        if (building) globals[CARD_HOOK] = { start: (facts, options) => start(facts, options?.early === true) };
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete globals[CARD_HOOK];
        const root = fileURLToPath(dir);
        const cards = join(root, 'cards');
        const combined = join(cards, 'tool-cards.json');
        const { cards: facts } = JSON.parse(readFileSync(combined, 'utf8')) as { cards: ToolCardFacts[] };
        rmSync(combined);
        const started = ahead?.started ?? performance.now();
        let drawn = 0;
        let reused = 0;
        let again = 0;
        if (ahead?.final && cards === outDir && cacheDir) {
          // The pages are done: the cards still queued may use every core now.
          for (const pool of ahead.pools) pool.grow(availableParallelism() - 1);
          for (const counts of await Promise.all(ahead.pools.map((pool) => pool.result))) {
            drawn += counts.drawn;
            reused += counts.reused;
          }
          again = ahead.final.filter((job) => ahead!.keys.get(job.facts.id) !== job.key).length;
          const missing: ToolCardFacts[] = [];
          for (const job of ahead.final) {
            const cached = join(cacheDir, `${job.key}.${CARD_EXTENSION}`);
            if (existsSync(cached)) place(cached, join(cards, `${job.facts.id}.${CARD_EXTENSION}`));
            else missing.push(job.facts);
          }
          // Only if the cache lost a card meanwhile: draw it straight into the output.
          if (missing.length > 0) drawn += (await drawToolCards(missing, cards, cacheDir).result).drawn;
        } else {
          await Promise.allSettled(ahead?.pools.map((pool) => pool.result) ?? []);
          const counts = await drawToolCards(facts, cards, cacheDir).result;
          drawn += counts.drawn;
          reused += counts.reused;
        }
        const note = again > 0 ? `, ${again} drawn again with the route's facts` : '';
        logger.info(`${facts.length} tool cards in ${Math.round(performance.now() - started)} ms (${drawn} drawn, ${reused} from the cache${note})`);
        ahead = undefined;
      },
    },
  };
}
