/**
 * A tool's share-card facts from its entry and the names of its category,
 * quadrant and ring. One function for both places that make them: the build's
 * content step, which starts drawing the cards as soon as the content is
 * validated (src/content.config.ts), and the route that lists them
 * (src/pages/cards/tool-cards.json.ts), whose facts are the final ones.
 */
import { quadrantOfCategory, type CategoryId, type RingId } from '../../schemas/ids.ts';
import type { ToolCardFacts } from './toolCard.ts';

export interface CardFactsEntry {
  id: string;
  data: { name: string; description: string; category: CategoryId; ring: RingId; status: { state: string }; position: { artifact: number; scope: number } };
}

export interface CardNames {
  category: ReadonlyMap<string, string>;
  quadrant: ReadonlyMap<string, string>;
  ring: ReadonlyMap<string, string>;
}

/** @example cardFactsOf(entry, names).quadrantId // → 'specialized-ml-tools' for an ML framework */
export function cardFactsOf(tool: CardFactsEntry, names: CardNames): ToolCardFacts {
  const quadrantId = quadrantOfCategory(tool.data.category);
  return {
    id: tool.id,
    name: tool.data.name,
    description: tool.data.description,
    categoryName: names.category.get(tool.data.category) ?? tool.data.category,
    quadrantId,
    quadrantName: names.quadrant.get(quadrantId) ?? quadrantId,
    ringId: tool.data.ring,
    ringName: names.ring.get(tool.data.ring) ?? tool.data.ring,
    status: tool.data.status.state,
    position: tool.data.position,
  };
}
