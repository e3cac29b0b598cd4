/**
 * The JSON document of one collection in the open-data API (/api/<collection>.json):
 * a small envelope with the collection name and count and the data licence
 * (CC-BY-4.0, LICENSE-DATA.md), then every entry as `{ id, ...frontmatter }`,
 * sorted by id so the file only changes when content does.
 */
import { DATA_LICENSE } from './dataLicense.ts';
import { toPlainData, type PlainData } from './toPlainData.ts';

/** Bump when the envelope or the derived fields change shape. */
export const OPEN_DATA_VERSION = 1;

export interface CollectionDocument {
  version: number;
  collection: string;
  /** SPDX id of the data licence: reuse is allowed with credit. */
  license: typeof DATA_LICENSE.license;
  licenseUrl: typeof DATA_LICENSE.licenseUrl;
  /** Whom to credit. */
  attribution: typeof DATA_LICENSE.attribution;
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
    ...DATA_LICENSE,
    count: sorted.length,
    entries: sorted.map((entry) => ({ id: entry.id, ...(toPlainData({ ...entry.data, ...derive(entry) }) as Record<string, PlainData>) })),
  };
}

export interface EntryDocument<Extra> {
  version: number;
  collection: string;
  license: typeof DATA_LICENSE.license;
  licenseUrl: typeof DATA_LICENSE.licenseUrl;
  attribution: typeof DATA_LICENSE.attribution;
  entry: { id: string; [field: string]: PlainData };
  /** What a page of the site needs besides the entry (e.g. the compare page's rows). */
  view: Extra;
}

/**
 * The JSON document of one entry (/api/tools/<id>.json): the same envelope and
 * entry shape as the collection file, so a reader that knows one knows both.
 * @example serialiseEntry('tools', { id: 'mlflow', data: { name: 'MLflow' } }, {}).entry.name // → 'MLflow'
 */
export function serialiseEntry<E extends { id: string; data: object }, Extra>(collection: string, entry: E, view: Extra, derive: (entry: E) => Record<string, unknown> = () => ({})): EntryDocument<Extra> {
  return {
    version: OPEN_DATA_VERSION,
    collection,
    ...DATA_LICENSE,
    entry: { id: entry.id, ...(toPlainData({ ...entry.data, ...derive(entry) }) as Record<string, PlainData>) },
    view,
  };
}
