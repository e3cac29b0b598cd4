/**
 * The questionnaire's scoring file, in a lean column-wise shape: one array per
 * tool field instead of one object per tool, repeated values (categories,
 * licences, stages, …) as small integers into a table stored once, and text
 * kept only where the engine reads it. Descriptions, which only the exports
 * use, go to a separate texts file that the results page fetches on demand.
 *
 * `encodeScoringData` runs once per build; `decodeScoringData` runs in the
 * browser and gives back the engine's own `ClientData`, so scoring is the same
 * code on the same data (a unit test compares every reference team's ranking
 * before and after the round trip).
 */
import { CATEGORY_TABLE, quadrantOfCategory } from '../../schemas/ids.ts';
import type { ScoringTool } from '../scoring/types.ts';
import type { ClientData } from './buildClientData.ts';

/** Bump when the shape changes; the file name's content hash changes anyway. */
export const LEAN_FORMAT = 1;

/** Fields stored as an index into a table of their distinct values. */
const ENUM_FIELDS = ['category', 'offering', 'hosting', 'license', 'ring', 'kubernetes', 'airGapped', 'pricing', 'leaveCost'] as const;
/** List fields stored as lists of indices into a table of their distinct values. */
const LIST_FIELDS = ['stages', 'capabilities', 'personas', 'clouds', 'workloads'] as const;
/** Values stored as they are, one array per field. */
const PLAIN_FIELDS = ['id', 'name', 'openSource'] as const;

type EnumField = (typeof ENUM_FIELDS)[number];
type ListField = (typeof LIST_FIELDS)[number];

export interface LeanScoringData {
  format: typeof LEAN_FORMAT;
  count: number;
  questions: ClientData['questions'];
  weights: ClientData['weights'];
  names: ClientData['names'];
  concerns: ClientData['catalogue']['concerns'];
  stages: ClientData['catalogue']['stages'];
  capabilities: ClientData['catalogue']['capabilities'];
  categories: ClientData['catalogue']['categories'];
  /** Distinct values of each enum and list field; the columns hold indices into these. */
  tables: Record<EnumField | ListField, string[]>;
  columns: {
    id: string[];
    name: string[];
    openSource: boolean[];
    /** position.artifact and position.scope, interleaved: [a0, s0, a1, s1, …]. */
    position: number[];
    /** 0 when unknown. */
    firstRelease: number[];
    /** Concern index × 4 + strength (1–3), per tool. */
    addresses: number[][];
    /** Indices of integrated tools in `id`. */
    integrations: number[][];
  } & Record<EnumField, number[]> & Record<ListField, number[][]>;
  /** Only the tools that have one, by row index. */
  sparse: {
    status: Record<number, ScoringTool['status']>;
    ringRationale: Record<number, string>;
    maturity: Record<number, NonNullable<ScoringTool['maturity']>>;
    nonOsiLicences: Record<number, string[]>;
  };
}

/** The texts file: what the exports print about each tool. */
export interface ScoringTexts {
  format: typeof LEAN_FORMAT;
  descriptions: Record<string, string>;
}

/**
 * The engine reads a tool's ring rationale only when the editors' ring differs
 * from its category's (the ring reason) or is Hold (the penalty reason); and a
 * status note only for deprecated or discontinued tools.
 */
const rationaleIsRead = (tool: ScoringTool) => tool.ring !== CATEGORY_TABLE[tool.category].ring || tool.ring === 'hold';
const noteIsRead = (status: ScoringTool['status']) => status.state === 'deprecated' || status.state === 'discontinued';

function tableOf(values: Iterable<string>): { table: string[]; index: Map<string, number> } {
  const table = [...new Set(values)].sort();
  return { table, index: new Map(table.map((value, i) => [value, i])) };
}

