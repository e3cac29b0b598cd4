/**
 * Differential fuzz: for every generated body that validation accepts, the
 * HTML the build renders for it (src/lib/safety/renderBody.ts), read back by an
 * independent HTML parser, holds no element, attribute or link outside the
 * allow-lists. A construct this finds becomes a fixture in checkMdxSafety.test.ts.
 * The Markdown-only collections go through Astro's Markdown pipeline with the
 * safety plugin: it must reject exactly what validation rejects.
 */
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { checkMdxSafety } from '../../../src/lib/validation/checkMdxSafety.ts';
import { MARKDOWN_FEATURES } from '../../../src/lib/safety/markdownFeatures.ts';
import { safetyPlugin } from '../../../src/lib/safety/safetyPlugin.ts';
import { fuzzBody, prng, runFuzz } from './fuzzBodies.ts';

describe('differential fuzz of the safety check against the compiler', () => {
  it('renders every accepted body to HTML within the allow-lists, over 2,000 bodies of a fixed seed', () => {
    const { accepted, findings } = runFuzz(20261201, 2000);
    expect(accepted, 'the generator must produce accepted bodies, or the test proves nothing').toBeGreaterThan(150);
    expect(findings).toEqual([]);
  });

  it("the Markdown pipeline's plugin rejects what validation rejects, on the same tree", () => {
    const random = prng(7);
    let rejected = 0;
    for (let i = 0; i < 200; i++) {
      const body = fuzzBody(random);
      const issues = checkMdxSafety('fuzz.md', body, 0, 'md');
      let threw = false;
      try {
        markdownToHtml(body, { features: MARKDOWN_FEATURES, mdastPlugins: [safetyPlugin], fileURL: new URL('file:///fuzz.md') });
      } catch {
        threw = true;
      }
      if (issues.length) rejected++;
      expect(threw, body).toBe(issues.length > 0);
    }
    expect(rejected).toBeGreaterThan(50);
  });
});
