/**
 * Render the category → quadrant → default ring table from the framework's
 * fixed table (src/schemas/ids.ts), for CONTRIBUTING.md.
 */
import { CATEGORY_TABLE, QUADRANT_IDS } from '../../schemas/ids.ts';

/** The half of the plane each quadrant covers, in the schema's 0..1 coordinates (0.5 belongs to the upper/model side). */
export const QUADRANT_BOUNDS: Record<(typeof QUADRANT_IDS)[number], string> = {
  'cloud-platforms': 'artifact < 0.5, scope ≥ 0.5',
  'ml-platforms': 'artifact ≥ 0.5, scope ≥ 0.5',
  'specialized-ml-tools': 'artifact ≥ 0.5, scope < 0.5',
  'standard-swe-tools': 'artifact < 0.5, scope < 0.5',
};

/**
 * @example renderCategoryTable().split('\n')[2]
 *   // → '| `cloud-platforms` | artifact < 0.5, scope ≥ 0.5 | `general-cloud-providers` | `adopt` |'
 */
export function renderCategoryTable(): string {
  const rows: string[] = [];
  for (const quadrant of QUADRANT_IDS) {
    for (const [category, { quadrant: q, ring }] of Object.entries(CATEGORY_TABLE)) {
      if (q === quadrant) rows.push(`| \`${quadrant}\` | ${QUADRANT_BOUNDS[quadrant]} | \`${category}\` | \`${ring}\` |`);
    }
  }
  return ['| Quadrant | Position | Category | Default ring |', '|---|---|---|---|', ...rows].join('\n');
}
