import { describe, expect, it } from 'vitest';
import { MAX_COMPARED, parseCompareState } from '../../../src/lib/url-state/parseCompareState.ts';
import { serialiseCompareState } from '../../../src/lib/url-state/serialiseCompareState.ts';
import { isSafeId } from '../../../src/lib/url-state/isSafeId.ts';

const known = ['mlflow', 'dvc', 'kubeflow', 'airflow', 'weights-and-biases'];

describe('parseCompareState', () => {
  it('reads comma-separated and repeated ids in order, without duplicates', () => {
    expect(parseCompareState('?tools=mlflow,dvc&tools=kubeflow,mlflow', known)).toEqual({ ids: ['mlflow', 'dvc', 'kubeflow'], notices: [] });
  });

  it('ignores unknown ids with a notice that says how to add tools', () => {
    const { ids, notices } = parseCompareState('tools=mlflow,nope,<b>x</b>', known);
    expect(ids).toEqual(['mlflow']);
    expect(notices).toEqual(['Ignored tools "nope", "<b>x</b>": no tool has that id; pick tools with "Add a tool" below.']);
  });

  it(`keeps at most ${MAX_COMPARED} tools and says how many were left out`, () => {
    const { ids, notices } = parseCompareState(`tools=${known.join(',')}`, known);
    expect(ids).toEqual(known.slice(0, MAX_COMPARED));
    expect(notices).toEqual([`Compared only the first ${MAX_COMPARED} tools; 1 more was left out. Remove one to add another.`]);
  });

  it('says so when a flood of parameters pushes the tool list out of reach', () => {
    const { ids, notices } = parseCompareState(`?${'x=1&'.repeat(300)}tools=mlflow`, ['mlflow']);
    expect(ids).toEqual([]);
    expect(notices.some((n) => /Read only the first 200 parameters/.test(n))).toBe(true);
  });

  it('reports other parameters', () => {
    expect(parseCompareState('tools=dvc&x=1', known).notices).toEqual(['Ignored unknown parameter "x"; this page understands only tools.']);
  });

  it('returns no tools for an empty or missing list', () => {
    expect(parseCompareState('', known)).toEqual({ ids: [], notices: [] });
    expect(parseCompareState('tools=,,', known)).toEqual({ ids: [], notices: [] });
  });
});

describe('serialiseCompareState', () => {
  it('writes a comma-separated list that parses back to the same ids', () => {
    const query = serialiseCompareState(['weights-and-biases', 'dvc']);
    expect(query).toBe('?tools=weights-and-biases,dvc');
    expect(parseCompareState(query, known).ids).toEqual(['weights-and-biases', 'dvc']);
  });

  it('writes nothing for no tools', () => {
    expect(serialiseCompareState([])).toBe('');
  });
});

describe('isSafeId', () => {
  it('accepts kebab-case ids and nothing that could change a path', () => {
    expect(['mlflow', 'weights-and-biases', 'h2o-ai-cloud'].every(isSafeId)).toBe(true);
    expect(['', '../x', 'a/b', 'A', 'a--b', '-a', 'a-', 'javascript:alert(1)', 'a b'].some(isSafeId)).toBe(false);
  });
});
