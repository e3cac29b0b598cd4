/**
 * The share cards' drawing pool (src/integrations/toolCards.ts): every card is
 * drawn once into the output folder as a 1200 × 630 PNG, workers added while it
 * runs share the same queue, the workers go on while the main thread is busy,
 * and a second build with the same facts copies every card from the cache
 * instead of drawing it, while changed facts redraw.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_HOOK, drawToolCards, toolCards, type CardHook } from '../../src/integrations/toolCards.ts';
import type { ToolCardFacts } from '../../src/lib/cards/toolCard.ts';
import { jpegSize } from '../helpers/jpegSize.ts';

const work = mkdtempSync(join(tmpdir(), 'navigator-cards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const facts = (i: number): ToolCardFacts => ({
  id: `tool-${i}`,
  name: `Tool number ${i}`,
  description: 'A tool of the test suite, with a description long enough to wrap onto a second line of the card.',
  categoryName: 'Experimentation platforms',
  quadrantName: 'Specialized ML Tools',
  quadrantId: 'specialized-ml-tools',
  ringId: 'trial',
  ringName: 'Trial',
  status: i % 5 === 0 ? 'discontinued' : 'active',
  position: { artifact: 0.75, scope: 0.25 },
});
const cards = Array.from({ length: 60 }, (_, i) => facts(i));
const cache = join(work, 'cache');

describe('the share cards', () => {
  it('draws every card once as a 1200 × 630 JPEG, with workers added while it runs', async () => {
    const out = join(work, 'first');
    const pool = drawToolCards(cards, out, cache, 0);
    pool.grow(2);
    expect(await pool.result).toEqual({ drawn: 60, reused: 0 });
    expect(readdirSync(out).sort()).toEqual(cards.map((c) => `${c.id}.jpg`).sort());
    expect(jpegSize(readFileSync(join(out, 'tool-7.jpg')))).toEqual({ width: 1200, height: 630 });
    expect(readFileSync(join(out, 'tool-7.jpg')).equals(readFileSync(join(out, 'tool-8.jpg')))).toBe(false);
  }, 60_000);

  it('keeps drawing while the main thread is busy for a long time (a slow page), without waiting for it to hand out work', async () => {
    const out = join(work, 'busy');
    const pool = drawToolCards(cards.map((c) => ({ ...c, name: `${c.name} again` })), out, join(work, 'cache-busy'), 0);
    // The main thread never yields here, as when the build renders a large page: the worker claims cards by itself.
    const deadline = Date.now() + 30_000;
    let drawnMeanwhile = 0;
    while (Date.now() < deadline && drawnMeanwhile < cards.length) drawnMeanwhile = existsSync(out) ? readdirSync(out).length : 0;
    expect(drawnMeanwhile).toBe(cards.length);
    expect(await pool.result).toEqual({ drawn: cards.length, reused: 0 });
  }, 60_000);

  it('copies unchanged cards from the cache and redraws only the changed ones', async () => {
    const out = join(work, 'second');
    const changed = cards.map((c, i) => (i === 3 ? { ...c, ringId: 'adopt' as const, ringName: 'Adopt' } : c));
    expect(await drawToolCards(changed, out, cache, 0).result).toEqual({ drawn: 1, reused: 59 });
    expect(readFileSync(join(out, 'tool-10.jpg')).equals(readFileSync(join(work, 'first', 'tool-10.jpg')))).toBe(true);
    expect(readFileSync(join(out, 'tool-3.jpg')).equals(readFileSync(join(work, 'first', 'tool-3.jpg')))).toBe(false);
  }, 60_000);

  it('starts from the content files’ facts and ends with the route’s: a card they disagree on is the final one', async () => {
    const site = join(work, 'site');
    const changed = cards.map((c, i) => (i === 3 ? { ...c, ringId: 'adopt' as const, ringName: 'Adopt' } : c));
    const hooks = toolCards().hooks as Record<string, (options: unknown) => unknown>;
    hooks['astro:config:setup']!({ command: 'build' });
    hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(join(work, 'cache-3') + '/'), outDir: pathToFileURL(site + '/') } });
    const hook = (globalThis as { [CARD_HOOK]?: CardHook })[CARD_HOOK]!;
    hook.start(cards, { early: true }); // the first guess: tool-3 still in Trial
    hook.start(changed); // the route's facts
    mkdirSync(join(site, 'cards'), { recursive: true });
    writeFileSync(join(site, 'cards', 'tool-cards.json'), JSON.stringify({ cards: changed }));
    const logs: string[] = [];
    await hooks['astro:build:done']!({ dir: pathToFileURL(site + '/'), logger: { info: (message: string) => logs.push(message) } });
    expect(readFileSync(join(site, 'cards', 'tool-3.jpg')).equals(readFileSync(join(work, 'second', 'tool-3.jpg')))).toBe(true);
    expect(readFileSync(join(site, 'cards', 'tool-10.jpg')).equals(readFileSync(join(work, 'first', 'tool-10.jpg')))).toBe(true);
    expect(readdirSync(join(site, 'cards'))).toHaveLength(60); // the facts file is gone
    expect(logs.join('\n')).toMatch(/60 tool cards .*1 drawn again with the route's facts/);
    expect((globalThis as { [CARD_HOOK]?: CardHook })[CARD_HOOK]).toBeUndefined();
  }, 60_000);

  it('draws nothing early outside a build (astro dev, sync or check find no hook)', () => {
    const hooks = toolCards().hooks as Record<string, (options: unknown) => unknown>;
    hooks['astro:config:setup']!({ command: 'dev' });
    hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(join(work, 'cache-4') + '/'), outDir: pathToFileURL(join(work, 'dev') + '/') } });
    expect((globalThis as { [CARD_HOOK]?: CardHook })[CARD_HOOK]).toBeUndefined();
  });

  it('refuses an id that is not kebab-case, before drawing anything', () => {
    expect(() => drawToolCards([{ ...facts(1), id: '../escape' }], join(work, 'third'))).toThrow(/refusing the file name/);
  });
});
