/**
 * Wires each collection (src/schemas/index.ts) to a loader. Before any
 * collection loads, the whole content folder goes through the same checks as
 * `npm run validate` (schemas, cross-references, safe MDX). If anything is
 * wrong the build stops with every problem listed — before a single entry's
 * MDX is compiled, so unsafe code in an entry never runs.
 */
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { validateContentInParallel } from './lib/validation/validateContent.ts';
import { formatReport } from './lib/validation/formatReport.ts';
import { contentDir } from './lib/validation/contentDir.ts';
import { parseEntryFile } from './lib/validation/parseEntryFile.ts';
import { contentCardFacts } from './lib/cards/contentCardFacts.ts';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { ToolCardFacts } from './lib/cards/toolCard.ts';

/** Symbol.for('mlops-navigator.tool-cards') in src/integrations/toolCards.ts: set only while `astro build` runs. */
const CARD_HOOK = Symbol.for('mlops-navigator.tool-cards');

let checked: Promise<void> | undefined;
/** The frontmatter validation parsed, by absolute path: each file is parsed once per build, not again by its loader. */
let parsedByPath: Map<string, { source: string; data: Record<string, unknown> }> = new Map();

/** Validate the whole content folder once per build, throwing a readable report on failure. */
function ensureValid(): Promise<void> {
  checked ??= Promise.resolve().then(async () => {
    const { issues, fileCount, parsed, entries } = await validateContentInParallel(contentDir());
    parsedByPath = parsed;
    if (issues.length > 0) {
      const error = new Error(`Content validation failed.\n${formatReport(issues, fileCount)}`);
      error.stack = error.message; // a stack trace would only hide the report
      throw error;
    }
    // A build starts drawing the share cards now, on a spare core, while it loads the content and bundles.
    const cards = (globalThis as { [CARD_HOOK]?: { start(facts: ToolCardFacts[], options: { early: boolean }): void } })[CARD_HOOK];
    if (cards) {
      let facts: ToolCardFacts[] | undefined;
      try {
        facts = contentCardFacts(entries);
      } catch {
        // Only a head start: the route that lists the cards starts them with the final facts anyway.
      }
      if (facts) cards.start(facts, { early: true });
    }
  });
  return checked;
}

/** The part of Astro's (internal) entry types the glob loader reads: Astro passes them to loaders without a public type. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body?: string }> | { data: Record<string, unknown>; body?: string };
}
type EntryTypes = Map<string, EntryType>;
type LoaderContext = Parameters<Loader['load']>[0];

/**
 * One YAML parser: the entry data the build stores comes from parseEntryFile,
 * the same function `npm run validate` uses, not from Astro's own frontmatter
 * parser. The body and rendering stay Astro's.
 */
function withOurFrontmatter(entryTypes: EntryTypes): EntryTypes {
  const wrapped: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    wrapped.set(extension, {
      ...entryType,
      getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
        const path = fileURLToPath(params.fileUrl);
        const known = parsedByPath.get(path);
        // The same text as validation read: reuse its parse. For MDX, the rest of what the MDX integration's own
        // getEntryInfo returns is rebuilt the way it builds it (its frontmatter blanked with spaces, then trimmed),
        // so the frontmatter is not parsed a second time by another YAML parser only to be thrown away.
        if (known && known.source === params.contents && extension === '.mdx') {
          const raw = extractFrontmatter(params.contents);
          if (raw !== undefined && params.contents.includes(`---${raw}---`)) {
            const body = params.contents.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `).trim();
            return { data: known.data, body, slug: known.data.slug, rawData: raw };
          }
        }
        const info = await entryType.getEntryInfo(params);
        // The same text as validation read: reuse its parse. Anything else (a file edited since) is parsed here.
        if (known && known.source === params.contents) return { ...info, data: known.data };
        const { entry } = parseEntryFile(path, new TextEncoder().encode(params.contents));
        if (!entry) throw new Error(`Content validation failed for ${path}: run npm run validate.`);
        return { ...info, data: entry.data };
      },
    });
  }
  return wrapped;
}

function validatedGlob(name: CollectionName): Loader {
  const spec = COLLECTIONS[name];
  // The same folder and extension validate checks; validate rejects every other file in the folder, so the two sets are equal.
  const inner = glob({ pattern: `*${spec.extension}`, base: `${contentDir()}/${spec.dir}` });
  return {
    name: `navigator-${name}`,
    load: async (context) => {
      await ensureValid();
      const entryTypes = (context as LoaderContext & { entryTypes: EntryTypes }).entryTypes;
      await inner.load({ ...context, entryTypes: withOurFrontmatter(entryTypes) } as LoaderContext);
    },
  };
}

// Each collection is spelled out so Astro infers each one's own data type.
export const collections = {
  tools: defineCollection({ loader: validatedGlob('tools'), schema: COLLECTIONS.tools.schema }),
  personas: defineCollection({ loader: validatedGlob('personas'), schema: COLLECTIONS.personas.schema }),
  stages: defineCollection({ loader: validatedGlob('stages'), schema: COLLECTIONS.stages.schema }),
  quadrants: defineCollection({ loader: validatedGlob('quadrants'), schema: COLLECTIONS.quadrants.schema }),
  categories: defineCollection({ loader: validatedGlob('categories'), schema: COLLECTIONS.categories.schema }),
  rings: defineCollection({ loader: validatedGlob('rings'), schema: COLLECTIONS.rings.schema }),
  concerns: defineCollection({ loader: validatedGlob('concerns'), schema: COLLECTIONS.concerns.schema }),
  capabilities: defineCollection({ loader: validatedGlob('capabilities'), schema: COLLECTIONS.capabilities.schema }),
  questions: defineCollection({ loader: validatedGlob('questions'), schema: COLLECTIONS.questions.schema }),
};
