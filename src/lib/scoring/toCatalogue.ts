/**
 * Turn validated collection entries (from Astro's getCollection or from
 * validateContent) into the engine's plain Catalogue. Dates become YYYY-MM-DD
 * strings so the catalogue serialises to JSON for the browser unchanged.
 */
import { quadrantOfCategory } from '../../schemas/ids.ts';
import { isOsiApproved } from '../../schemas/spdx.ts';
import { countedTo, isDormant } from '../maturity/readGitMaturity.ts';
import type { Tool } from '../../schemas/tool.ts';
import type { Catalogue, ScoringTool } from './types.ts';

interface Entry<T> {
  id: string;
  data: T;
}

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : undefined);

export function toScoringTool({ id, data }: Entry<Tool>): ScoringTool {
  const status: ScoringTool['status'] = { state: data.status.state };
  if (data.status.date) status.date = day(data.status.date)!;
  if (data.status.note) status.note = data.status.note;
  if (data.status.successor) status.successor = data.status.successor;
  const tool: ScoringTool = {
    id,
    name: data.name,
    description: data.description,
    category: data.category,
    quadrant: quadrantOfCategory(data.category),
    position: { ...data.position },
    stages: [...data.stages],
    capabilities: [...data.capabilities],
    personas: [...data.personas],
    addresses: data.addresses.map((a) => ({ ...a })),
    clouds: [...data.clouds],
    offering: data.offering,
    hosting: data.hosting,
    license: data.license,
    status,
    ring: data.ring,
    ringRationale: data.ringRationale,
    workloads: [...data.workloads],
    integrations: [...data.integrations],
    kubernetes: data.kubernetes,
    airGapped: data.airGapped,
    pricing: data.pricing,
    leaveCost: data.leaveCost,
    ...openness(data.license, data.components.map((c) => c.license)),
  };
  // The age rules use the first release, or the repository's first commit when the release year is unknown.
  if (typeof data.firstRelease === 'number') tool.firstRelease = data.firstRelease;
  else if (data.maturity) tool.firstRelease = data.maturity.firstCommit;
  if (data.maturity) {
    const m = data.maturity;
    const latestRelease = m.latestRelease ? day(m.latestRelease.date)! : undefined;
    const readOn = day(m.readOn)!;
    const lastCommit = day(m.lastCommit)!;
    tool.maturity = { contributors12m: m.contributors12m, lastCommit, readOn, countedTo: countedTo({ lastCommit, readOn, from: m.from }), dormant: isDormant({ latestRelease: latestRelease ? { tag: m.latestRelease!.tag, date: latestRelease } : undefined, lastCommit, archived: m.archived, readOn, from: m.from }) };
    if (latestRelease) tool.maturity.latestRelease = latestRelease;
  }
  return tool;
}

/** Open source follows from the licences: the tool's and every component's must be OSI-approved. */
export function openness(license: string, components: readonly string[]): { openSource: boolean; nonOsiLicences: string[] } {
  const nonOsiLicences = [license, ...components].filter((l) => !isOsiApproved(l));
  return { openSource: nonOsiLicences.length === 0, nonOsiLicences: [...new Set(nonOsiLicences)] };
}

export interface CatalogueSources {
  tools: Entry<Tool>[];
  concerns: Entry<{ name: string; kind: string; order: number }>[];
  stages: Entry<{ name: string; order: number }>[];
  capabilities: Entry<{ name: string; order: number }>[];
  categories: Entry<{ name: string; order: number }>[];
}

const byOrder = <T extends { data: { order: number } }>(list: T[]) => [...list].sort((a, b) => a.data.order - b.data.order);

export function toCatalogue(sources: CatalogueSources): Catalogue {
  return {
    tools: [...sources.tools].sort((a, b) => a.id.localeCompare(b.id)).map(toScoringTool),
    concerns: byOrder(sources.concerns).map(({ id, data }) => ({ id, name: data.name, kind: data.kind })),
    stages: byOrder(sources.stages).map(({ id, data }) => ({ id: id as Catalogue['stages'][number]['id'], name: data.name })),
    capabilities: byOrder(sources.capabilities).map(({ id, data }) => ({ id, name: data.name, stages: [...((data as { stages?: Catalogue['stages'][number]['id'][] }).stages ?? [])] })),
    categories: byOrder(sources.categories).map(({ id, data }) => ({ id: id as Catalogue['categories'][number]['id'], name: data.name })),
  };
}
