/**
 * The site search's tunable knobs, used by the search box and by the
 * catalogue's text filter alike. Plain data so the browser can import it
 * without pulling in zod; src/lib/search/parseSearchConfig.ts validates it when
 * the index is built (a bad value fails the build with the field named), and a
 * unit test does too. tests/unit/search/relevance.test.ts checks real queries
 * against the real catalogue: run it after changing anything here.
 *
 * How a tool is scored for a query (src/lib/search/createSearcher.ts):
 * - The query is cut into words (lower case, no accents, one spelling, no
 *   plural "s"); `stopwords` are dropped unless nothing else is left. A tool
 *   matches only if every word is found in one of its fields.
 * - Each word scores, in each field, the field's weight times the match
 *   quality: 1 for the same word; between `prefixMin` and `prefixMax` for the
 *   start of a word (more the longer the typed part; from `prefixFrom` letters);
 *   `stem` for another form of it ("serve" and "serving"); `typo` for a wrong,
 *   missing, extra or swapped letter (from `typoFrom` letters, two from
 *   `twoTyposFrom`; never the first letter, never in descriptions). The best
 *   field counts fully and the others add `otherFields` of their points.
 * - Capabilities, stages and categories match through the words of their
 *   names and ids, concerns through the words of their ids (their names are
 *   whole sentences); all four also through the synonym table below. A
 *   capability counts `capabilityStep` less for each place it comes later in
 *   the entry's list (the first are the main ones), down to `capabilityFloor`;
 *   a concern by the entry's strength, and only from `concernsMatchFrom` does
 *   it make a tool match on its own.
 * - A description counts for the query word and the other words of its
 *   synonym groups, `relatedWords.each` more for each further one found (up to
 *   `relatedWords.upTo`).
 * - When all words of a query of several words point at the same capability,
 *   stage, concern or category ("llm" + "monitoring" → LLM tracing and
 *   observability; "feature" + "store" → Feature store), the query is about
 *   it: only tools that have it match (besides tools carrying all the words in
 *   their name or alias), with `topicBonus` points.
 * - The whole query equal to a name or alias adds `wholeName.exact`, the start
 *   of one `wholeName.prefix`, one typo away (one-word queries) `wholeName.typo`;
 *   aliases `aliasFactor` of that. So exact and prefix name matches come first.
 * - The ring adds `ringBonus`, to order equally good matches as the radar does;
 *   deprecated and discontinued tools are multiplied by `statusFactor`
 *   (and badged in the results).
 */
import { MIN_QUERY_LENGTH } from './minQueryLength.ts';

export interface SynonymGroup {
  readonly words: readonly string[];
  readonly capabilities?: readonly string[];
  readonly stages?: readonly string[];
  readonly concerns?: readonly string[];
  readonly strict?: boolean;
}

export interface SearchConfig {
  readonly weights: Readonly<Record<'name' | 'aliases' | 'capabilities' | 'stages' | 'concerns' | 'category' | 'description', number>>;
  readonly otherFields: number;
  readonly quality: { readonly prefixMin: number; readonly prefixMax: number; readonly stem: number; readonly typo: number };
  readonly prefixFrom: { readonly name: number; readonly vocabulary: number; readonly description: number };
  readonly typoFrom: number;
  readonly typoInPrefixFrom: number;
  readonly twoTyposFrom: number;
  readonly capabilityStep: number;
  readonly capabilityFloor: number;
  readonly concernsMatchFrom: number;
  readonly relatedWords: { readonly each: number; readonly upTo: number };
  readonly topicBonus: number;
  readonly wholeName: { readonly exact: number; readonly prefix: number; readonly typo: number };
  readonly aliasFactor: number;
  readonly ringBonus: { readonly adopt: number; readonly trial: number; readonly assess: number; readonly hold: number };
  readonly statusFactor: { readonly deprecated: number; readonly discontinued: number };
  readonly stopwords: readonly string[];
  readonly spellings: Readonly<Record<string, string>>;
  readonly synonyms: readonly SynonymGroup[];
  readonly limit: number;
  readonly minQueryLength: number;
}

