/**
 * Differential fuzz: for every generated body that validation accepts, the
 * compiler's output (with the build's features and plugins) holds no
 * expression, no import but the JSX runtime, and no element outside the
 * allow-list. A construct this finds becomes a fixture in checkMdxSafety.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { checkMdxSafety } from '../../../src/lib/validation/checkMdxSafety.ts';
import { MARKDOWN_FEATURES } from '../../../src/lib/safety/markdownFeatures.ts';
import { safetyPlugin } from '../../../src/lib/safety/safetyPlugin.ts';
import { fuzzBody, prng, runFuzz } from './fuzzBodies.ts';

describe('differential fuzz of the safety check against the compiler', () => {
  it('finds nothing the compiler would turn into code, over 2,000 bodies of a fixed seed', () => {
    const { accepted, findings } = runFuzz(20261201, 2000);
    expect(accepted, 'the generator must produce accepted bodies, or the test proves nothing').toBeGreaterThan(150);
    expect(findings).toEqual([]);
  });

  it('the build plugin rejects what validation rejects, on the same tree', () => {
    const random = prng(7);
    let rejected = 0;
    for (let i = 0; i < 200; i++) {
      const body = fuzzBody(random);
      const issues = checkMdxSafety('fuzz.mdx', body);
      let threw = false;
      try {
        mdxToJs(body, { features: MARKDOWN_FEATURES, mdastPlugins: [safetyPlugin] });
      } catch {
        threw = true;
      }
      if (issues.length) rejected++;
      expect(threw, body).toBe(issues.length > 0);
    }
    expect(rejected).toBeGreaterThan(50);
  });
});
