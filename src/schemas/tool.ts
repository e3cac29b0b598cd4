/**
 * The `tools` collection: one MDX file per tool in content/tools/<id>.mdx.
 * This schema is the single source of truth for a tool entry's frontmatter:
 * the site, `npm run validate`, the generated JSON Schema
 * (schemas/tool.schema.json) and the field reference in CONTRIBUTING.md all
 * come from it.
 */
import { z } from 'astro/zod';
import {
  CATEGORY_IDS,
  CATEGORY_TABLE,
  CLOUD_IDS,
  PERSONA_IDS,
  RING_IDS,
  STAGE_IDS,
  quadrantOf,
} from './ids.ts';
import { checkLicenseExpression } from './spdx.ts';
import { DateSchema, IdSchema, UrlSchema, text } from './common.ts';

export const OFFERING_IDS = ['open-source', 'open-core', 'commercial', 'managed-service'] as const;
export const HOSTING_IDS = ['self-hosted', 'saas', 'both'] as const;
export const STATUS_IDS = ['active', 'acquired', 'deprecated', 'discontinued'] as const;
/** Workloads, as in the questionnaire's `workload` key (docs/url-contract.md); `all` means workload-neutral. */
export const WORKLOAD_IDS = ['tabular', 'vision', 'text', 'time-series', 'llm-apps', 'llm-training'] as const;
export const KUBERNETES_IDS = ['required', 'optional', 'no', 'unknown'] as const;
export const AIR_GAPPED_IDS = ['yes', 'no', 'unknown'] as const;
export const PRICING_IDS = ['free', 'free-tier', 'paid-licence', 'usage-billed', 'unknown'] as const;
export const LEAVE_COST_IDS = ['low', 'medium', 'high', 'unknown'] as const;

