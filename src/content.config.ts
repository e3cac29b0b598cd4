/**
 * Wires each collection (src/schemas/index.ts) to a loader. Before any
 * collection loads, the whole content folder goes through the same checks as
 * `npm run validate` (schemas, cross-references, safe MDX). If anything is
 * wrong the build stops with every problem listed.
 *
 * Tool bodies are never compiled to JavaScript: the validation renders each
 * one to HTML from the very tree its safety check accepted
 * (src/lib/safety/renderBody.ts), and the tools loader stores that HTML. So no
 * entry can run code, and the build does not bundle one module per tool (a
 * large part of what a bare Astro + MDX build spends at 1,000 tools and more).
 */
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { checkEntryFile, validateContentInParallel, type ParsedEntry } from './lib/validation/validateContent.ts';
import { formatReport } from './lib/validation/formatReport.ts';
import { contentDir } from './lib/validation/contentDir.ts';
import { parseEntryFile } from './lib/validation/parseEntryFile.ts';
import { contentCardFacts } from './lib/cards/contentCardFacts.ts';
import type { ToolCardFacts } from './lib/cards/toolCard.ts';

/** Symbol.for('mlops-navigator.tool-cards') in src/integrations/toolCards.ts: set only while `astro build` runs. */
const CARD_HOOK = Symbol.for('mlops-navigator.tool-cards');

let checked: Promise<void> | undefined;
/** The frontmatter validation parsed, by absolute path: each file is parsed once per build, not again by its loader. */
let parsedByPath: Map<string, ParsedEntry> = new Map();
/** Each tool's data as the validation's schema parse returned it, by id: the loader stores it without parsing it again. */
let toolDataById: Map<string, Record<string, unknown>> = new Map();

/** Validate the whole content folder once per build, throwing a readable report on failure. */
function ensureValid(): Promise<void> {
  checked ??= Promise.resolve().then(async () => {
    const { issues, fileCount, parsed, entries } = await validateContentInParallel(contentDir(), process.cwd(), { renderBodies: true });
    parsedByPath = parsed;
    toolDataById = new Map(entries.tools.map((entry) => [entry.id, entry.data]));
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

/**
 * The tools: data and HTML straight from the validation (see the top of this file), with no second parse of any
 * file. In `astro dev` an edited file is checked and rendered again on its own.
 */
function renderedToolsLoader(): Loader {
  const spec = COLLECTIONS.tools;
  return {
    name: 'navigator-tools',
    load: async (context) => {
      const { store, logger, watcher, config } = context;
      await ensureValid();
      const dir = join(contentDir(), spec.dir);
      const root = fileURLToPath(config.root);
      const put = async (path: string, parsed: ParsedEntry, schemaData?: Record<string, unknown>): Promise<string> => {
        const id = basename(path, spec.extension);
        if (!parsed.rendered) throw new Error(`Content validation did not render ${relative(root, path)}: run npm run validate.`);
        const filePath = relative(root, path);
        // The same schema already parsed this very text during the validation: its result is reused, not recomputed.
        const data = schemaData ?? (await context.parseData({ id, data: parsed.data, filePath }));
        store.set({ id, data, filePath, rendered: { html: parsed.rendered.html, metadata: { headings: parsed.rendered.headings } } });
        return id;
      };
      const untouched = new Set(store.keys());
      for (const [path, parsed] of parsedByPath) {
        if (dirname(path) === dir && path.endsWith(spec.extension)) untouched.delete(await put(path, parsed, toolDataById.get(basename(path, spec.extension))));
      }
      for (const id of untouched) store.delete(id);
      // The store holds what the pages need now: let the validation's copies of the tool files go (at 10,000 tools,
      // hundreds of megabytes of text and parsed YAML).
      for (const path of [...parsedByPath.keys()]) if (dirname(path) === dir) parsedByPath.delete(path);
      toolDataById = new Map();

      if (!watcher) return;
      watcher.add(dir);
      const reload = async (path: string) => {
        if (dirname(path) !== dir || !path.endsWith(spec.extension)) return;
        const { renderBody } = await import('./lib/safety/renderBody.ts');
        const result = checkEntryFile({ collection: 'tools', fileName: basename(path), path, file: relative(root, path) }, relative(root, contentDir()), renderBody);
        if (result.issues.length > 0 || result.source === undefined || !result.loaded) {
          // The page keeps the entry's last good version until the file is fixed.
          logger.error(formatReport(result.issues, 1).replace('Nothing was built.', 'The page still shows the last version that passed.'));
          return;
        }
        await put(path, { source: result.source, data: result.loaded.data, rendered: result.rendered });
      };
      watcher.on('change', (path) => void reload(path));
      watcher.on('add', (path) => void reload(path));
      watcher.on('unlink', (path) => {
        if (dirname(path) === dir && path.endsWith(spec.extension)) store.delete(basename(path, spec.extension));
      });
    },
  };
}

// Each collection is spelled out so Astro infers each one's own data type.
export const collections = {
  tools: defineCollection({ loader: renderedToolsLoader(), schema: COLLECTIONS.tools.schema }),
  personas: defineCollection({ loader: validatedGlob('personas'), schema: COLLECTIONS.personas.schema }),
  stages: defineCollection({ loader: validatedGlob('stages'), schema: COLLECTIONS.stages.schema }),
  quadrants: defineCollection({ loader: validatedGlob('quadrants'), schema: COLLECTIONS.quadrants.schema }),
  categories: defineCollection({ loader: validatedGlob('categories'), schema: COLLECTIONS.categories.schema }),
  rings: defineCollection({ loader: validatedGlob('rings'), schema: COLLECTIONS.rings.schema }),
  concerns: defineCollection({ loader: validatedGlob('concerns'), schema: COLLECTIONS.concerns.schema }),
  capabilities: defineCollection({ loader: validatedGlob('capabilities'), schema: COLLECTIONS.capabilities.schema }),
  questions: defineCollection({ loader: validatedGlob('questions'), schema: COLLECTIONS.questions.schema }),
};
