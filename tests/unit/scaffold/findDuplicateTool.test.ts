import { describe, expect, it } from 'vitest';
import { findDuplicateTool, normalizeToolName } from '../../../src/lib/scaffold/findDuplicateTool.ts';
import { readContentEntries } from '../../../src/lib/scaffold/readContentEntries.ts';
import { slugify } from '../../../src/lib/scaffold/slugify.ts';
import { makeFixtureCatalogue } from '../../helpers/contributionFixture.ts';

const dir = makeFixtureCatalogue();
const tools = readContentEntries(dir, 'tools', dir);

describe('slugify / normalizeToolName', () => {
  it.each([
    ['Weights & Biases', 'weights-and-biases'],
    ['  MLflow ', 'mlflow'],
    ['Déjà Vu ML', 'deja-vu-ml'],
    ['C++ Tools', 'c-plus-plus-tools'],
    ['neptune.ai', 'neptune-ai'],
  ])('slugify(%j) → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('ignores case, spacing, punctuation and "&" versus "and"', () => {
    expect(normalizeToolName('weights and biases')).toBe(normalizeToolName('Weights & Biases'));
    expect(normalizeToolName('ML Flow')).toBe(normalizeToolName('MLflow'));
  });
});

describe('findDuplicateTool', () => {
  it.each([
    ['ML Flow', 'mlflow', 'MLflow'],
    ['mlflow', 'mlflow', 'MLflow'],
    ['weights and biases', 'weights-and-biases', 'Weights & Biases'],
    ['W & B', 'weights-and-biases', 'W&B'],
    ['SageMaker', 'amazon-sagemaker', 'SageMaker'],
    ['airflow', 'airflow', 'Airflow'],
  ])('%j is the same tool as %s (matched %j)', (name, id, matched) => {
    expect(findDuplicateTool(name, tools, slugify(name))).toEqual({ level: 'same', id, file: `tools/${id}.mdx`, matched });
  });

  it.each([
    ['MLfow', 'mlflow'],
    ['Comet AI', 'comet'],
    ['Amazon SageMaker AI Platform', 'amazon-sagemaker'],
    ['Weights and Biases Platform', 'weights-and-biases'],
  ])('%j is similar to %s', (name, id) => {
    expect(findDuplicateTool(name, tools, slugify(name))).toMatchObject({ level: 'similar', id });
  });

  it.each(['Metaflow', 'Kubeflow', 'Prefect', 'DVC', 'Comet Opik'])('%j is a different tool', (name) => {
    expect(findDuplicateTool(name, tools, slugify(name))).toBeUndefined();
  });

  it('matches a proposed id against existing ids', () => {
    expect(findDuplicateTool('Something Else', tools, 'comet')).toMatchObject({ level: 'same', id: 'comet' });
  });
});
