import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, CATEGORY_TABLE, quadrantOf } from '../../../src/schemas/ids.ts';
import { defaultPosition } from '../../../src/lib/scaffold/defaultPosition.ts';
import type { LenientEntry } from '../../../src/lib/scaffold/readContentEntries.ts';

const tool = (category: string, artifact: number, scope: number): LenientEntry => ({ id: `${category}-${artifact}-${scope}`, file: 'x', data: { category, position: { artifact, scope } } });

describe('defaultPosition', () => {
  it('is the middle of the quadrant when the category has no tools', () => {
    expect(defaultPosition('experimentation-platforms', [])).toEqual({ artifact: 0.75, scope: 0.25, basis: 0 });
    expect(defaultPosition('general-cloud-providers', [])).toEqual({ artifact: 0.25, scope: 0.75, basis: 0 });
  });

  it('is the median of the category, ignoring other categories and unreadable positions', () => {
    const tools = [tool('data-orchestrators', 0.1, 0.1), tool('data-orchestrators', 0.3, 0.2), tool('data-orchestrators', 0.45, 0.4), tool('ci-cd-pipelines', 0.2, 0.3), { id: 'broken', file: 'x', data: { category: 'data-orchestrators', position: 'left' } }];
    expect(defaultPosition('data-orchestrators', tools)).toEqual({ artifact: 0.3, scope: 0.2, basis: 3 });
  });

  it('always lies inside the category quadrant, even when existing entries sit on its edge', () => {
    const edge = [tool('ml-task-orchestrators', 0.5, 0.5), tool('ml-task-orchestrators', 0.5, 0.5)];
    for (const category of CATEGORY_IDS) {
      for (const tools of [[], edge.map((t) => ({ ...t, data: { ...t.data, category } }))]) {
        expect(quadrantOf(defaultPosition(category, tools)), category).toBe(CATEGORY_TABLE[category].quadrant);
      }
    }
  });
});
