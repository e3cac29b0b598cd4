/**
 * Build a throw-away content folder for a test: the real framework taxonomy
 * (personas, stages, …, questions) plus whatever tool files the test supplies.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS } from '../../src/schemas/index.ts';

export const REAL_CONTENT = join(import.meta.dirname, '..', '..', 'content');

export function makeContentDir(tools: Record<string, string | Uint8Array>, prefix = 'navigator-content-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const spec of Object.values(COLLECTIONS)) {
    if (spec.dir === 'tools') continue;
    cpSync(join(REAL_CONTENT, spec.dir), join(dir, spec.dir), { recursive: true });
  }
  mkdirSync(join(dir, 'tools'), { recursive: true });
  for (const [name, body] of Object.entries(tools)) writeFileSync(join(dir, 'tools', name), body);
  return dir;
}

/** A valid tool entry; `overrides` replace whole top-level frontmatter lines, `body` the MDX body. */
export function toolSource(overrides: Record<string, string> = {}, body = 'A valid body with **Markdown**.\n'): string {
  // Each fixture tool gets its own website, so fixtures are not duplicates of each other by address.
  const slug = (overrides.name ?? 'Example Tool').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'tool';
  const fields: Record<string, string> = {
    name: 'Example Tool',
    description: 'A tool used only by the test suite to exercise validation.',
    website: `https://example.org/${slug}`,
    license: 'MIT',
    offering: 'open-source',
    hosting: 'self-hosted',
    category: 'experimentation-platforms',
    position: '\n  artifact: 0.8\n  scope: 0.3',
    stages: '[model-training]',
    capabilities: '[experiment-tracking]',
    personas: '[ml-researcher]',
    addresses: '\n  - { concern: lost-experiments, strength: 3 }',
    workloads: '[all]',
    kubernetes: 'no',
    airGapped: overrides.hosting === 'saas' ? 'no' : 'yes',
    pricing: 'free',
    leaveCost: 'low',
    firstRelease: '{ unknown: "a test fixture" }',
    ring: 'trial',
    ringRationale: 'A test fixture.',
    sources: '\n  - https://example.org/docs',
    lastReviewed: '2026-11-01',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => (value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`));
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}
