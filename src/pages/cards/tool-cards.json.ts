/**
 * What every tool's share card shows, for the `tool-cards` integration
 * (src/integrations/toolCards.ts), which draws /cards/<id>.jpg from it and
 * removes this file. Rendering this route also starts the drawing, so the cards
 * are drawn while the other pages render. One route for the whole catalogue.
 */
import type { APIRoute } from 'astro';
import { loadLandscape } from '../../components/landscape/loadLandscape';
import type { ToolCardFacts } from '../../lib/cards/toolCard';

/** Symbol.for('mlops-navigator.tool-cards') in src/integrations/toolCards.ts: set only while `astro build` runs. */
const CARD_HOOK = Symbol.for('mlops-navigator.tool-cards');

export const GET: APIRoute = async () => {
  const landscape = await loadLandscape();
  const cards = landscape.tools.map(landscape.cardFacts);
  (globalThis as { [CARD_HOOK]?: { start(facts: ToolCardFacts[]): void } })[CARD_HOOK]?.start(cards);
  return new Response(JSON.stringify({ cards }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
