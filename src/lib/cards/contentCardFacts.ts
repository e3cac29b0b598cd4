/**
 * The share cards' facts from the validator's schema-parsed entries
 * (`validateContentInParallel`), before Astro has loaded any collection: what
 * lets the build start drawing the cards while it is still loading content and
 * bundling. The route that lists the cards gives the final facts from the
 * loaded collections, and any card whose facts differ is drawn again
 * (src/integrations/toolCards.ts).
 */
import { cardFactsOf, type CardFactsEntry } from './cardFactsOf.ts';
import type { ToolCardFacts } from './toolCard.ts';

type Entries = Partial<Record<string, readonly { id: string; data: unknown }[]>>;

export function contentCardFacts(entries: Entries): ToolCardFacts[] {
  const names = (list: Entries[string]) => new Map((list ?? []).map((entry) => [entry.id, String((entry.data as { name?: unknown }).name)]));
  const lookups = { category: names(entries.categories), quadrant: names(entries.quadrants), ring: names(entries.rings) };
  return (entries.tools ?? []).map((entry) => cardFactsOf(entry as CardFactsEntry, lookups));
}