/** An SPDX licence expression, or "proprietary". */
export const LicenseSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .superRefine((value, ctx) => {
    const result = checkLicenseExpression(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  })
  .describe('An SPDX licence expression such as "Apache-2.0" or "MIT OR Apache-2.0", or "proprietary". Whether the tool is open source follows from it (OSI-approved licences only).');

const YearSchema = z
  .number()
  .int()
  .min(1990)
  // The upper bound is a refinement, not .max(), so the generated JSON Schema does not change every New Year.
  .refine((year) => year <= new Date().getUTCFullYear(), 'must be a year no later than this year');

export const ComponentSchema = z
  .strictObject({
    name: text(80).describe('The component, e.g. "Server" or "Python SDK".'),
    license: LicenseSchema,
    note: text(200).optional().describe('What the component is for, when the name does not say.'),
  })
  .describe('A part of the tool whose licence differs from the main one.');

export const MaturitySchema = z
  .strictObject({
    firstCommit: YearSchema.describe("Year of the repository's first commit: on its main line, or on its oldest release's line if that is older; histories merged in from elsewhere do not count."),
    latestRelease: z
      .strictObject({ tag: text(80).describe('The release tag, e.g. "v2.19.0".'), date: DateSchema.describe('When the tag was made (YYYY-MM-DD).') })
      .optional()
      .describe('The newest release tag and its date; left out when the repository has no release tags.'),
    contributors12m: z.number().int().min(0).describe('Distinct commit authors in the 12 months up to the newest commit read (a snapshot) or up to the reading (the GitHub API), bots left out.'),
    lastCommit: DateSchema.describe('Date of the newest commit in what was read; an old date may mean an old snapshot, not a dormant project.'),
    archived: z.union([z.boolean(), z.literal('unknown')]).describe('Whether the repository is archived (read-only); "unknown" when read from a git snapshot, which cannot tell.'),
    readOn: DateSchema.describe('When the snapshot was read (YYYY-MM-DD).'),
    from: z.enum(['git-snapshot', 'github-api']).describe('Where it was read: a clone or bare snapshot of the repository, or the GitHub API.'),
  })
  .describe('Maturity read from the public repository by `npm run refresh:maturity`; never written by hand.');

export const RingHistorySchema = z
  .strictObject({
    date: DateSchema.describe('The edition (YYYY-MM-DD) in which the editors set this ring.'),
    ring: z.enum(RING_IDS).describe('The ring from that edition on.'),
    reason: text(200).describe('Why the ring was set or moved.'),
  })
  .describe('One ring change in the editors\' radar.');

export const PositionSchema = z
  .strictObject({
    artifact: z
      .number()
      .min(0, 'must be between 0 (software) and 1 (model)')
      .max(1, 'must be between 0 (software) and 1 (model)')
      .describe('Artifact axis: 0 = centred on software artifacts, 1 = centred on the trained model. 0.5 and above is the model side.'),
    scope: z
      .number()
      .min(0, 'must be between 0 (piecemeal) and 1 (all-in-one)')
      .max(1, 'must be between 0 (piecemeal) and 1 (all-in-one)')
      .describe('Scope axis: 0 = piecemeal (one or two lifecycle processes), 1 = all-in-one (end to end). 0.5 and above is all-in-one.'),
  })
  .describe('Where the tool sits on the landscape plane. Must fall inside the quadrant of its category.');

export const AddressSchema = z
  .strictObject({
    concern: IdSchema.describe('Id of a concern in content/concerns (a want, need, frustration or pain point).'),
    strength: z
      .number()
      .int()
      .min(1, 'must be 1 (helps a little), 2 (helps clearly) or 3 (a main reason to use it)')
      .max(3, 'must be 1 (helps a little), 2 (helps clearly) or 3 (a main reason to use it)')
      .describe('How strongly the tool addresses it: 1 helps a little, 2 helps clearly, 3 is a main reason to use the tool.'),
  })
  .describe('A concern the tool addresses, with a strength.');

export const StatusSchema = z
  .strictObject({
    state: z.enum(STATUS_IDS).describe('active, acquired, deprecated or discontinued.'),
    date: DateSchema.optional().describe('When the state last changed (YYYY-MM-DD). Required unless active.'),
    note: text(400).optional().describe('What changed, in one or two sentences. Required unless active.'),
    successor: z.union([IdSchema, z.literal('none')]).optional().describe('Id of the tool entry that replaces it, or "none". Required when deprecated or discontinued.'),
  })
  .superRefine((status, ctx) => {
    if (status.state === 'active') return;
    if ((status.state === 'deprecated' || status.state === 'discontinued') && !status.successor) ctx.addIssue({ code: 'custom', path: ['successor'], message: `is required when state is "${status.state}": give the id of the tool entry that replaces it, or "none" if nothing does` });
    if (!status.date) ctx.addIssue({ code: 'custom', path: ['date'], message: `is required when state is "${status.state}": add the date of the change, e.g. date: 2022-06-01` });
    if (!status.note) ctx.addIssue({ code: 'custom', path: ['note'], message: `is required when state is "${status.state}": say what changed and cite it in sources` });
  })
  .describe('Whether the tool is still maintained.');

export const EssaySchema = z
  .strictObject({
    category: z.enum(CATEGORY_IDS).describe('The category the essay placed the tool in (2021).'),
    note: text(400).optional().describe('How the tool differs today from the essay, if it does.'),
  })
  .describe("The essay's own placement (see the site's /framework/ page), kept as history when the tool is one the essay names.");

export const ToolSchema = z
  .strictObject({
    name: text(80).describe('The product name as its makers write it, e.g. "MLflow".'),
    aliases: z.array(text(80)).max(10).default([]).describe('Other names people search for (former names, abbreviations).'),
    description: text(240, 20)
      .refine((value) => !/[.!?]\s+\S/.test(value.replace(/\b(e\.g|i\.e|etc|vs|Inc|Ltd)\./g, '$1')), 'must be a single sentence; move the rest into the body')
      .describe('One plain sentence saying what the tool is, without marketing.'),
    website: UrlSchema.describe("The tool's official website."),
    repository: UrlSchema.optional().describe('Source repository, when the code is public.'),
    docs: UrlSchema.optional().describe('Official documentation, if separate from the website.'),
    license: LicenseSchema,
    components: z.array(ComponentSchema).max(10).default([]).describe('Parts whose licence differs from `license` (an Apache-2.0 SDK with an SSPL server). The tool counts as open source only when every part does.'),
    owner: text(120).optional().describe('Who owns the product now, when that is not its original maker (after an acquisition, a donation or a merger).'),
    offering: z.enum(OFFERING_IDS).describe('open-source, open-core (open core plus paid features), commercial, or managed-service (a cloud service).'),
    hosting: z.enum(HOSTING_IDS).describe('self-hosted (you run it), saas (vendor runs it) or both.'),
    category: z.enum(CATEGORY_IDS).describe('The landscape category (CONTRIBUTING.md, "How position, category and ring are decided"). The quadrant is derived from it.'),
    position: PositionSchema,
    stages: z.array(z.enum(STAGE_IDS)).min(1, 'must list at least one lifecycle stage').describe('Lifecycle stages the tool serves.'),
    capabilities: z.array(IdSchema).min(1, 'must list at least one capability from content/capabilities').describe('Capability ids (content/capabilities) the tool provides.'),
    personas: z.array(z.enum(PERSONA_IDS)).min(1, 'must list at least one persona').describe('Personas the tool mainly serves.'),
    addresses: z.array(AddressSchema).default([]).describe('Concerns (content/concerns) the tool addresses, each with a strength.'),
    clouds: z.array(z.enum(CLOUD_IDS)).default([]).describe('Clouds the tool is tied to (only runs on, or is sold by). Empty when cloud-neutral.'),
    workloads: z
      .array(z.enum([...WORKLOAD_IDS, 'all', 'unknown']))
      .min(1, 'must list at least one workload, or [all]')
      .describe('Workloads the tool is for: tabular, vision, text, time-series, llm-apps (apps that call or host LLMs), llm-training (fine-tuning or pre-training); or [all] when it does not depend on the workload; [unknown] until checked (never scored as a fact).'),
    kubernetes: z.enum(KUBERNETES_IDS).describe('Whether running it yourself needs Kubernetes: required; optional (runs without it, and its makers also document a Kubernetes install: a Helm chart, an operator or manifests); no (no Kubernetes install from its makers); or unknown. A SaaS-only tool is "no".'),
    airGapped: z.enum(AIR_GAPPED_IDS).describe('Whether it can run with no connection to the internet: yes, no (SaaS, or phones home by design), or unknown.'),
    pricing: z.enum(PRICING_IDS).describe('free, free-tier (free tier or free open-source edition plus paid plans), paid-licence, usage-billed (pay per use), or unknown.'),
    leaveCost: z.enum(LEAVE_COST_IDS).describe('How hard it is to leave: low (swap it in days), medium (weeks of migration), high (it shapes your code, data or processes); or unknown.'),
    status: StatusSchema.default({ state: 'active' }),
    // The upper bound is a refinement, not .max(), so the generated JSON Schema does not change every New Year.
    firstRelease: z
      .union([YearSchema, z.strictObject({ unknown: text(200).describe('Why the year could not be confirmed.') })])
      .describe('Year of the first public release: the first version anyone could install or use (a package, a download, a public beta or service), which is often earlier than the first git tag; or { unknown: "why" } when it could not be confirmed.'),
    maturity: MaturitySchema.optional(),
    ring: z.enum(RING_IDS).describe("The editors' default radar ring: adopt, trial, assess or hold."),
    ringRationale: text(200).describe('One line: why this ring.'),
    ringHistory: z.array(RingHistorySchema).default([]).describe('Earlier ring changes in the editors\' radar, oldest first; the current ring is `ring`.'),
    integrations: z.array(IdSchema).default([]).describe('Ids of other tool entries it integrates with.'),
    alternatives: z.array(IdSchema).default([]).describe('Ids of other tool entries that do the same job.'),
    essay: EssaySchema.optional(),
    sources: z.array(UrlSchema).min(1, 'must cite at least one source URL for the facts above').describe('URLs the facts come from, ideally the tool\'s own documentation.'),
    lastReviewed: DateSchema.describe('When an editor last checked the facts (YYYY-MM-DD).'),
  })
  .superRefine((tool, ctx) => {
    const expected = CATEGORY_TABLE[tool.category].quadrant;
    const actual = quadrantOf(tool.position);
    if (expected !== actual) {
      ctx.addIssue({
        code: 'custom',
        path: ['position'],
        message: `{artifact: ${tool.position.artifact}, scope: ${tool.position.scope}} lies in quadrant "${actual}", but category "${tool.category}" belongs to "${expected}"; ${positionHint(expected)}, or choose a category of "${actual}"`,
      });
    }
    if ((tool.workloads.includes('all') || tool.workloads.includes('unknown')) && tool.workloads.length > 1) ctx.addIssue({ code: 'custom', path: ['workloads'], message: 'lists "all" or "unknown" together with specific workloads; write [all], [unknown] or the specific ones' });
    if (tool.hosting === 'saas' && tool.airGapped === 'yes') ctx.addIssue({ code: 'custom', path: ['airGapped'], message: 'is "yes", but hosting is "saas": a vendor-hosted service cannot run air-gapped; set airGapped: no, or hosting: both' });
    for (const [field, list] of [['stages', tool.stages], ['capabilities', tool.capabilities], ['personas', tool.personas], ['clouds', tool.clouds], ['integrations', tool.integrations], ['alternatives', tool.alternatives]] as const) {
      const seen = new Set<string>();
      list.forEach((value, index) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [field, index], message: `"${value}" is listed twice; remove the duplicate` });
        seen.add(value);
      });
    }
    const concerns = new Set<string>();
    tool.addresses.forEach((address, index) => {
      if (concerns.has(address.concern)) ctx.addIssue({ code: 'custom', path: ['addresses', index, 'concern'], message: `"${address.concern}" is listed twice; keep one with the right strength` });
      concerns.add(address.concern);
    });
  });

function positionHint(quadrant: string): string {
  switch (quadrant) {
    case 'cloud-platforms':
      return 'set artifact below 0.5 and scope to 0.5 or above';
    case 'ml-platforms':
      return 'set artifact and scope to 0.5 or above';
    case 'specialized-ml-tools':
      return 'set artifact to 0.5 or above and scope below 0.5';
    default:
      return 'set artifact and scope below 0.5';
  }
}

export type ToolInput = z.input<typeof ToolSchema>;
export type Tool = z.output<typeof ToolSchema>;
