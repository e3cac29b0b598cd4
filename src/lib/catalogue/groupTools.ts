/**
 * Groups the (already filtered and sorted) catalogue into sections. A tool
 * serving several stages appears under each of them; empty groups are left out.
 */
import { groupBy } from '../grouping/groupBy.ts';
import { RING_IDS } from '../../schemas/ids.ts';
import type { CatalogueTool } from './catalogueTool.ts';

/** Group keys as they appear in the query string (`?group=stage`). */
export const GROUP_KEYS = ['category', 'stage', 'quadrant', 'ring', 'none'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface ToolGroup<T> {
  /** The category, stage, quadrant or ring id; 'all' when not grouping. */
  id: string;
  tools: T[];
}

function groupIdsOf(tool: CatalogueTool, key: Exclude<GroupKey, 'none'>): readonly string[] {
  if (key === 'stage') return tool.stages;
  if (key === 'ring') return [tool.ring];
  return [key === 'category' ? tool.category : tool.quadrant];
}

/**
 * @param order the group ids in display order (e.g. categories by their `order` field);
 *              ids a tool has but `order` lacks come last, alphabetically. Rings default to
 *              the radar's order, Adopt first.
 * @example groupTools(tools, 'stage', STAGE_IDS).map((g) => g.id) // → ['data-acquisition', …]
 */
export function groupTools<T extends CatalogueTool>(tools: readonly T[], key: GroupKey, order: readonly string[] = []): ToolGroup<T>[] {
  if (key === 'none') return tools.length > 0 ? [{ id: 'all', tools: [...tools] }] : [];
  // One (group, tool) pair per membership, so a tool serving three stages lands in three groups.
  if (key === 'ring' && order.length === 0) order = RING_IDS;
  const memberships = tools.flatMap((tool) => groupIdsOf(tool, key).map((id) => ({ id, tool })));
  return groupBy(memberships, (membership) => membership.id, order).map((group) => ({ id: group.key, tools: group.items.map((membership) => membership.tool) }));
}
