import { describe, expect, it } from 'vitest';
import { ToolSchema } from '../../../src/schemas/tool.ts';
import { quadrantOf } from '../../../src/schemas/ids.ts';
import { formatZodIssues } from '../../../src/lib/validation/formatZodIssues.ts';
import { latestToday } from '../../../src/schemas/common.ts';

const valid = {
  name: 'Example',
  description: 'A tool used only by the test suite to exercise validation.',
  website: 'https://example.org',
  license: 'MIT',
  offering: 'open-source',
  hosting: 'self-hosted',
  category: 'experimentation-platforms',
  position: { artifact: 0.8, scope: 0.3 },
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
  sources: ['https://example.org/docs'],
  lastReviewed: '2026-11-01',
};

const errors = (data: Record<string, unknown>) => {
  const result = ToolSchema.safeParse(data);
  return result.success ? [] : formatZodIssues('x.mdx', data, result.error.issues);
};

describe('ToolSchema', () => {
  it('accepts a valid entry and fills defaults', () => {
    const result = ToolSchema.parse(valid);
    expect(result.status).toEqual({ state: 'active' });
    expect(result.clouds).toEqual([]);
    expect(result.lastReviewed).toBeInstanceOf(Date);
  });

  it('derives the quadrant from the position with 0.5 on the model / all-in-one side', () => {
    expect(quadrantOf({ artifact: 0.5, scope: 0.5 })).toBe('ml-platforms');
    expect(quadrantOf({ artifact: 0.49, scope: 0.5 })).toBe('cloud-platforms');
    expect(quadrantOf({ artifact: 0.5, scope: 0.49 })).toBe('specialized-ml-tools');
    expect(quadrantOf({ artifact: 0, scope: 0 })).toBe('standard-swe-tools');
  });

  it('rejects a position that contradicts the category', () => {
    expect(errors({ ...valid, position: { artifact: 0.2, scope: 0.2 } })).toEqual([
      expect.objectContaining({ field: 'position', message: expect.stringMatching(/lies in quadrant "standard-swe-tools", but category "experimentation-platforms" belongs to "specialized-ml-tools"/) }),
    ]);
  });

  it('rejects positions outside 0..1', () => {
    expect(errors({ ...valid, position: { artifact: 1.2, scope: 0.3 } })[0]?.field).toBe('position.artifact');
  });

  it('requires a date and a note when a tool is no longer active', () => {
    const fields = errors({ ...valid, status: { state: 'discontinued' } }).map((issue) => issue.field);
    expect(fields).toEqual(['status.successor', 'status.date', 'status.note']);
  });

  it('accepts SPDX expressions, rejects made-up licences with a suggestion', () => {
    expect(errors({ ...valid, license: 'MIT OR Apache-2.0' })).toEqual([]);
    expect(errors({ ...valid, license: 'Apache 2.0' })[0]?.message).toMatch(/did you mean "Apache-2.0"/);
    expect(errors({ ...valid, license: 'MIT OR' })[0]?.field).toBe('license');
  });

  it('rejects a SaaS-only tool that claims to run air-gapped, and [all] mixed with workloads', () => {
    expect(errors({ ...valid, hosting: 'saas', airGapped: 'yes' })[0]?.field).toBe('airGapped');
    expect(errors({ ...valid, workloads: ['all', 'vision'] })[0]?.field).toBe('workloads');
  });

  it('rejects more than one sentence in the description', () => {
    expect(errors({ ...valid, description: 'It tracks runs. It also serves models for you.' })[0]?.message).toMatch(/single sentence/);
  });

  it('does not mistake abbreviations for sentence ends', () => {
    expect(errors({ ...valid, description: 'Tracks runs of many libraries, e.g. PyTorch and JAX, in one place.' })).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'https://user:pw@example.org', '//example.org', 'not a url'])('rejects the unsafe or invalid URL %s', (url) => {
    expect(errors({ ...valid, website: url })[0]).toMatchObject({ field: 'website', message: expect.stringMatching(/http/) });
  });

  it('rejects unknown fields and suggests the right one', () => {
    const [issue] = errors({ ...valid, licence: 'MIT' });
    expect(issue).toMatchObject({ field: 'licence', message: 'is not a known field' });
  });

  it('lists allowed values for enums and suggests the nearest', () => {
    const [issue] = errors({ ...valid, hosting: 'self-host' });
    expect(issue?.message).toBe('must be one of: self-hosted, saas, both');
    expect(issue?.fix).toBe('Did you mean "self-hosted"?');
  });

  it('rejects duplicates inside lists and concerns listed twice', () => {
    const fields = errors({ ...valid, stages: ['model-training', 'model-training'], addresses: [{ concern: 'a', strength: 1 }, { concern: 'a', strength: 2 }] }).map((issue) => issue.field);
    expect(fields).toEqual(['stages[1]', 'addresses[1].concern']);
  });

  it('rejects impossible dates and future first releases', () => {
    expect(errors({ ...valid, lastReviewed: '2026-13-45' })[0]?.field).toBe('lastReviewed');
    expect(errors({ ...valid, lastReviewed: '2026-02-30' })[0]).toMatchObject({ field: 'lastReviewed', message: expect.stringMatching(/this day does not exist/) });
    expect(errors({ ...valid, lastReviewed: '2024-02-29' })).toEqual([]);
    expect(errors({ ...valid, firstRelease: 3000 })[0]?.field).toBe('firstRelease');
  });

  it.each([
    ['01/12/2026', /^must be a date written YYYY-MM-DD, year first/],
    ['yesterday', /^must be a date written YYYY-MM-DD/],
    [20261201, /^must be a date written YYYY-MM-DD/],
    ['2026-1-5', /^must be a date written YYYY-MM-DD/],
    ['2026-02-30', /this day does not exist/],
    ['2999-01-01', /^must not be in the future \(today is \d{4}-\d{2}-\d{2}\); set it to the day it happened: for lastReviewed, the day you checked/],
  ])('gives the bad date %s exactly one message, and the right one', (date, message) => {
    const found = errors({ ...valid, lastReviewed: date });
    expect(found).toEqual([expect.objectContaining({ field: 'lastReviewed', message: expect.stringMatching(message) })]);
  });

  it('accepts today, and says a missing date is required', () => {
    expect(errors({ ...valid, lastReviewed: new Date().toISOString().slice(0, 10) })).toEqual([]);
    expect(errors({ ...valid, lastReviewed: new Date() })).toEqual([]);
    const missing: Record<string, unknown> = { ...valid };
    delete missing.lastReviewed;
    expect(errors(missing)).toEqual([expect.objectContaining({ field: 'lastReviewed', message: expect.stringMatching(/^is required \(it must be a date written YYYY-MM-DD/) })]);
  });

  it('rejects a future date in any date field, since each records something that happened', () => {
    expect(errors({ ...valid, ringHistory: [{ date: '2999-01-01', ring: 'trial', reason: 'Later.' }] })[0]).toMatchObject({ field: 'ringHistory[0].date', message: expect.stringMatching(/must not be in the future/) });
  });
});

describe('latestToday', () => {
  it('is the date where it is already latest (UTC+14), so nobody\u2019s own today is "in the future"', () => {
    expect(latestToday(Date.parse('2026-12-01T09:59:00Z'))).toBe('2026-12-01');
    expect(latestToday(Date.parse('2026-12-01T10:00:00Z'))).toBe('2026-12-02');
  });
});
