/** Small catalogues for engine tests, built by pushing plain objects through the real tool schema. */
import { ToolSchema, type ToolInput } from '../../../src/schemas/tool.ts';
import { toCatalogue } from '../../../src/lib/scoring/toCatalogue.ts';
import { parseScoringConfig } from '../../../src/lib/scoring/parseScoringConfig.ts';
import { readFileSync } from 'node:fs';
import type { Catalogue } from '../../../src/lib/scoring/types.ts';

export const weights = parseScoringConfig(readFileSync('config/scoring.json', 'utf8'));

const BASE: ToolInput = {
  name: 'X',
  description: 'A tool made up for a unit test of the scoring engine.',
  website: 'https://example.org',
  license: 'Apache-2.0',
  offering: 'open-source',
  hosting: 'self-hosted',
  category: 'single-component-ml-tools',
  position: { artifact: 0.8, scope: 0.2 },
  stages: ['model-training'],
  capabilities: ['experiment-tracking'],
  personas: ['ml-researcher'],
  workloads: ['all'],
  kubernetes: 'no',
  airGapped: 'yes',
  pricing: 'free',
  leaveCost: 'low',
  firstRelease: 2020,
  ring: 'trial',
  ringRationale: 'Test.',
  sources: ['https://example.org'],
  lastReviewed: '2026-11-01',
};

export function tool(id: string, patch: Partial<ToolInput> = {}) {
  return { id, data: ToolSchema.parse({ ...BASE, name: id, ...patch }) };
}

export function catalogueOf(...tools: ReturnType<typeof tool>[]): Catalogue {
  const entry = (id: string, data: Record<string, unknown>) => ({ id, data: { order: 0, ...data } as never });
  return toCatalogue({
    tools,
    concerns: [entry('lost-experiments', { name: 'Losing track of experiments', kind: 'pain-point' }), entry('vendor-lock-in', { name: 'Fear of lock-in', kind: 'frustration' })],
    stages: [entry('model-training', { name: 'Model training' }), entry('deployment', { name: 'Deployment' }), entry('monitoring', { name: 'Monitoring' })],
    capabilities: [entry('experiment-tracking', { name: 'Experiment tracking' }), entry('model-serving', { name: 'Model serving' })],
    categories: [],
  });
}
