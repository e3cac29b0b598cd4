/**
 * Turns a validated tool entry into the catalogue's plain record (see
 * catalogueTool.ts): derives the quadrant from the category and writes dates
 * as YYYY-MM-DD.
 */
import { quadrantOfCategory } from '../../schemas/ids.ts';
import type { Tool } from '../../schemas/tool.ts';
import type { CatalogueTool } from './catalogueTool.ts';
import { formatIsoDate } from './formatIsoDate.ts';

/**
 * @example toCatalogueTool('mlflow', entry.data).quadrant // → 'ml-platforms'
 */
export function toCatalogueTool(id: string, data: Tool): CatalogueTool {
  return {
    id,
    name: data.name,
    aliases: [...data.aliases],
    description: data.description,
    quadrant: quadrantOfCategory(data.category),
    category: data.category,
    stages: [...data.stages],
    capabilities: [...data.capabilities],
    personas: [...data.personas],
    ring: data.ring,
    license: data.license,
    offering: data.offering,
    hosting: data.hosting,
    clouds: [...data.clouds],
    status: data.status.state,
    firstRelease: typeof data.firstRelease === 'number' ? data.firstRelease : null,
    lastReviewed: formatIsoDate(data.lastReviewed),
  };
}
