/**
 * The JSON document of one collection in the open-data API (/api/<collection>.json):
 * a small envelope with the collection name and count, then every entry as
 * `{ id, ...frontmatter }`, sorted by id so the file only changes when content does.
 */
import { toPlainData, type PlainData } from './toPlainData.ts';

/** Bump when the envelope or the derived fields change shape. */
export const OPEN_DATA_VERSION = 1;

export interface CollectionDocument {
  version: number;
  collection: string;
  count: number;
  entries: { id: string; [field: string]: PlainData }[];
}

/**
 * @param derive adds computed fields to each entry (e.g. a tool's quadrant and page URL).
 * @example serialiseCollection('stages', [{ id: 'deployment', data: { name: 'Deployment' } }]).count // → 1
 */
export function serialiseCollection<E extends { id: string; data: object }>(
  collection: string,
  entries: readonly E[],
  derive: (entry: E) => Record<string, unknown> = () => ({}),
): CollectionDocument {
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  return {
    version: OPEN_DATA_VERSION,
    collection,
    count: sorted.length,
    entries: sorted.map((entry) => ({ id: entry.id, ...(toPlainData({ ...entry.data, ...derive(entry) }) as Record<string, PlainData>) })),
  };
}
