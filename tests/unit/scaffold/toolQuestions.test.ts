import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/schemas/ids.ts';
import { loadScaffoldContext } from '../../../src/lib/scaffold/loadScaffoldContext.ts';
import { matchChoice, questionForFlag } from '../../../src/lib/scaffold/toolQuestions.ts';
import { makeFixtureCatalogue } from '../../helpers/contributionFixture.ts';

const ctx = loadScaffoldContext(makeFixtureCatalogue(), '2026-11-28');
const parse = (flag: string, raw: string) => questionForFlag(flag)!.parse(raw, ctx);

describe('matchChoice', () => {
  it('accepts the id in any case, with spaces or underscores for dashes', () => {
    expect(matchChoice('Experimentation Platforms', CATEGORY_IDS, 'category')).toEqual({ ok: true, value: 'experimentation-platforms' });
    expect(matchChoice('general_cloud_providers', CATEGORY_IDS, 'category')).toEqual({ ok: true, value: 'general-cloud-providers' });
  });

  it('lists every allowed value and suggests the closest', () => {
    const result = matchChoice('experiment-platforms', CATEGORY_IDS, 'category');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('Did you mean "experimentation-platforms"?');
      for (const id of CATEGORY_IDS) expect(result.message).toContain(id);
    }
  });
});

describe('answer parsers', () => {
  it('read comma-separated lists and reject unknown ids with a suggestion', () => {
    expect(parse('stages', 'model-training, deployment')).toEqual({ ok: true, value: ['model-training', 'deployment'] });
    expect(parse('capabilities', 'experiment-tracking,model-registri')).toMatchObject({ ok: false, message: expect.stringContaining('Did you mean "model-registry"?') });
  });

  it('read concern:strength pairs, defaulting the strength to 2', () => {
    expect(parse('addresses', 'lost-experiments:3, reproducibility')).toEqual({ ok: true, value: [{ concern: 'lost-experiments', strength: 3 }, { concern: 'reproducibility', strength: 2 }] });
    expect(parse('addresses', 'lost-experiments:5')).toMatchObject({ ok: false, message: expect.stringContaining('from 1 to 3') });
  });

  it('check text and URLs with the tool schema itself', () => {
    expect(parse('website', 'javascript:alert(1)')).toMatchObject({ ok: false, message: expect.stringContaining('must be an absolute http:// or https:// URL') });
    expect(parse('description', 'Too short.')).toMatchObject({ ok: false, message: expect.stringContaining('at least 20 characters') });
    expect(parse('description', 'It tracks runs. It also serves models.')).toMatchObject({ ok: false, message: expect.stringContaining('single sentence') });
    expect(parse('license', 'apache 2.0')).toEqual({ ok: true, value: 'Apache-2.0' });
  });

  it('only accept existing tool ids for integrations', () => {
    expect(parse('integrations', 'mlflow, airflow')).toEqual({ ok: true, value: ['mlflow', 'airflow'] });
    expect(parse('integrations', 'mlflw')).toMatchObject({ ok: false, message: expect.stringContaining('Did you mean "mlflow"?') });
  });

  it('keep the first release within 1990 and this year', () => {
    expect(parse('first-release', '2027')).toMatchObject({ ok: false });
    expect(parse('first-release', '2019')).toEqual({ ok: true, value: 2019 });
  });
});
