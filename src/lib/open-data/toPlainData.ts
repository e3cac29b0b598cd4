/**
 * Makes entry data JSON-safe and stable for the open-data files: dates become
 * YYYY-MM-DD strings, undefined fields are dropped, object keys keep their
 * order. Other values pass through unchanged.
 *
 * @example toPlainData({ lastReviewed: new Date('2026-11-28'), docs: undefined }) // → { lastReviewed: '2026-11-28' }
 */
import { formatIsoDate } from '../catalogue/formatIsoDate.ts';

export type PlainData = string | number | boolean | null | PlainData[] | { [key: string]: PlainData };

export function toPlainData(value: unknown): PlainData {
  if (value instanceof Date) return formatIsoDate(value);
  if (Array.isArray(value)) return value.map(toPlainData);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, PlainData> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== undefined) out[key] = toPlainData(inner);
    }
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}
