/**
 * Data shapes of the recommendation engine. The engine sees plain data only (no
 * Astro, no DOM), so the site, the CLI and the tests all feed it the same way.
 */
import type { CategoryId, CloudId, PersonaId, QuadrantId, RingId, StageId } from '../../schemas/ids.ts';

export interface ScoringTool {
  id: string;
  name: string;
  description: string;
  category: CategoryId;
  quadrant: QuadrantId;
  position: { artifact: number; scope: number };
  stages: StageId[];
  capabilities: string[];
  personas: PersonaId[];
  addresses: { concern: string; strength: number }[];
  clouds: CloudId[];
  offering: 'open-source' | 'open-core' | 'commercial' | 'managed-service';
  hosting: 'self-hosted' | 'saas' | 'both';
  license: string;
  status: { state: 'active' | 'acquired' | 'deprecated' | 'discontinued'; date?: string; note?: string; successor?: string };
  firstRelease?: number;
  ring: RingId;
  ringRationale: string;
  /** Decision facts; "unknown" is never scored as a fact. */
  workloads: string[];
  kubernetes: 'required' | 'optional' | 'no' | 'unknown';
  airGapped: 'yes' | 'no' | 'unknown';
  pricing: 'free' | 'free-tier' | 'paid-licence' | 'usage-billed' | 'unknown';
  leaveCost: 'low' | 'medium' | 'high' | 'unknown';
  integrations: string[];
  /** From the repository's history (npm run refresh:maturity), when the tool is open source and was read. */
  maturity?: { contributors12m: number; latestRelease?: string; lastCommit: string; dormant: boolean; readOn: string; /** The day the contributor count runs up to (the snapshot's newest commit, or the reading). */ countedTo: string };
  /** Derived from the SPDX licence of the tool and of every component: OSI-approved only. */
  openSource: boolean;
  /** The licences that are not OSI-approved, for the reason text. */
  nonOsiLicences: string[];
}

export interface Catalogue {
  tools: ScoringTool[];
  concerns: { id: string; name: string; kind: string }[];
  stages: { id: StageId; name: string }[];
  capabilities: { id: string; name: string; stages?: StageId[] }[];
  categories: { id: CategoryId; name: string }[];
}

/** Parsed answers: question id → chosen option ids (already checked against the questions). */
export type Answers = Readonly<Record<string, readonly string[]>>;

export interface Reason {
  /** Stable id of the rule that produced it, e.g. "concern", "other-cloud". */
  rule: string;
  /** What a person reads, e.g. "addresses your pain point “Losing track of experiments” (strength 3)". */
  text: string;
  /** Points added (negative: subtracted). 0 for ring moves. */
  points: number;
}

export interface RankedTool {
  id: string;
  name: string;
  score: number;
  /** The score on a fixed 0–100 scale. */
  fit: number;
  /** How many of the facts that decide are known for this tool. */
  confidence: 'high' | 'medium' | 'low';
  ring: RingId;
  /** Why the tool sits in that ring for this team, starting with the default. */
  ringReasons: string[];
  reasons: Reason[];
  quadrant: QuadrantId;
  category: CategoryId;
  stages: StageId[];
  /** The team already runs it. */
  incumbent: boolean;
  /** It serves a need the team named; irrelevant tools rank below every relevant one. */
  relevant: boolean;
}

export interface StackPick {
  capability: string;
  /** The tool that covers it, or null: a gap. */
  tool: string | null;
  /** Why the team needs this capability. */
  because: string;
  incumbent: boolean;
  /** For a gap: what kept every candidate out. */
  gap?: string;
}

export interface Recommendation {
  tools: RankedTool[];
  excluded: { id: string; name: string; reason: string }[];
  byStage: { stage: StageId; tools: string[] }[];
  stack: { stage: StageId; tool: string | null }[];
  /** The cloud provider the stack sits on, when the team named one. */
  foundation: string | null;
  gaps: { stage: StageId; reason: string }[];
  overlaps: { tools: [string, string]; reason: string }[];
  /** One tool per needed capability, in priority order, with the gaps. */
  picks: StackPick[];
  /** The 3–5 tools to look at first, each with one line of reason. */
  shortlist: { id: string; reason: string }[];
  needs: { capability: string; because: string; priority: number }[];
  contradictions: string[];
  incumbents: string[];
  categoryRings: { category: CategoryId; ring: RingId; essayRing: RingId; reason: string | null }[];
  team: { position: { artifact: number; scope: number } | null; personas: { persona: PersonaId; position: { artifact: number; scope: number } }[] };
  buildVsBuy: { verdict: 'buy' | 'build'; advice: string[] };
}
