/**
 * The results page's work, apart from the page: decode the lean scoring file,
 * read the answers from the address, rank the catalogue with the same engine as
 * `npm run recommend`, and then answer the page's later questions from the
 * ranking it keeps: the rest of the ranking and of the ruled-out list, a piece at
 * a time, "why not …?", and the export files.
 *
 * The page runs it in a Web Worker (src/components/questionnaire/results-worker.ts),
 * so ranking a catalogue of thousands never blocks the page, and only what the
 * first screen draws crosses over at once: the head. Where no worker can start,
 * the page runs the same session itself. No DOM, no network.
 */
import { parseAnswers, serializeAnswers } from './parseAnswers.ts';
import { withUsingQuestion } from './usingQuestion.ts';
import { decodeScoringData, type LeanScoringData } from './leanScoringData.ts';
import type { ClientData } from './buildClientData.ts';
import { recommend } from '../scoring/recommend.ts';
import { explainTool } from '../scoring/explainTool.ts';
import { EXPORTERS, type ExportContext, type ExportFile, type ExportKind } from '../exports/exportResult.ts';
import type { Recommendation, RankedTool } from '../scoring/types.ts';
import { VISIBLE_RANKS } from './visibleRanks.ts';

export type Excluded = Recommendation['excluded'][number];

/** Everything the first screen of the results draws, small whatever the size of the catalogue. */
export interface ResultsHead {
  questions: ClientData['questions'];
  names: ClientData['names'];
  answers: Record<string, readonly string[]>;
  /** The answers as the canonical query string, for "Change" and the exports. */
  query: string;
  notices: string[];
  /** The answered questions in words: prompt and the chosen labels. */
  summary: { question: string; answers: string[] }[];
  /** The recommendation without its two long lists, which come by `ranking` and `excluded`. */
  rec: Omit<Recommendation, 'tools' | 'excluded'>;
  toolCount: number;
  excludedCount: number;
  /** The top of the ranking (VISIBLE_RANKS tools) and the first tools ruled out, drawn at once. */
  top: RankedTool[];
  firstExcluded: Excluded[];
  /** Other ranked tools the first screen names (the shortlist, the stack, the picks per stage, the radar) when not in `top`. */
  featured: RankedTool[];
  /** The tools on the personal radar, in ranking order (ids; each is in `featured`). */
  radar: string[];
  /** Names of the tools the head mentions by id (incumbents, the foundation), by id. */
  labels: Record<string, string>;
}

export interface ResultsSession {
  head: ResultsHead;
  /** The ranking from `start`, at most `count` tools. */
  ranking(start: number, count: number): RankedTool[];
  /** The tools ruled out, from `start`, at most `count`. */
  excluded(start: number, count: number): Excluded[];
  /** Every tool's name, in catalogue order, for the "why not …?" field to offer once it is used. */
  toolNames(): string[];
  /** "Why not …?" for what a visitor typed: a tool's name, its id, or the start of a name. */
  whyNot(typed: string): string;
  /** An export of the result; the descriptions come from the texts file, fetched only when someone exports. */
  exportFile(kind: ExportKind, context: Omit<ExportContext, 'descriptions' | 'query' | 'notices' | 'answerSummary' | 'names' | 'radarIds'>, descriptions: Record<string, string>): ExportFile;
}


export function startResults(lean: LeanScoringData, search: string): ResultsSession {
  const data = decodeScoringData(lean);
  const specs = withUsingQuestion(data.questions.map((q) => ({ id: q.id, multiple: q.multiple, options: q.options })), data.catalogue.tools.map((t) => t.id));
  const { answers, notices } = parseAnswers(search, specs);
  const query = serializeAnswers(answers, specs);
  const rec = recommend(data.catalogue, answers, data.weights);
  const summary = data.questions.filter((q) => answers[q.id]?.length).map((q) => ({ question: q.prompt, answers: q.options.filter((o) => answers[q.id]!.includes(o.id)).map((o) => o.label) }));
  const eligible = rec.tools.filter((t) => t.score >= data.weights.minimumScore).slice(0, data.weights.radarSize);
  const radar = (eligible.length ? eligible : rec.tools.slice(0, Math.min(12, rec.tools.length))).map((t) => t.id);

  const byId = new Map(rec.tools.map((t) => [t.id, t]));
  const top = rec.tools.slice(0, VISIBLE_RANKS);
  const wanted = new Set<string>([
    ...rec.shortlist.map((s) => s.id),
    ...rec.picks.flatMap((p) => (p.tool ? [p.tool] : [])),
    ...rec.byStage.flatMap((s) => s.tools),
    ...radar,
  ]);
  for (const t of top) wanted.delete(t.id);
  const featured = [...wanted].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const nameById = new Map(data.catalogue.tools.map((t) => [t.id, t.name]));
  const labels = Object.fromEntries([...rec.incumbents, ...(rec.foundation ? [rec.foundation] : [])].map((id) => [id, nameById.get(id) ?? id]));
  const { tools, excluded, ...rest } = rec;

  return {
    head: { questions: data.questions, names: data.names, answers, query, notices, summary, rec: rest, toolCount: tools.length, excludedCount: excluded.length, top, firstExcluded: excluded.slice(0, VISIBLE_RANKS), featured, radar, labels },
    ranking: (start, count) => tools.slice(Math.max(0, start), Math.max(0, start) + Math.max(0, count)),
    excluded: (start, count) => excluded.slice(Math.max(0, start), Math.max(0, start) + Math.max(0, count)),
    toolNames: () => data.catalogue.tools.map((t) => t.name),
    whyNot(typed) {
      const wantedName = typed.trim().toLowerCase();
      const tool = data.catalogue.tools.find((t) => t.name.toLowerCase() === wantedName || t.id === wantedName) ?? data.catalogue.tools.find((t) => t.name.toLowerCase().startsWith(wantedName));
      return tool && wantedName ? explainTool(rec, tool.id) : `No tool called “${typed.slice(0, 60)}” is in the catalogue.`;
    },
    exportFile: (kind, context, descriptions) => EXPORTERS[kind](rec, { ...context, query, notices, answerSummary: summary, names: data.names, descriptions, radarIds: radar }),
  };
}
