/**
 * The catalogue as a CSV table (/api/tools.csv): one row per tool, list fields
 * joined with "; ", sorted by id. The columns are part of the open-data
 * contract; add new ones at the end. Quoting (RFC 4180) and formula-injection
 * safety come from the shared src/lib/exports/toCsv.ts.
 */
import type { CatalogueTool } from '../catalogue/catalogueTool.ts';
import { toCsv } from '../exports/toCsv.ts';

export interface CsvTool extends CatalogueTool {
  website: string;
  repository?: string | undefined;
  /** Absolute URL of the tool's page on this site. */
  url: string;
}

export const TOOL_CSV_COLUMNS = [
  'id', 'name', 'description', 'quadrant', 'category', 'ring', 'status', 'license', 'offering', 'hosting', 'clouds',
  'stages', 'capabilities', 'personas', 'first_release', 'last_reviewed', 'website', 'repository', 'url',
] as const;

/**
 * @example toolsToCsv([mlflow]).split('\r\n')[0] // → 'id,name,description,quadrant,…'
 */
export function toolsToCsv(tools: readonly CsvTool[]): string {
  const list = (values: readonly string[]) => values.join('; ');
  const rows = [...tools]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((tool) => [
      tool.id, tool.name, tool.description, tool.quadrant, tool.category, tool.ring, tool.status, tool.license, tool.offering, tool.hosting, list(tool.clouds),
      list(tool.stages), list(tool.capabilities), list(tool.personas), tool.firstRelease, tool.lastReviewed, tool.website, tool.repository, tool.url,
    ]);
  return toCsv([TOOL_CSV_COLUMNS, ...rows]);
}