/** @example encodeScoringData(clientData).columns.id[0] // → 'adversarial-robustness-toolbox' */
export function encodeScoringData(data: ClientData): { lean: LeanScoringData; texts: ScoringTexts } {
  const tools = data.catalogue.tools;
  const toolIndex = new Map(tools.map((tool, i) => [tool.id, i]));
  const concernIndex = new Map(data.catalogue.concerns.map((concern, i) => [concern.id, i]));
  const tables = {} as LeanScoringData['tables'];
  const columns = {} as Record<string, unknown[]>;
  for (const field of ENUM_FIELDS) {
    const { table, index } = tableOf(tools.map((tool) => tool[field]));
    tables[field] = table;
    columns[field] = tools.map((tool) => index.get(tool[field])!);
  }
  for (const field of LIST_FIELDS) {
    const { table, index } = tableOf(tools.flatMap((tool) => tool[field] as readonly string[]));
    tables[field] = table;
    columns[field] = tools.map((tool) => (tool[field] as readonly string[]).map((value) => index.get(value)!));
  }
  for (const field of PLAIN_FIELDS) columns[field] = tools.map((tool) => tool[field]);
  columns.position = tools.flatMap((tool) => [tool.position.artifact, tool.position.scope]);
  columns.firstRelease = tools.map((tool) => tool.firstRelease ?? 0);
  columns.addresses = tools.map((tool) =>
    tool.addresses.map((address) => {
      const concern = concernIndex.get(address.concern);
      if (concern === undefined) throw new Error(`${tool.id}: addresses names the unknown concern "${address.concern}"`);
      return concern * 4 + address.strength;
    }),
  );
  // Integrations with tools outside the catalogue cannot be scored, so they are dropped rather than kept as text.
  columns.integrations = tools.map((tool) => tool.integrations.map((id) => toolIndex.get(id)).filter((i): i is number => i !== undefined));

  const sparse: LeanScoringData['sparse'] = { status: {}, ringRationale: {}, maturity: {}, nonOsiLicences: {} };
  tools.forEach((tool, i) => {
    if (tool.status.state !== 'active' || Object.keys(tool.status).length > 1) {
      const { note, ...status } = tool.status;
      sparse.status[i] = note && noteIsRead(tool.status) ? { ...status, note } : status;
    }
    if (rationaleIsRead(tool)) sparse.ringRationale[i] = tool.ringRationale;
    if (tool.maturity) sparse.maturity[i] = tool.maturity;
    if (tool.nonOsiLicences.length) sparse.nonOsiLicences[i] = tool.nonOsiLicences;
  });

  const { concerns, stages, capabilities, categories } = data.catalogue;
  return {
    lean: { format: LEAN_FORMAT, count: tools.length, questions: data.questions, weights: data.weights, names: data.names, concerns, stages, capabilities, categories, tables, columns: columns as LeanScoringData['columns'], sparse },
    texts: { format: LEAN_FORMAT, descriptions: data.descriptions },
  };
}

/**
 * Rebuild the engine's data from the lean file. Descriptions stay empty: the
 * results page reads them from the texts file when an export needs them.
 * @throws Error when the file is not in this format (an old cached copy, a wrong file)
 */
export function decodeScoringData(lean: LeanScoringData): ClientData {
  if (lean?.format !== LEAN_FORMAT || !lean.columns || typeof lean.count !== 'number') throw new Error('The scoring file is not in the expected format.');
  const { columns: c, tables: t, sparse } = lean;
  const tools: ScoringTool[] = [];
  for (let i = 0; i < lean.count; i++) {
    const tool = {
      id: c.id[i]!,
      name: c.name[i]!,
      description: '',
      quadrant: quadrantOfCategory(t.category[c.category[i]!] as ScoringTool['category']),
      position: { artifact: c.position[2 * i]!, scope: c.position[2 * i + 1]! },
      addresses: c.addresses[i]!.map((code) => ({ concern: lean.concerns[Math.floor(code / 4)]!.id, strength: code % 4 })),
      integrations: c.integrations[i]!.map((index) => c.id[index]!),
      openSource: c.openSource[i]!,
      status: sparse.status[i] ?? { state: 'active' },
      ringRationale: sparse.ringRationale[i] ?? '',
      nonOsiLicences: sparse.nonOsiLicences[i] ?? [],
    } as Record<string, unknown>;
    for (const field of ENUM_FIELDS) tool[field] = t[field][c[field][i]!];
    for (const field of LIST_FIELDS) tool[field] = c[field][i]!.map((index) => t[field][index]!);
    if (c.firstRelease[i]) tool.firstRelease = c.firstRelease[i];
    if (sparse.maturity[i]) tool.maturity = sparse.maturity[i];
    tools.push(tool as unknown as ScoringTool);
  }
  const { concerns, stages, capabilities, categories } = lean;
  return { catalogue: { tools, concerns, stages, capabilities, categories }, questions: lean.questions, weights: lean.weights, names: lean.names, descriptions: {} };
}
