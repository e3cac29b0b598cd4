/**
 * The preview's decision impact: where an entry lands and how it ranks for the
 * reference teams with the site's own engine, against a baseline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validation/validateContent.ts';
import { parseAnswers } from '../../../src/lib/questionnaire/parseAnswers.ts';
import { parseScoringConfig } from '../../../src/lib/scoring/parseScoringConfig.ts';
import { previewEntry, type Placement } from '../../../src/lib/preview/previewEntry.ts';
import { formatPreview } from '../../../src/lib/preview/formatPreview.ts';
import { findTodos } from '../../../src/lib/preview/findTodos.ts';
import { REFERENCE_TEAMS } from '../../../src/lib/preview/referenceTeams.ts';
import type { Question } from '../../../src/schemas/question.ts';
import { URL_CONTRACT } from '../../../src/schemas/ids.ts';
import { toolSource } from '../../helpers/contentFixture.ts';
import { makeFixtureCatalogue } from '../../helpers/contributionFixture.ts';

const weights = parseScoringConfig(readFileSync('config/scoring.json', 'utf8'));
const tracker = (addresses: string, extra: Record<string, string> = {}) =>
  toolSource({ name: 'Acme Tracker', category: 'experimentation-platforms', position: '\n  artifact: 0.75\n  scope: 0.35', stages: '[model-training, model-evaluation]', capabilities: '[experiment-tracking]', personas: '[ml-researcher]', addresses, ...extra });
const rank = (place: Placement | null) => (place && 'rank' in place ? place.rank : Infinity);

describe('REFERENCE_TEAMS', () => {
  const { entries } = validateContent('content');
  const questions = (entries.questions as unknown as { id: string; data: Question }[]).map((q) => ({ id: q.id, multiple: q.data.multiple, options: q.data.options }));

  it.each(REFERENCE_TEAMS.map((team) => [team.name, team] as const))('%s: every answer is a current questionnaire option, the public keys included', (_, team) => {
    const { answers, notices } = parseAnswers(team.query, questions);
    expect(notices).toEqual([]);
    for (const key of Object.keys(URL_CONTRACT)) expect(answers[key]?.length, `${team.id} answers no ${key}`).toBeGreaterThan(0);
  });
});

describe('previewEntry', () => {
  it('places a new entry in its quadrant among its neighbours, with its and its category\u2019s ring', () => {
    const dir = makeFixtureCatalogue();
    const preview = previewEntry({ contentDir: dir, id: 'acme-tracker', text: tracker('\n  - { concern: lost-experiments, strength: 3 }'), weights, teams: REFERENCE_TEAMS, root: dir, currentYear: 2026 });
    expect(preview.issues).toEqual([]);
    expect(preview.landing).toMatchObject({ quadrant: 'specialized-ml-tools', quadrantName: 'Specialized ML Tools', categoryName: 'Experimentation platforms', ring: 'trial', categoryRing: 'trial' });
    expect(preview.landing!.neighbours.slice(0, 2).map((n) => [n.id, n.sameCategory])).toEqual([['comet', true], ['weights-and-biases', true]]);
    expect(preview.baseline).toBe('without');
  });

  it('ranks the entry for every reference team, higher where it solves that team\u2019s pain', () => {
    const dir = makeFixtureCatalogue();
    const preview = previewEntry({ contentDir: dir, id: 'acme-tracker', text: tracker('\n  - { concern: lost-experiments, strength: 3 }'), weights, teams: REFERENCE_TEAMS, root: dir, currentYear: 2026 });
    expect(preview.teams.map((t) => t.team.id)).toEqual(REFERENCE_TEAMS.map((t) => t.id));
    const lab = preview.teams.find((t) => t.team.id === 'research-lab')!;
    const product = preview.teams.find((t) => t.team.id === 'product-team-aws')!;
    expect(lab.before).toBeNull();
    expect(rank(lab.after)).toBeLessThan(rank(product.after));
    expect(lab.entered).toContain('Acme Tracker');
    expect('reasons' in lab.after && lab.after.reasons.map((r) => r.rule)).toContain('concern');
  });

  it('compares a changed entry with its committed version', () => {
    const dir = makeFixtureCatalogue();
    const before = tracker('[]');
    const after = tracker('\n  - { concern: lost-experiments, strength: 3 }\n  - { concern: manual-tuning, strength: 3 }');
    const preview = previewEntry({ contentDir: dir, id: 'acme-tracker', text: after, baselineText: before, weights, teams: REFERENCE_TEAMS, root: dir, currentYear: 2026 });
    expect(preview.baseline).toBe('committed');
    const lab = preview.teams.find((t) => t.team.id === 'research-lab')!;
    expect(rank(lab.after)).toBeLessThanOrEqual(rank(lab.before));
    expect('score' in lab.after && 'score' in lab.before! && lab.after.score > lab.before.score).toBe(true);
  });

  it('stops at validation problems, reported with the file and field', () => {
    const dir = makeFixtureCatalogue();
    const preview = previewEntry({ contentDir: dir, id: 'acme-tracker', text: tracker('[]', { category: 'experiment-platforms' }), weights, teams: REFERENCE_TEAMS, root: dir });
    expect(preview.issues).toEqual([expect.objectContaining({ file: 'tools/acme-tracker.mdx', field: 'category', fix: 'Did you mean "experimentation-platforms"?' })]);
    expect(preview.landing).toBeUndefined();
    expect(preview.teams).toEqual([]);
    expect(formatPreview(preview)).toContain('Fix the problems above, then run the preview again');
  });

  it('renders the landing, the plot and the rankings as text', () => {
    const dir = makeFixtureCatalogue();
    const text = formatPreview(previewEntry({ contentDir: dir, id: 'acme-tracker', text: tracker('[]', {}).replace('A valid body', 'TODO: a valid body'), weights, teams: REFERENCE_TEAMS, root: dir, currentYear: 2026 }));
    expect(text).toContain('✔ Valid, cross-references included.');
    expect(text).toMatch(/⚠ TODO placeholders left on line \d+/);
    expect(text).toContain('quadrant  specialized-ml-tools (Specialized ML Tools): artifact ≥ 0.5, scope < 0.5');
    expect(text).toMatch(/\|[^\n]*@[^\n]*\|/);
    for (const team of REFERENCE_TEAMS) expect(text).toContain(`${team.name}: ${team.summary}`);
  });
});

describe('findTodos', () => {
  it('finds placeholders outside comment lines', () => {
    expect(findTodos('---\n# TODO in a comment\ndescription: "TODO: x"\n---\nTODO: body')).toEqual([3, 5]);
  });
});
