/**
 * The data behind `npm run preview:entry`: validate one tool entry against the
 * whole catalogue, then work out its decision impact — where it lands on the
 * landscape (quadrant, neighbours), its ring against its category's default,
 * and how it ranks for each reference team with the site's own engine
 * (recommend()), compared with a baseline: the committed version of the entry
 * when it changed, otherwise the catalogue without it.
 */
import { CATEGORY_TABLE, quadrantOf, type QuadrantId, type RingId, type StageId } from '../../schemas/ids.ts';
import type { Question } from '../../schemas/question.ts';
import type { ScoringConfig } from '../../schemas/scoring.ts';
import type { Tool } from '../../schemas/tool.ts';
import { validateEntryInContext } from '../entry/validateEntryInContext.ts';
import { withUsingQuestion } from '../questionnaire/usingQuestion.ts';
import { parseAnswers } from '../questionnaire/parseAnswers.ts';
import { recommend } from '../scoring/recommend.ts';
import { toCatalogue, type CatalogueSources } from '../scoring/toCatalogue.ts';
import type { Catalogue, Reason } from '../scoring/types.ts';
import type { ValidationIssue } from '../validation/types.ts';
import type { ValidEntry } from '../validation/validateContent.ts';
import { findTodos } from './findTodos.ts';
import type { ReferenceTeam } from './referenceTeams.ts';

export type Placement = { rank: number; score: number; ring: RingId; ringReasons: string[]; reasons: Reason[] } | { excluded: string };

export interface TeamRanking {
  team: ReferenceTeam;
  /** Answers in the query that the questionnaire no longer knows. */
  notices: string[];
  /** How many tools were ranked (not excluded) for this team. */
  total: number;
  after: Placement;
  /** The baseline placement; null when the entry is not in the baseline. */
  before: Placement | null;
  /** Tools entering and leaving the team's top N because of the change. */
  entered: string[];
  left: string[];
  /** Stages where the entry is in the suggested stack, now and in the baseline. */
  stack: StageId[];
  stackBefore: StageId[];
}

export interface Neighbour {
  id: string;
  name: string;
  distance: number;
  sameCategory: boolean;
}

export interface EntryPreview {
  file: string;
  id: string;
  issues: ValidationIssue[];
  /** Problems in other files; they are left out of the catalogue. */
  otherIssueFiles: string[];
  todoLines: number[];
  /** Present when the entry is valid. */
  landing?: {
    name: string;
    category: Tool['category'];
    categoryName: string;
    quadrant: QuadrantId;
    quadrantName: string;
    position: { artifact: number; scope: number };
    ring: RingId;
    categoryRing: RingId;
    ringRationale: string;
    neighbours: Neighbour[];
    /** Every valid tool's position, for the plot. */
    points: { id: string; artifact: number; scope: number; category: string }[];
  };
  baseline: 'committed' | 'without';
  top: number;
  teams: TeamRanking[];
}

export interface PreviewInput {
  contentDir: string;
  id: string;
  text: string | Uint8Array;
  /** The committed text of the entry, when it exists and differs. */
  baselineText?: string | undefined;
  weights: ScoringConfig;
  teams: readonly ReferenceTeam[];
  /** Size of the "top" list whose changes are reported. */
  top?: number;
  /** Fixed year for age rules (tests). */
  currentYear?: number;
  root?: string;
}

function catalogueOf(entries: ReturnType<typeof validateEntryInContext>['all']['entries']): Catalogue {
  return toCatalogue(entries as unknown as CatalogueSources);
}

const nameOf = (entries: readonly ValidEntry[], id: string) => {
  const data = entries.find((entry) => entry.id === id)?.data as { name?: string } | undefined;
  return data?.name ?? id;
};

/**
 * @example previewEntry({ contentDir: 'content', id: 'mlflow', text, weights, teams: REFERENCE_TEAMS }).landing?.quadrant // → 'ml-platforms'
 */
