import { describe, expect, it } from 'vitest';
import { countFacetOptions } from '../../../src/lib/catalogue/countFacetOptions.ts';
import { facetValuesOf } from '../../../src/lib/catalogue/facets.ts';
import { filterTools } from '../../../src/lib/catalogue/filterTools.ts';
import { groupTools } from '../../../src/lib/catalogue/groupTools.ts';
import { sortTools } from '../../../src/lib/catalogue/sortTools.ts';
import { STAGE_IDS } from '../../../src/schemas/ids.ts';
import { makeTool, sampleCatalogue } from '../../helpers/catalogueRecords.ts';

const tools = sampleCatalogue();
const ids = (list: { id: string }[]) => list.map((tool) => tool.id);

describe('toCatalogueTool', () => {
  it('derives the quadrant from the category and writes dates as YYYY-MM-DD', () => {
    const tool = makeTool('x', { category: 'data-orchestrators', position: { artifact: 0.2, scope: 0.2 }, lastReviewed: '2026-03-09' });
    expect(tool.quadrant).toBe('standard-swe-tools');
    expect(tool.lastReviewed).toBe('2026-03-09');
    expect(tool.firstRelease).toBeNull();
    expect(tool.status).toBe('active');
  });

  it('gives a tool tied to no cloud the "neutral" cloud value', () => {
    expect(facetValuesOf(tools.find((tool) => tool.id === 'dvc')!, 'cloud')).toEqual(['neutral']);
    expect(facetValuesOf(tools.find((tool) => tool.id === 'amazon-sagemaker')!, 'cloud')).toEqual(['aws']);
  });
});

describe('filterTools', () => {
  it('keeps everything without filters', () => {
    expect(filterTools(tools, {})).toHaveLength(tools.length);
  });

  it('ORs values within one facet', () => {
    expect(ids(filterTools(tools, { ring: ['adopt', 'hold'] })).sort()).toEqual(['airflow', 'floydhub']);
  });

  it('ANDs across facets', () => {
    expect(ids(filterTools(tools, { stage: ['model-training'], license: ['Apache-2.0'] })).sort()).toEqual(['airflow', 'mlflow']);
    expect(filterTools(tools, { ring: ['adopt'], status: ['discontinued'] })).toEqual([]);
  });

  it('matches multi-valued fields when any value is selected', () => {
    expect(ids(filterTools(tools, { capability: ['model-registry', 'data-versioning'] })).sort()).toEqual(['dvc', 'mlflow']);
  });

  it('restricts to the text-search matches when there are any', () => {
    expect(ids(filterTools(tools, { ring: ['trial'] }, new Set(['dvc', 'mlflow'])))).toEqual(['dvc']);
    expect(filterTools(tools, {}, new Set())).toEqual([]);
  });

  it('keeps the text search\'s ranking, best first, when the matches come as a ranked list', () => {
    expect(ids(filterTools(tools, {}, ['weights-and-biases', 'mlflow', 'dvc']))).toEqual(['weights-and-biases', 'mlflow', 'dvc']);
    expect(ids(filterTools(tools, { ring: ['trial'] }, ['mlflow', 'unknown-id', 'dvc', 'airflow']))).toEqual(['dvc']);
    expect(filterTools(tools, {}, [])).toEqual([]);
  });
});

describe('countFacetOptions', () => {
  it('counts each option as if it alone were chosen in its facet, respecting the other facets', () => {
    const counts = countFacetOptions(tools, { ring: ['adopt'], license: ['Apache-2.0'] }, 'ring');
    // The ring selection itself is ignored; the licence filter still applies.
    expect(Object.fromEntries(counts)).toEqual({ adopt: 1, assess: 1, trial: 1 });
  });
});

describe('sortTools', () => {
  it('sorts by name case-insensitively without changing the input', () => {
    const before = ids(tools);
    expect(ids(sortTools(tools, 'name'))).toEqual(['amazon-sagemaker', 'airflow', 'dvc', 'floydhub', 'mlflow', 'weights-and-biases']);
    expect(ids(tools)).toEqual(before);
  });

  it('sorts by ring from Adopt to Hold, then by name', () => {
    expect(sortTools(tools, 'ring').map((tool) => tool.ring)).toEqual(['adopt', 'trial', 'trial', 'trial', 'assess', 'hold']);
  });

  it('puts the oldest first release first and unknown years last', () => {
    expect(sortTools(tools, 'first-release').map((tool) => tool.firstRelease)).toEqual([2015, 2016, 2017, 2018, null, null]);
  });

  it('puts the most recently reviewed first', () => {
    const dates = sortTools(tools, 'last-reviewed').map((tool) => tool.lastReviewed);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('groupTools', () => {
  it('lists a tool under every stage it serves, in the given order, leaving out empty stages', () => {
    const groups = groupTools(tools, 'stage', STAGE_IDS);
    expect(groups.map((group) => group.id)).toEqual(['data-acquisition', 'feature-engineering', 'model-training', 'model-evaluation', 'deployment', 'monitoring']);
    expect(ids(groups.find((group) => group.id === 'deployment')!.tools)).toEqual(['mlflow', 'amazon-sagemaker']);
    const appearances = groups.flatMap((group) => group.tools).filter((tool) => tool.id === 'mlflow');
    expect(appearances).toHaveLength(3);
  });

  it('puts ids missing from the order last, alphabetically', () => {
    const groups = groupTools(tools, 'category', ['data-orchestrators']);
    expect(groups[0]!.id).toBe('data-orchestrators');
    const rest = groups.slice(1).map((group) => group.id);
    expect(rest).toEqual([...rest].sort());
  });

  it('returns one group, or none for an empty list, when not grouping', () => {
    expect(groupTools(tools, 'none')).toEqual([{ id: 'all', tools }]);
    expect(groupTools([], 'none')).toEqual([]);
  });
});
