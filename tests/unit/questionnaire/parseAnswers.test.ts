import { describe, expect, it } from 'vitest';
import { parseAnswers, serializeAnswers, MAX_NOTICES, MAX_OPEN_VALUES, MAX_QUERY_LENGTH } from '../../../src/lib/questionnaire/parseAnswers.ts';
import { withOpenUsingQuestion } from '../../../src/lib/questionnaire/usingQuestion.ts';
import { decodeProgress, encodeProgress } from '../../../src/lib/questionnaire/progressStorage.ts';

const questions = [
  { id: 'team', multiple: true, options: [{ id: 'ml-researcher' }, { id: 'software-engineer' }, { id: 'ml-engineer' }] },
  { id: 'cloud', multiple: false, options: [{ id: 'aws' }, { id: 'gcp' }, { id: 'azure' }, { id: 'other' }, { id: 'none' }] },
  { id: 'core-business', multiple: false, options: [{ id: 'yes' }, { id: 'no' }] },
];

describe('an open `using` question (the form page, which does not list the catalogue)', () => {
  const open = withOpenUsingQuestion(questions);
  it('keeps any well-formed tool id, distinct and in one order, and refuses anything else with a notice', () => {
    const { answers, notices } = parseAnswers('using=mlflow,airflow,mlflow,../admin,Bad_Id,' + 'a'.repeat(81) + '&team=ml-engineer', open);
    expect(answers).toEqual({ team: ['ml-engineer'], using: ['airflow', 'mlflow'] });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/tools you use/);
    expect(serializeAnswers({ using: ['mlflow', 'airflow', '<script>'], team: ['ml-engineer'] }, open)).toBe('team=ml-engineer&using=airflow,mlflow');
  });
  it('keeps at most MAX_OPEN_VALUES of them, so a crafted address stays small', () => {
    const many = Array.from({ length: MAX_OPEN_VALUES + 50 }, (_, i) => `tool-${i}`).join(',');
    expect(parseAnswers(`using=${many}`, open).answers.using).toHaveLength(MAX_OPEN_VALUES);
  });
});

describe('parseAnswers', () => {
  it('reads comma-separated multi-select values and single values', () => {
    expect(parseAnswers('?team=ml-engineer,ml-researcher&cloud=aws', questions)).toEqual({ answers: { team: ['ml-researcher', 'ml-engineer'], cloud: ['aws'] }, notices: [] });
  });

  it('reads encoded commas and repeated keys too', () => {
    expect(parseAnswers('team=ml-researcher%2Csoftware-engineer&team=ml-engineer', questions).answers).toEqual({ team: ['ml-researcher', 'software-engineer', 'ml-engineer'] });
  });

  it('ignores unknown keys and values with a notice naming them', () => {
    const { answers, notices } = parseAnswers('team=ml-researcher,wizard&colour=blue', questions);
    expect(answers).toEqual({ team: ['ml-researcher'] });
    expect(notices).toEqual(['Ignored “wizard”: it is not an answer to “team”.', 'Ignored “colour”: it is not a question of this questionnaire.']);
  });

  it('keeps one value for a single-choice question', () => {
    const { answers, notices } = parseAnswers('cloud=gcp,aws', questions);
    expect(answers).toEqual({ cloud: ['aws'] });
    expect(notices[0]).toMatch(/takes one answer/);
  });

  it('survives hostile input without echoing markup unsafely or throwing', () => {
    const hostile = `team=<img src=x onerror=alert(1)>&cloud=%00%E0%A4%A&${'x'.repeat(50)}=1&__proto__=1&constructor=aws`;
    const { answers, notices } = parseAnswers(hostile, questions);
    expect(answers).toEqual({});
    expect(notices.length).toBe(5);
    expect(notices.every((n) => n.length < 160)).toBe(true);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });

  it('lists each ignored thing once and caps the list, so a hostile link cannot flood the page', () => {
    const { notices } = parseAnswers(`${'a=b&'.repeat(900)}${Array.from({ length: 20 }, (_, i) => `k${i}=1`).join('&')}`, questions);
    expect(notices).toHaveLength(MAX_NOTICES);
    expect(notices[0]).toBe('Ignored “a”: it is not a question of this questionnaire.');
    expect(notices.at(-1)).toBe('…and 14 more unknown questions or answers were ignored.');
  });

  it('reads at most MAX_QUERY_LENGTH characters', () => {
    const { notices } = parseAnswers(`cloud=aws&${'a=b&'.repeat(MAX_QUERY_LENGTH)}`, questions);
    expect(notices[0]).toMatch(/too long/);
  });
});

describe('serializeAnswers', () => {
  it('writes the canonical order with literal commas', () => {
    expect(serializeAnswers({ cloud: ['aws'], team: ['ml-engineer', 'ml-researcher'] }, questions)).toBe('team=ml-researcher,ml-engineer&cloud=aws');
  });

  it('round-trips through parseAnswers', () => {
    const answers = { team: ['software-engineer'], 'core-business': ['no'] };
    expect(parseAnswers(serializeAnswers(answers, questions), questions).answers).toEqual(answers);
  });
});

describe('progress in localStorage', () => {
  it('round-trips', () => {
    expect(decodeProgress(encodeProgress('cloud=aws')).query).toBe('cloud=aws');
  });

  it.each([['{not json', /damaged/], ['{"version":2,"query":"x"}', /another version/], ['null', /another version/], ['"string"', /another version/]])('ignores %s with a reason', (raw, reason) => {
    const { query, problem } = decodeProgress(raw);
    expect(query).toBeNull();
    expect(problem).toMatch(reason);
  });
});