export function previewEntry(input: PreviewInput): EntryPreview {
  const top = input.top ?? 5;
  const check = validateEntryInContext(input.contentDir, input.id, input.text, input.root);
  const text = typeof input.text === 'string' ? input.text : new TextDecoder().decode(input.text);
  const committed = input.baselineText !== undefined && input.baselineText !== text;
  const result: EntryPreview = {
    file: check.file,
    id: input.id,
    issues: check.issues,
    otherIssueFiles: [...new Set(check.otherIssues.map((issue) => issue.file))].sort(),
    todoLines: findTodos(text),
    baseline: committed ? 'committed' : 'without',
    top,
    teams: [],
  };
  const entry = check.entry;
  if (!entry) return result;

  const tool = entry.data;
  const entries = check.all.entries;
  const quadrant = quadrantOf(tool.position);
  const distance = (p: { artifact: number; scope: number }) => Math.hypot(p.artifact - tool.position.artifact, p.scope - tool.position.scope);
  const others = check.tools.filter((t) => t.id !== input.id);
  result.landing = {
    name: tool.name,
    category: tool.category,
    categoryName: nameOf(entries.categories, tool.category),
    quadrant,
    quadrantName: nameOf(entries.quadrants, quadrant),
    position: tool.position,
    ring: tool.ring,
    categoryRing: CATEGORY_TABLE[tool.category].ring,
    ringRationale: tool.ringRationale,
    neighbours: others
      .map((t) => ({ id: t.id, name: t.data.name, distance: Math.round(distance(t.data.position) * 100) / 100, sameCategory: t.data.category === tool.category }))
      .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
      .slice(0, 5),
    points: check.tools.map((t) => ({ id: t.id, artifact: t.data.position.artifact, scope: t.data.position.scope, category: t.data.category })),
  };

  const after = catalogueOf(entries);
  let before: Catalogue;
  if (committed) {
    const baseline = validateEntryInContext(input.contentDir, input.id, input.baselineText!, input.root);
    before = catalogueOf(baseline.all.entries);
    // A committed version that no longer validates counts as absent.
    if (!baseline.entry) before = { ...before, tools: before.tools.filter((t) => t.id !== input.id) };
  } else {
    before = { ...after, tools: after.tools.filter((t) => t.id !== input.id) };
  }

  const questions = withUsingQuestion((entries.questions as unknown as { id: string; data: Question }[]).map((q) => ({ id: q.id, multiple: q.data.multiple, options: q.data.options })), after.tools.map((t) => t.id));
  const options = input.currentYear === undefined ? {} : { currentYear: input.currentYear };
  for (const team of input.teams) {
    const { answers, notices } = parseAnswers(team.query, questions);
    const now = recommend(after, answers, input.weights, options);
    const then = recommend(before, answers, input.weights, options);
    const place = (rec: typeof now): Placement | null => {
      const index = rec.tools.findIndex((t) => t.id === input.id);
      if (index !== -1) {
        const ranked = rec.tools[index]!;
        return { rank: index + 1, score: ranked.score, ring: ranked.ring, ringReasons: ranked.ringReasons, reasons: ranked.reasons };
      }
      const excluded = rec.excluded.find((t) => t.id === input.id);
      return excluded ? { excluded: excluded.reason } : null;
    };
    const topNames = (rec: typeof now) => rec.tools.slice(0, top).map((t) => t.name);
    const nowTop = topNames(now);
    const thenTop = topNames(then);
    result.teams.push({
      team,
      notices,
      total: now.tools.length,
      after: place(now)!,
      before: place(then),
      entered: nowTop.filter((name) => !thenTop.includes(name)),
      left: thenTop.filter((name) => !nowTop.includes(name)),
      stack: now.stack.filter((s) => s.tool === input.id).map((s) => s.stage),
      stackBefore: then.stack.filter((s) => s.tool === input.id).map((s) => s.stage),
    });
  }
  return result;
}
