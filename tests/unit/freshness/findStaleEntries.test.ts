import { describe, expect, it } from 'vitest';
import { findStaleEntries, formatStaleReport, subtractMonths } from '../../../src/lib/freshness/findStaleEntries.ts';

const tool = (id: string, lastReviewed: unknown) => ({ id, file: `content/tools/${id}.mdx`, data: { name: id.toUpperCase(), lastReviewed } });
const NOW = new Date('2026-11-28T10:00:00Z');

describe('subtractMonths', () => {
  it.each([
    ['2026-11-28', 12, '2025-11-28'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2023-02-28'],
    ['2026-01-15', 3, '2025-10-15'],
  ])('%s − %i months = %s', (date, months, expected) => {
    expect(subtractMonths(new Date(`${date}T00:00:00Z`), months).toISOString().slice(0, 10)).toBe(expected);
  });
});

describe('findStaleEntries', () => {
  const tools = [tool('fresh', new Date('2026-06-01T00:00:00Z')), tool('edge', '2025-11-28'), tool('old', '2025-11-27'), tool('ancient', new Date('2023-01-10T00:00:00Z')), tool('undated', undefined), tool('garbled', '2025-13-40')];

  it('lists entries reviewed more than N months before now, oldest first, with their age', () => {
    const report = findStaleEntries(tools, NOW, 12);
    expect(report.cutoff).toBe('2025-11-28');
    expect(report.stale.map((entry) => [entry.id, entry.lastReviewed, entry.ageMonths])).toEqual([
      ['ancient', '2023-01-10', 46],
      ['old', '2025-11-27', 12],
    ]);
    expect(report.undated.map((entry) => entry.id)).toEqual(['undated', 'garbled']);
  });

  it('depends on the injected now and the window', () => {
    expect(findStaleEntries(tools, NOW, 6).stale.map((e) => e.id)).toEqual(['ancient', 'old', 'edge']);
    expect(findStaleEntries(tools, new Date('2027-07-01T00:00:00Z'), 12).stale.map((e) => e.id)).toEqual(['ancient', 'old', 'edge', 'fresh']);
  });

  it('prints a clear list, or a clear all-clear', () => {
    const text = formatStaleReport(findStaleEntries(tools, NOW, 12), 12);
    expect(text).toContain('4 of 6 tool entries need a review: lastReviewed is more than 12 months old (before 2025-11-28) or missing.');
    expect(text).toMatch(/2023-01-10 +46 months +content\/tools\/ancient\.mdx +ANCIENT/);
    expect(text).toContain('(no valid lastReviewed)  content/tools/undated.mdx');
    expect(formatStaleReport(findStaleEntries([tools[0]!], NOW, 12), 12)).toBe('✔ All 1 tool entries were reviewed in the last 12 months (on or after 2025-11-28).');
  });
});
