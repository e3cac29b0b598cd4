/**
 * Loads what the catalogue, compare, search and open-data pages need from the
 * content collections, once per build, and shapes it with the pure functions in
 * src/lib. This is the one place those pages touch astro:content.
 */
import { getCollection } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import { CLOUD_IDS, RING_IDS } from '../schemas/ids.ts';
import { HOSTING_IDS, OFFERING_IDS, STATUS_IDS } from '../schemas/tool.ts';
import type { CatalogueTool } from '../lib/catalogue/catalogueTool.ts';
import { CLOUD_NEUTRAL, FILTER_KEYS, type FilterKey, type FilterVocabulary } from '../lib/catalogue/facets.ts';
import { CLOUD_LABELS, HOSTING_LABELS, OFFERING_LABELS, STATUS_LABELS, licenseLabel } from '../lib/catalogue/labels.ts';
import { toCatalogueTool } from '../lib/catalogue/toCatalogueTool.ts';
import { formatIsoDate } from '../lib/catalogue/formatIsoDate.ts';
import type { CompareLabels, CompareTool } from '../lib/compare/buildCompareTable.ts';
import { compareNames } from '../lib/text/compareNames.ts';

export interface FacetOption {
  value: string;
  label: string;
}

export interface Facet {
  key: FilterKey;
  /** The facet's name as the filter form shows it. */
  label: string;
  options: FacetOption[];
}

export interface CatalogueData {
  entries: CollectionEntry<'tools'>[];
  tools: CatalogueTool[];
  compareTools: CompareTool[];
  facets: Facet[];
  vocabulary: FilterVocabulary;
  labels: CompareLabels;
  /** Group ids in display order, per group key. */
  groupOrder: { category: string[]; stage: string[]; quadrant: string[]; ring: string[] };
  /** Display names of group ids, per group key. */
  groupLabels: { category: Record<string, string>; stage: Record<string, string>; quadrant: Record<string, string>; ring: Record<string, string> };
}

const FACET_LABELS: Record<FilterKey, string> = {
  quadrant: 'Quadrant',
  category: 'Category',
  stage: 'Lifecycle stage',
  capability: 'Capability',
  persona: 'Persona',
  ring: 'Ring',
  offering: 'Offering',
  license: 'Licence',
  hosting: 'Hosting',
  cloud: 'Cloud',
  status: 'Status',
};

const byOrder = <T extends { data: { order: number; name: string } }>(a: T, b: T) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name);
const named = (entries: { id: string; data: { name: string } }[]) => entries.map((entry) => ({ value: entry.id, label: entry.data.name }));
const toRecord = (options: FacetOption[]) => Object.fromEntries(options.map((option) => [option.value, option.label]));

let cached: Promise<CatalogueData> | undefined;

/**
 * Everything the catalogue-side pages need, loaded once per build and shared
 * by every page and endpoint that asks: sorting, facets and labels are never
 * recomputed per page. In `astro dev` nothing is kept between requests, so
 * edited content shows up on reload.
 */
export function loadCatalogue(): Promise<CatalogueData> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<CatalogueData> {
  const [entries, quadrants, categories, stages, capabilities, personas, rings] = await Promise.all([
    getCollection('tools'),
    getCollection('quadrants'),
    getCollection('categories'),
    getCollection('stages'),
    getCollection('capabilities'),
    getCollection('personas'),
    getCollection('rings'),
  ]);
  entries.sort((a, b) => compareNames(a.data.name, b.data.name) || a.id.localeCompare(b.id));
  [quadrants, categories, stages, capabilities, personas, rings].forEach((list) => list.sort(byOrder));
  // Categories read best grouped by quadrant, then in their own order.
  const quadrantRank = new Map(quadrants.map((quadrant, index) => [quadrant.id, index]));
  categories.sort((a, b) => (quadrantRank.get(a.data.quadrant) ?? 0) - (quadrantRank.get(b.data.quadrant) ?? 0) || byOrder(a, b));

  const tools = entries.map((entry) => toCatalogueTool(entry.id, entry.data));
  const compareTools: CompareTool[] = entries.map((entry, index) => ({
    ...tools[index]!,
    position: { ...entry.data.position },
    ringRationale: entry.data.ringRationale,
    statusNote: entry.data.status.note ?? null,
    statusDate: entry.data.status.date ? formatIsoDate(entry.data.status.date) : null,
    website: entry.data.website,
    sources: [...entry.data.sources],
  }));

  // Only licences some tool uses are worth offering as filters.
  const licenses = [...new Set(tools.map((tool) => tool.license))].sort((a, b) => (a === 'proprietary' ? 1 : b === 'proprietary' ? -1 : a.localeCompare(b)));
  const options: Record<FilterKey, FacetOption[]> = {
    quadrant: named(quadrants),
    category: named(categories),
    stage: named(stages),
    capability: named(capabilities),
    persona: named(personas),
    ring: named(rings),
    offering: OFFERING_IDS.map((value) => ({ value, label: OFFERING_LABELS[value] })),
    license: licenses.map((value) => ({ value, label: licenseLabel(value) })),
    hosting: HOSTING_IDS.map((value) => ({ value, label: HOSTING_LABELS[value] })),
    cloud: [...CLOUD_IDS, CLOUD_NEUTRAL as typeof CLOUD_NEUTRAL].map((value) => ({ value, label: CLOUD_LABELS[value] })),
    status: STATUS_IDS.map((value) => ({ value, label: STATUS_LABELS[value] })),
  };
  const facets = FILTER_KEYS.map((key) => ({ key, label: FACET_LABELS[key], options: options[key] }));
  const vocabulary = Object.fromEntries(facets.map((facet) => [facet.key, facet.options.map((option) => option.value)])) as unknown as FilterVocabulary;

  return {
    entries,
    tools,
    compareTools,
    facets,
    vocabulary,
    labels: {
      categories: toRecord(options.category),
      quadrants: toRecord(options.quadrant),
      rings: toRecord(options.ring),
      stages: stages.map((stage) => ({ id: stage.id as CompareLabels['stages'][number]['id'], name: stage.data.name })),
      capabilities: capabilities.map((capability) => ({ id: capability.id, name: capability.data.name })),
      personas: personas.map((persona) => ({ id: persona.id as CompareLabels['personas'][number]['id'], name: persona.data.name })),
    },
    groupOrder: { category: categories.map((c) => c.id), stage: stages.map((s) => s.id), quadrant: quadrants.map((q) => q.id), ring: [...RING_IDS] },
    groupLabels: { category: toRecord(options.category), stage: toRecord(options.stage), quadrant: toRecord(options.quadrant), ring: toRecord(options.ring) },
  };
}
