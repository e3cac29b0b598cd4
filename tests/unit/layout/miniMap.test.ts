import { describe, expect, it } from 'vitest';
import { MINI_MAP, miniMapBackgroundPath, miniMapPoint, miniMapQuadrants, renderMiniMapBackground } from '../../../src/lib/layout/miniMap.ts';
import type { PlanePosition } from '../../../src/lib/layout/types.ts';
import { QUADRANT_IDS, quadrantOf, type QuadrantId } from '../../../src/schemas/ids.ts';

const circles = (svg: string) => [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
const group = (svg: string, index: number) => [...svg.matchAll(/<g [^>]*>(.*?)<\/g>/g)][index]![1]!;

describe('miniMapPoint', () => {
  it('maps the corners of the plane to the corners of the plot, scope growing upwards', () => {
    const { width, height, margin } = MINI_MAP;
    expect(miniMapPoint({ artifact: 0, scope: 0 })).toEqual({ x: margin.left, y: height - margin.bottom });
    expect(miniMapPoint({ artifact: 1, scope: 1 })).toEqual({ x: width - margin.right, y: margin.top });
  });

  it('lands every position inside the rectangle of its quadrant', () => {
    const rects = miniMapQuadrants();
    for (const position of [{ artifact: 0.1, scope: 0.9 }, { artifact: 0.7, scope: 0.62 }, { artifact: 0.2, scope: 0.2 }, { artifact: 0.9, scope: 0.1 }, { artifact: 0.5, scope: 0.5 }]) {
      const { x, y } = miniMapPoint(position);
      const r = rects[quadrantOf(position)];
      expect(x).toBeGreaterThanOrEqual(r.x);
      expect(x).toBeLessThanOrEqual(r.x + r.width);
      expect(y).toBeGreaterThanOrEqual(r.y);
      expect(y).toBeLessThanOrEqual(r.y + r.height);
    }
  });
});

describe('miniMapBackgroundPath', () => {
  it('gives one file per quadrant', () => {
    expect(miniMapBackgroundPath('ml-platforms')).toBe('landscape/quadrant-ml-platforms.svg');
    expect(new Set(QUADRANT_IDS.map(miniMapBackgroundPath)).size).toBe(QUADRANT_IDS.length);
  });
});

describe('renderMiniMapBackground', () => {
  const positions: PlanePosition[] = [
    { artifact: 0.7, scope: 0.62 },
    { artifact: 0.1, scope: 0.9 },
    { artifact: 0.2, scope: 0.2 },
    { artifact: 0.9, scope: 0.1 },
    { artifact: 0.8, scope: 0.9 },
  ];

  it('is a standalone SVG image of the mini map size, with a title', () => {
    const svg = renderMiniMapBackground('ml-platforms', 'ML platforms', positions);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 288 224" width="288" height="224">/);
    expect(svg).toContain('<title>Every tool on the landscape, the ML platforms quadrant highlighted</title>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<rect /g)).toHaveLength(4);
  });

  it('draws one dot per position, the quadrant’s own dots in their own (stronger) group', () => {
    const svg = renderMiniMapBackground('ml-platforms', 'ML platforms', positions);
    expect(circles(svg)).toHaveLength(positions.length);
    const inside = circles(group(svg, 2));
    expect(inside.sort((a, b) => a.x - b.x)).toEqual([miniMapPoint({ artifact: 0.7, scope: 0.62 }), miniMapPoint({ artifact: 0.8, scope: 0.9 })]);
    expect(circles(group(svg, 1))).toHaveLength(3);
  });

  it('uses fixed neutral colours only (it is loaded as an image, so it cannot follow the theme)', () => {
    const svg = renderMiniMapBackground('standard-swe-tools', 'Standard SWE tools', positions);
    expect(svg).not.toMatch(/currentColor|var\(|<style/);
    const colours = new Set([...svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/g)].map((m) => m[1]));
    expect([...colours].sort()).toEqual(['#4a89dc', '#6e7781']);
  });

  it('is deterministic and shares one dot between tools at the same point', () => {
    const a = renderMiniMapBackground('cloud-platforms', 'Cloud platforms', positions);
    const b = renderMiniMapBackground('cloud-platforms', 'Cloud platforms', [...positions].reverse());
    expect(a).toBe(b);
    const crowded = renderMiniMapBackground('cloud-platforms', 'Cloud platforms', [...positions, ...positions, { artifact: 0.70001, scope: 0.62 }]);
    expect(crowded).toBe(a);
  });

  it('highlights a different rectangle for each quadrant', () => {
    const highlighted = (q: QuadrantId) => /<rect ([^>]*) fill="#4a89dc"/.exec(renderMiniMapBackground(q, q, []))![1];
    expect(new Set(QUADRANT_IDS.map(highlighted)).size).toBe(4);
  });

  it('escapes the quadrant name and rejects an unknown quadrant', () => {
    expect(renderMiniMapBackground('ml-platforms', 'R&D <ML>', [])).toContain('R&amp;D &lt;ML&gt;');
    expect(() => renderMiniMapBackground('nowhere' as QuadrantId, 'x', [])).toThrow(/unknown quadrant "nowhere"/);
  });

  it('draws a large catalogue, tools at the same rounded point sharing a dot', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ artifact: (i % 97) / 97, scope: (i % 89) / 89 }));
    const svg = renderMiniMapBackground('ml-platforms', 'ML platforms', many);
    expect(circles(svg).length).toBeLessThanOrEqual(many.length);
    expect(circles(svg).length).toBeGreaterThan(1000);
  });
});