export const SEARCH_CONFIG = {
  weights: { name: 10, aliases: 8, capabilities: 6, stages: 2, concerns: 5, category: 2, description: 2 },
  otherFields: 0.2,
  quality: { prefixMin: 0.6, prefixMax: 0.9, stem: 0.6, typo: 0.5 },
  /** Shortest typed word matched as the start of a longer word: in names and aliases, in the vocabulary, in descriptions. */
  prefixFrom: { name: 2, vocabulary: 3, description: 4 },
  typoFrom: 5,
  /** Shortest typed word with a typo matched as the start of a longer word ("monitr" → "monitoring"). */
  typoInPrefixFrom: 6,
  twoTyposFrom: 8,
  capabilityStep: 0.05,
  capabilityFloor: 0.75,
  concernsMatchFrom: 3,
  relatedWords: { each: 0.25, upTo: 2 },
  topicBonus: 5,
  wholeName: { exact: 100, prefix: 60, typo: 40 },
  aliasFactor: 0.8,
  ringBonus: { adopt: 1, trial: 0.6, assess: 0.3, hold: 0 },
  statusFactor: { deprecated: 0.6, discontinued: 0.5 },
  stopwords: ['a', 'an', 'and', 'or', 'the', 'for', 'of', 'to', 'in', 'on', 'with', 'by', 'from', 'into', 'is', 'are', 'as', 'at', 'vs', 'how', 'which', 'best', 'tool', 'tools', 'software', 'ml', 'ai', 'mlops', 'machine', 'learning'],
  /** One spelling for words written two ways, applied to the index and the query alike. */
  spellings: {
    labelling: 'labeling',
    labelled: 'labeled',
    catalogue: 'catalog',
    catalogues: 'catalogs',
    modelling: 'modeling',
    optimisation: 'optimization',
    optimise: 'optimize',
    optimised: 'optimized',
    optimising: 'optimizing',
    visualisation: 'visualization',
    finetune: 'finetuning',
    finetuned: 'finetuning',
  },
  /**
   * Words people type for a capability, stage or concern that its name lacks,
   * one word each, in the spelling above. A query word matching one (in full,
   * as its start or with a typo) matches the tools that have one of the listed
   * capabilities or stages or address one of the concerns, and descriptions
   * with any word of the group count for it. With `strict`, a description
   * alone is not enough: "vector" finds vector databases (and tools with the
   * word in their name or alias), not a pipeline tool that loads "vector
   * stores". The ids are checked against the content when the index is built.
   */
  synonyms: [
    { words: ['monitoring', 'monitor', 'observability', 'observe', 'tracing', 'trace', 'telemetry'], capabilities: ['model-monitoring', 'llm-observability'], concerns: ['blind-monitoring'], strict: true },
    { words: ['drift', 'outlier'], capabilities: ['model-monitoring', 'data-validation'] },
    { words: ['llm', 'genai', 'generative', 'gpt', 'chatbot'], capabilities: ['llm-observability', 'llm-evaluation', 'llm-gateway', 'llm-serving', 'prompt-management', 'guardrails', 'agent-framework', 'fine-tuning'], concerns: ['llm-quality'] },
    { words: ['vector', 'embedding', 'similarity', 'ann'], capabilities: ['vector-database'], strict: true },
    { words: ['labeling', 'label', 'annotation', 'annotate', 'annotating', 'annotator', 'tagging'], capabilities: ['data-labeling'], concerns: ['slow-labelling'] },
    { words: ['gpu', 'cuda', 'accelerator'], capabilities: ['gpu-scheduling'], concerns: ['scarce-compute'], strict: true },
    { words: ['serving', 'serve', 'server', 'inference', 'endpoint'], capabilities: ['model-serving', 'llm-serving'], concerns: ['hard-serving'], strict: true },
    { words: ['finetuning', 'lora', 'peft', 'sft', 'rlhf'], capabilities: ['fine-tuning'] },
    { words: ['moderation', 'jailbreak'], capabilities: ['guardrails'] },
    { words: ['discovery'], capabilities: ['data-catalog'] },
    { words: ['tracker'], capabilities: ['experiment-tracking'] },
    { words: ['orchestrator', 'workflow', 'dag'], capabilities: ['pipeline-orchestration'] },
    { words: ['benchmark'], capabilities: ['model-evaluation', 'llm-evaluation'] },
    { words: ['hpo'], capabilities: ['hyperparameter-tuning'] },
    { words: ['jupyter', 'ide'], capabilities: ['notebooks'] },
    { words: ['demo'], capabilities: ['ml-apps'] },
    { words: ['interpretability', 'xai', 'bias'], capabilities: ['explainability'] },
    { words: ['router', 'proxy'], capabilities: ['llm-gateway'] },
    { words: ['agentic'], capabilities: ['agent-framework'] },
    { words: ['cicd', 'gitops'], capabilities: ['ci-cd'] },
  ],
  /** Results listed in the site search's popup. */
  limit: 8,
  /** Queries shorter than this show no results yet. */
  minQueryLength: MIN_QUERY_LENGTH,
} as const satisfies SearchConfig;
