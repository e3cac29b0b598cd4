/**
 * Turns a validated tool entry into what the search indexes: the page that
 * writes /search-index.json and the relevance tests both use it, so the tests
 * search exactly what the site does.
 */
import type { Tool } from '../../schemas/tool.ts';
import type { SearchDocument, SearchVocabulary } from './searchDocument.ts';

/**
 * @example toSearchDocument('langfuse', entry.data).capabilities // → ['llm-observability', 'llm-evaluation', …]
 */
export function toSearchDocument(id: string, data: Tool): SearchDocument {
  return {
    id,
    name: data.name,
    aliases: [...data.aliases],
    description: data.description,
    capabilities: [...data.capabilities],
    category: data.category,
    stages: [...data.stages],
    concerns: data.addresses.map((address) => ({ id: address.concern, strength: address.strength })),
    status: data.status.state,
    ring: data.ring,
  };
}

/** The vocabulary from content entries (capabilities, stages, concerns, categories), each `{ id, data: { name } }`. */
export function toSearchVocabulary(entries: Record<keyof SearchVocabulary, readonly { id: string; data: { name: string } }[]>): SearchVocabulary {
  const items = (list: readonly { id: string; data: { name: string } }[]) => list.map((entry) => ({ id: entry.id, name: entry.data.name }));
  return { capabilities: items(entries.capabilities), stages: items(entries.stages), concerns: items(entries.concerns), categories: items(entries.categories) };
}
