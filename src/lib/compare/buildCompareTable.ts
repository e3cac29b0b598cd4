/**
 * The rows of the compare page (/compare/?tools=a,b): every compared tool is a
 * column and every fact, stage, capability and persona is a row, so tools are
 * read across the same lines. Returns plain data; the page's custom element
 * turns it into a table with DOM calls.
 */
import type { PersonaId, StageId } from '../../schemas/ids.ts';
import type { CatalogueTool } from '../catalogue/catalogueTool.ts';
import { CLOUD_LABELS, HOSTING_LABELS, OFFERING_LABELS, STATUS_LABELS, licenseLabel } from '../catalogue/labels.ts';

export interface CompareTool extends CatalogueTool {
  position: { artifact: number; scope: number };
  ringRationale: string;
  statusNote: string | null;
  statusDate: string | null;
  website: string;
  sources: string[];
}

/** Display names of the taxonomy entries, each list in display order. */
export interface CompareLabels {
  categories: Record<string, string>;
  quadrants: Record<string, string>;
  rings: Record<string, string>;
  stages: { id: StageId; name: string }[];
  capabilities: { id: string; name: string }[];
  personas: { id: PersonaId; name: string }[];
}

export interface CompareCell {
  text: string;
  /** For yes/no rows: whether the tool has it. */
  has?: boolean;
  links?: { text: string; href: string }[];
}

export interface CompareRow {
  label: string;
  cells: CompareCell[];
  /** True when every tool has the same value (the "only differences" view hides these). */
  same: boolean;
}

export interface CompareSection {
  id: 'facts' | 'stages' | 'capabilities' | 'personas' | 'sources';
  title: string;
  rows: CompareRow[];
}

function row(label: string, cells: CompareCell[]): CompareRow {
  const key = (cell: CompareCell) => `${cell.text}|${cell.links?.map((link) => link.href).join(' ') ?? ''}`;
  return { label, cells, same: cells.every((cell) => key(cell) === key(cells[0] ?? cell)) };
}

function yesNo(label: string, tools: readonly CompareTool[], has: (tool: CompareTool) => boolean): CompareRow {
  return row(label, tools.map((tool) => (has(tool) ? { text: 'Yes', has: true } : { text: 'No', has: false })));
}

/**
 * @example buildCompareTable([mlflow, dvc], labels)[0].rows[0] // → { label: 'Category', cells: [{ text: 'ML project frameworks' }, …], same: false }
 */
export function buildCompareTable(tools: readonly CompareTool[], labels: CompareLabels): CompareSection[] {
  const name = (map: Record<string, string>, id: string) => map[id] ?? id;
  const status = (tool: CompareTool) => {
    const head = STATUS_LABELS[tool.status] + (tool.statusDate ? ` (${tool.statusDate})` : '');
    return tool.statusNote ? `${head}: ${tool.statusNote}` : head;
  };
  const facts: CompareRow[] = [
    row('Category', tools.map((tool) => ({ text: name(labels.categories, tool.category) }))),
    row('Quadrant', tools.map((tool) => ({ text: name(labels.quadrants, tool.quadrant) }))),
    row('Position', tools.map((tool) => ({ text: `artifact ${tool.position.artifact.toFixed(2)} · scope ${tool.position.scope.toFixed(2)}` }))),
    row('Default ring', tools.map((tool) => ({ text: `${name(labels.rings, tool.ring)} — ${tool.ringRationale}` }))),
    row('Status', tools.map((tool) => ({ text: status(tool) }))),
    row('Licence', tools.map((tool) => ({ text: licenseLabel(tool.license) }))),
    row('Offering', tools.map((tool) => ({ text: OFFERING_LABELS[tool.offering] }))),
    row('Hosting', tools.map((tool) => ({ text: HOSTING_LABELS[tool.hosting] }))),
    row('Tied to a cloud', tools.map((tool) => ({ text: tool.clouds.length ? tool.clouds.map((cloud) => CLOUD_LABELS[cloud].replace(/^Tied to /, '')).join(', ') : 'No' }))),
    row('First release', tools.map((tool) => ({ text: tool.firstRelease === null ? 'Unknown' : String(tool.firstRelease) }))),
    row('Last reviewed', tools.map((tool) => ({ text: tool.lastReviewed }))),
    row('Website', tools.map((tool) => ({ text: tool.website, links: [{ text: tool.website, href: tool.website }] }))),
  ];
  const capabilityIds = new Set(tools.flatMap((tool) => tool.capabilities));
  return [
    { id: 'facts', title: 'Facts', rows: facts },
    { id: 'stages', title: 'Lifecycle stages', rows: labels.stages.map((stage) => yesNo(stage.name, tools, (tool) => tool.stages.includes(stage.id))) },
    {
      id: 'capabilities',
      title: 'Capabilities',
      rows: labels.capabilities.filter((capability) => capabilityIds.has(capability.id)).map((capability) => yesNo(capability.name, tools, (tool) => tool.capabilities.includes(capability.id))),
    },
    { id: 'personas', title: 'Mainly serves', rows: labels.personas.map((persona) => yesNo(persona.name, tools, (tool) => tool.personas.includes(persona.id))) },
    { id: 'sources', title: 'Sources', rows: [row('Sources cited', tools.map((tool) => ({ text: `${tool.sources.length} sources`, links: tool.sources.map((href) => ({ text: href, href })) })))] },
  ];
}
