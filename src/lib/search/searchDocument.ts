/**
 * What the site search knows about a tool: the searched fields plus what a
 * result shows. Built at build time into /search-index.json.
 */
export const SEARCH_FIELDS = ['name', 'aliases', 'description', 'capabilities'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchDocument {
  id: string;
  name: string;
  aliases: string[];
  description: string;
  /** Capability display names ("Experiment tracking"), so people can search by what a tool does. */
  capabilities: string[];
  /** Category display name, shown under the result. */
  category: string;
}
