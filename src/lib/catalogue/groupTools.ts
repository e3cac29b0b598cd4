/**
 * Groups the (already filtered and sorted) catalogue into sections. A tool
 * serving several stages appears under each of them; empty groups are left out.
 */
import type { CatalogueTool } from './catalogueTool.ts';

/** Group keys as they appear in the query string (`?group=stage`). */
export const GROUP_KEYS = ['category', 'stage', 'quadrant', 'none'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface ToolGroup<T> {
  /** The category, stage or quadrant id; 'all' when not grouping. */
  id: string;
  tools: T[];
}

function groupIdsOf(tool: CatalogueTool, key: Exclude<GroupKey, 'none'>): readonly string[] {
  if (key === 'stage') return tool.stages;
  return [key === 'category' ? tool.category : tool.quadrant];
}

/**
 * @param order the group ids in display order (e.g. categories by their `order` field);
 *              ids a tool has but `order` lacks come last, alphabetically.
 * @example groupTools(tools, 'stage', STAGE_IDS).map((g) => g.id) // → ['data-acquisition', …]
 */
export function groupTools<T extends CatalogueTool>(tools: readonly T[], key: GroupKey, order: readonly string[] = []): ToolGroup<T>[] {
  if (key === 'none') return tools.length > 0 ? [{ id: 'all', tools: [...tools] }] : [];
  const groups = new Map<string, T[]>();
  for (const tool of tools) {
    for (const id of groupIdsOf(tool, key)) {
      const list = groups.get(id) ?? [];
      list.push(tool);
      groups.set(id, list);
    }
  }
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([id, list]) => ({ id, tools: list }));
}
