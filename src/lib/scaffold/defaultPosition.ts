/**
 * A sensible starting position for a new tool: the median of the tools
 * already in its category (so it lands among its neighbours), or the middle
 * of the category's quadrant when the category is empty. Always inside the
 * category's quadrant, so the scaffold's output validates.
 */
import { CATEGORY_TABLE, quadrantOf, type CategoryId } from '../../schemas/ids.ts';
import type { LenientEntry } from './readContentEntries.ts';

export interface Position {
  artifact: number;
  scope: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number) => Math.round(value * 100) / 100;

/** Which side of 0.5 each axis of a quadrant is on. */
function sides(category: CategoryId): { model: boolean; allInOne: boolean } {
  const quadrant = CATEGORY_TABLE[category].quadrant;
  return { model: quadrant === 'ml-platforms' || quadrant === 'specialized-ml-tools', allInOne: quadrant === 'cloud-platforms' || quadrant === 'ml-platforms' };
}

/** Keep a coordinate on its side of 0.5 (0.5 itself belongs to the upper side). */
function clampSide(value: number, upper: boolean): number {
  return upper ? Math.min(1, Math.max(0.5, value)) : Math.min(0.49, Math.max(0, value));
}

/**
 * @example defaultPosition('experimentation-platforms', []) // → { artifact: 0.75, scope: 0.25 }
 */
export function defaultPosition(category: CategoryId, tools: readonly LenientEntry[]): Position & { basis: number } {
  const { model, allInOne } = sides(category);
  const siblings = tools
    .filter((tool) => tool.data.category === category)
    .map((tool) => tool.data.position as Partial<Position> | undefined)
    .filter((p): p is Position => typeof p?.artifact === 'number' && typeof p.scope === 'number')
    .filter((p) => quadrantOf(p) === CATEGORY_TABLE[category].quadrant);
  if (siblings.length === 0) return { artifact: model ? 0.75 : 0.25, scope: allInOne ? 0.75 : 0.25, basis: 0 };
  return {
    artifact: clampSide(round(median(siblings.map((p) => p.artifact))), model),
    scope: clampSide(round(median(siblings.map((p) => p.scope))), allInOne),
    basis: siblings.length,
  };
}
