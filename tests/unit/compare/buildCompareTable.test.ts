import { describe, expect, it } from 'vitest';
import { buildCompareTable, type CompareLabels } from '../../../src/lib/compare/buildCompareTable.ts';
import { makeCompareTool } from '../../helpers/catalogueRecords.ts';

const labels: CompareLabels = {
  categories: { 'ml-project-frameworks': 'ML project frameworks', 'data-version-control': 'Data version control' },
  quadrants: { 'ml-platforms': 'Machine Learning Platforms', 'specialized-ml-tools': 'Specialized ML Tools' },
  rings: { assess: 'Assess', trial: 'Trial' },
  stages: [
    { id: 'data-acquisition', name: 'Data acquisition' },
    { id: 'model-training', name: 'Model training' },
  ],
  capabilities: [
    { id: 'data-versioning', name: 'Data versioning' },
    { id: 'experiment-tracking', name: 'Experiment tracking' },
    { id: 'notebooks', name: 'Notebooks' },
  ],
  personas: [
    { id: 'ml-researcher', name: 'ML researcher' },
    { id: 'software-engineer', name: 'Software engineer' },
  ],
};

const mlflow = makeCompareTool('mlflow', { name: 'MLflow', category: 'ml-project-frameworks', position: { artifact: 0.7, scope: 0.62 }, ring: 'assess', firstRelease: 2018, sources: ['https://mlflow.org/docs/latest/', 'https://github.com/mlflow/mlflow'] });
const dvc = makeCompareTool('dvc', { name: 'DVC', category: 'data-version-control', position: { artifact: 0.6, scope: 0.2 }, stages: ['data-acquisition'], capabilities: ['data-versioning'], firstRelease: { unknown: 'no release history found' }, status: { state: 'acquired', date: '2025-01-01', note: 'Bought by someone.' } });

describe('buildCompareTable', () => {
  const sections = buildCompareTable([mlflow, dvc], labels);
  const section = (id: string) => sections.find((s) => s.id === id)!;
  const rowOf = (id: string, label: string) => section(id).rows.find((r) => r.label === label)!;

  it('gives every row one cell per tool, in the tools’ order', () => {
    for (const s of sections) for (const r of s.rows) expect(r.cells).toHaveLength(2);
    expect(rowOf('facts', 'Category').cells.map((c) => c.text)).toEqual(['ML project frameworks', 'Data version control']);
  });

  it('states facts in words', () => {
    expect(rowOf('facts', 'Position').cells[0]!.text).toBe('artifact 0.70 · scope 0.62');
    expect(rowOf('facts', 'First release').cells.map((c) => c.text)).toEqual(['2018', 'Unknown']);
    expect(rowOf('facts', 'Status').cells.map((c) => c.text)).toEqual(['Active', 'Acquired (2025-01-01): Bought by someone.']);
    expect(rowOf('facts', 'Default ring').cells[0]!.text).toBe('Assess — A test fixture.');
  });

  it('has a yes/no row per stage and persona, and per capability any compared tool has', () => {
    expect(section('stages').rows.map((r) => [r.label, r.cells.map((c) => c.has)])).toEqual([
      ['Data acquisition', [false, true]],
      ['Model training', [true, false]],
    ]);
    expect(section('capabilities').rows.map((r) => r.label)).toEqual(['Data versioning', 'Experiment tracking']);
    expect(rowOf('personas', 'ML researcher').same).toBe(true);
  });

  it('marks rows where the tools agree, so the page can hide them', () => {
    expect(rowOf('facts', 'Licence').same).toBe(true);
    expect(rowOf('facts', 'Category').same).toBe(false);
  });

  it('links every source', () => {
    expect(rowOf('sources', 'Sources cited').cells[0]!.links?.map((l) => l.href)).toEqual(['https://mlflow.org/docs/latest/', 'https://github.com/mlflow/mlflow']);
  });
});
