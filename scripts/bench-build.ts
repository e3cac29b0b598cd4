/**
 * npm run bench:build -- --tools 1000 — does the build scale linearly?
 *
 * Writes a synthetic catalogue of N tools (the real entries of content/tools,
 * then copies of them under new names, websites and repositories; cross-
 * references kept only where they point inside the synthetic set), builds the
 * site on it, and in the same run builds the "floor": a bare Astro + MDX
 * project (bench/floor-template/) with one page per entry of the same .mdx
 * files. Reports, for both, the wall time, the peak memory (resident set of
 * the largest process), the number of pages, the output size and the tool
 * pages' size, and the site's ratio to the floor.
 *
 *   npm run bench:build -- [--tools 1000] [--keep] [--write docs/budgets.md]
 *
 * --keep leaves the temporary folder (content, both builds, their logs) in
 * place; --write records the report between the bench-build markers of a
 * Markdown file. The site is built with `astro build` alone (the part that
 * scales); `npm run build` adds the Content-Security-Policy pass on top.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { validateContent } from '../src/lib/validation/validateContent.ts';
import { slowestRoutes, toolCardsLine } from '../src/lib/budgets/buildLog.ts';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO_BIN = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const FLOOR_TEMPLATE = join(ROOT, 'bench', 'floor-template');
const GNU_TIME = '/usr/bin/time';
/** The project's own Node (the `node` dev dependency, Node 24): Astro 7 needs 22.12 or later, whatever runs this script. */
const NODE = existsSync(join(ROOT, 'node_modules', '.bin', 'node')) ? join(ROOT, 'node_modules', '.bin', 'node') : process.execPath;

// ─── the synthetic catalogue ────────────────────────────────────────────────

interface SourceEntry {
  id: string;
  text: string;
}

export interface SyntheticCatalogue {
  /** The content folder: the real taxonomy plus `count` tool entries. */
  dir: string;
  /** Ids of the tool entries written, in the order they were chosen. */
  toolIds: string[];
  /** Real entries left out, with every copy of them, because the current validator rejects them in this set. */
  excluded: string[];
}

/**
 * The suffix of the `n`-th copy (1, 2, …): each letter of a bijective base-9
 * number doubled ("bb", "dd", …, "bbbb"). Every copy gets its own, so any two
 * copies' names are at least two typing errors apart even when the names they
 * copy are one apart ("Atlan" and "Atlas", or "AX" and "GX" once a suffix makes
 * them long enough to compare), and the validator's near-miss check never
 * mistakes one copy for a typo of another. The letters have no look-alikes in
 * the name normaliser.
 *
 * @example copySuffix(1) // → 'bb'
 * @example copySuffix(10) // → 'bbbb'
 */
export function copySuffix(n: number): string {
  const letters = 'bdfhkptxz';
  let rest = n;
  let out = '';
  while (rest > 0) {
    rest -= 1;
    out = letters[rest % letters.length]!.repeat(2) + out;
    rest = Math.floor(rest / letters.length);
  }
  return out;
}

interface ChosenEntry {
  source: SourceEntry;
  /** 0 for the real entry, 1 for its first copy, … */
  round: number;
  /** The copy's own suffix (none for the real entry). */
  suffix: string | undefined;
  id: string;
}

function readSources(sourceDir: string): SourceEntry[] {
  const dir = join(sourceDir, 'tools');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => ({ id: file.slice(0, -'.mdx'.length), text: readFileSync(join(dir, file), 'utf8') }));
}

/** Split an entry into its YAML frontmatter and the rest (closing fence and body). */
function splitEntry(text: string): { yaml: string; rest: string } {
  const match = /^---\r?\n([\s\S]*?\r?\n)---(\r?\n[\s\S]*)$/.exec(text);
  if (!match) throw new Error('bench-build: a tool entry without a closed frontmatter block; run npm run validate');
  return { yaml: match[1]!, rest: match[2]! };
}

function withPathSuffix(url: string, suffix: string): string {
  const parsed = new URL(url);
  parsed.pathname = `${parsed.pathname.replace(/\/+$/, '')}/copy-${suffix}`;
  return parsed.href;
}

/**
 * The text of `source` as a copy with `suffix` (undefined: the entry itself),
 * with its references to other tools resolved by `resolveRef` (undefined: drop).
 * An entry that needs no change keeps its exact text.
 */
function makeEntry(source: SourceEntry, suffix: string | undefined, resolveRef: (id: string) => string | undefined): string {
  const { yaml, rest } = splitEntry(source.text);
  const doc: Document = parseDocument(yaml, { schema: 'core' });
  let changed = false;
  if (suffix !== undefined) {
    doc.set('name', `${String(doc.get('name'))} (copy ${suffix})`);
    const aliases = doc.get('aliases');
    if (isSeq(aliases)) aliases.items = aliases.items.map((item) => doc.createNode(`${String((item as { value?: unknown }).value ?? item)} (copy ${suffix})`));
    for (const field of ['website', 'repository']) {
      const value = doc.get(field);
      if (typeof value === 'string') doc.set(field, withPathSuffix(value, suffix));
    }
    changed = true;
  }
  for (const field of ['integrations', 'alternatives']) {
    const list = doc.get(field);
    if (!isSeq(list)) continue;
    const before = list.items.map((item) => String((item as { value?: unknown }).value));
    const after = before.map(resolveRef).filter((id): id is string => id !== undefined);
    if (after.join() === before.join()) continue;
    const node = doc.createNode(after, { flow: true });
    doc.set(field, node);
    changed = true;
  }
  const status = doc.get('status');
  if (isMap(status)) {
    const successor = status.get('successor');
    if (typeof successor === 'string' && successor !== 'none') {
      const target = resolveRef(successor) ?? 'none';
      if (target !== successor) {
        status.set('successor', target);
        changed = true;
      }
    }
  }
  if (!changed) return source.text;
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---${rest}`;
}

/** The first `count` of: the real entries by id, then a first copy of each, a second copy of each, … (excluded ids left out). */
function chooseEntries(sources: SourceEntry[], count: number, excluded: ReadonlySet<string>): ChosenEntry[] {
  const usable = sources.filter((source) => !excluded.has(source.id));
  if (usable.length === 0) throw new Error('bench-build: no usable tool entries to copy');
  const chosen: ChosenEntry[] = [];
  for (let i = 0; chosen.length < count; i++) {
    const source = usable[i % usable.length]!;
    const round = Math.floor(i / usable.length);
    const suffix = round === 0 ? undefined : copySuffix(i - usable.length + 1);
    chosen.push({ source, round, suffix, id: suffix === undefined ? source.id : `${source.id}-copy-${suffix}` });
  }
  return chosen;
}

function writeTools(dir: string, chosen: readonly ChosenEntry[]): void {
  const toolsDir = join(dir, 'tools');
  rmSync(toolsDir, { recursive: true, force: true });
  mkdirSync(toolsDir, { recursive: true });
  const ids = new Set(chosen.map((entry) => entry.id));
  if (ids.size !== chosen.length) throw new Error('bench-build: two synthetic entries got the same id');
  const byRound = new Map(chosen.map((entry) => [`${entry.round}:${entry.source.id}`, entry.id]));
  for (const { source, round, suffix, id } of chosen) {
    // A reference goes to the same round's copy of its target when that is in the set, else to the real entry, else it is dropped.
    const resolveRef = (target: string) => byRound.get(`${round}:${target}`) ?? (ids.has(target) ? target : undefined);
    writeFileSync(join(toolsDir, `${id}.mdx`), makeEntry(source, suffix, resolveRef));
  }
}

/**
 * Write a content folder with the real taxonomy and `count` tool entries.
 * The result is checked with the real validator; real entries it rejects in
 * this set (and all their copies) are left out and replaced by further
 * copies, so the benchmark measures a catalogue the build accepts.
 */
export function writeSyntheticContent(count: number, dir: string, sourceDir = join(ROOT, 'content')): SyntheticCatalogue {
  if (!Number.isInteger(count) || count < 1) throw new Error(`bench-build: the number of tools must be a whole number of 1 or more (got ${count})`);
  mkdirSync(dir, { recursive: true });
  for (const spec of Object.values(COLLECTIONS)) {
    if (spec.dir === 'tools') continue;
    rmSync(join(dir, spec.dir), { recursive: true, force: true });
    cpSync(join(sourceDir, spec.dir), join(dir, spec.dir), { recursive: true });
  }
  const sources = readSources(sourceDir);
  const excluded = new Set<string>();
  for (let attempt = 0; attempt < 6; attempt++) {
    const chosen = chooseEntries(sources, count, excluded);
    writeTools(dir, chosen);
    const { issues } = validateContent(dir, dir);
    if (issues.length === 0) return { dir, toolIds: chosen.map((entry) => entry.id), excluded: [...excluded].sort() };
    const byFile = new Map(chosen.map((entry) => [`tools/${entry.id}.mdx`, entry.source.id]));
    const rejected = issues.map((issue) => byFile.get(issue.file)).filter((id): id is string => id !== undefined && !excluded.has(id));
    if (rejected.length === 0 || issues.some((issue) => !byFile.has(issue.file))) {
      throw new Error(`bench-build: the synthetic catalogue does not validate:\n${issues.map((issue) => `  ${issue.file} ${issue.field}: ${issue.message}`).join('\n')}`);
    }
    for (const id of rejected) excluded.add(id);
  }
  throw new Error(`bench-build: the synthetic catalogue still does not validate after leaving out ${excluded.size} entries; run npm run validate`);
}

// ─── building and measuring ─────────────────────────────────────────────────

export interface BuildMeasurement {
  ok: boolean;
  wallSeconds: number;
  /** Peak resident set of the largest process of the build, in bytes (undefined if it could not be read). */
  peakRssBytes: number | undefined;
  pages: number;
  outputBytes: number;
  /** Sizes of tools/<id>/index.html (site) or <id>/index.html (floor), in bytes. */
  toolPageBytes: number[];
  log: string;
}

interface BuildOptions {
  cwd: string;
  env: Record<string, string>;
  outDir: string;
  logFile: string;
  /** Where a tool's page sits in the output, relative to outDir. */
  toolPage: (id: string) => string;
  toolIds: readonly string[];
}

function readPeakFromProc(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function walk(dir: string): { files: number; html: number; bytes: number } {
  let files = 0;
  let html = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = walk(path);
      files += inner.files;
      html += inner.html;
      bytes += inner.bytes;
    } else {
      files++;
      if (entry.name.endsWith('.html')) html++;
      bytes += statSync(path).size;
    }
  }
  return { files, html, bytes };
}

/**
 * Run `astro build` in `cwd` with the project's Node, timing it and reading its peak
 * memory: from GNU time when /usr/bin/time exists (exact, the largest process
 * of the tree), else by sampling the process's VmHWM every 50 ms.
 */
export async function runAstroBuild(options: BuildOptions): Promise<BuildMeasurement> {
  rmSync(options.outDir, { recursive: true, force: true });
  const timeFile = `${options.logFile}.time`;
  const useGnuTime = existsSync(GNU_TIME);
  const command = useGnuTime ? GNU_TIME : NODE;
  const args = [...(useGnuTime ? ['-f', '%M', '-o', timeFile, NODE] : []), ASTRO_BIN, 'build'];
  const log = openSync(options.logFile, 'w');
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env }, stdio: ['ignore', log, log] });
  let sampled: number | undefined;
  const timer = useGnuTime ? undefined : setInterval(() => (sampled = readPeakFromProc(child.pid!) ?? sampled), 50);
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? 1)));
  const wallSeconds = (performance.now() - start) / 1000;
  if (timer) clearInterval(timer);
  closeSync(log);
  let peakRssBytes = sampled;
  if (useGnuTime && existsSync(timeFile)) {
    const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
    if (Number.isFinite(kb) && kb > 0) peakRssBytes = kb * 1024;
  }
  const text = readFileSync(options.logFile, 'utf8');
  const ok = code === 0 && existsSync(options.outDir);
  const totals = ok ? walk(options.outDir) : { files: 0, html: 0, bytes: 0 };
  const toolPageBytes = ok ? options.toolIds.map((id) => join(options.outDir, options.toolPage(id))).filter((path) => existsSync(path)).map((path) => statSync(path).size) : [];
  return { ok, wallSeconds, peakRssBytes, pages: totals.html, outputBytes: totals.bytes, toolPageBytes, log: text };
}

/** Build the site on a content folder into outDir (its own Astro cache, so nothing is shared with other builds). */
/** @param env more environment for the build, e.g. NAVIGATOR_CATALOGUE_PAGE_SIZE in tests */
export function buildSite(contentDir: string, workDir: string, toolIds: readonly string[], env: Record<string, string> = {}): Promise<BuildMeasurement> {
  return runAstroBuild({
    cwd: ROOT,
    env: { ...env, NAVIGATOR_CONTENT_DIR: contentDir, NAVIGATOR_OUT_DIR: join(workDir, 'site-dist'), ASTRO_CACHE_DIR: join(workDir, 'site-cache') },
    outDir: join(workDir, 'site-dist'),
    logFile: join(workDir, 'site-build.log'),
    toolPage: (id) => join('tools', id, 'index.html'),
    toolIds,
  });
}

/** Build the floor project (a copy of bench/floor-template, using the site's node_modules) on the same tool entries. */
export function buildFloor(contentDir: string, workDir: string, toolIds: readonly string[]): Promise<BuildMeasurement> {
  const project = join(workDir, 'floor-project');
  rmSync(project, { recursive: true, force: true });
  cpSync(FLOOR_TEMPLATE, project, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return runAstroBuild({
    cwd: project,
    env: { FLOOR_CONTENT_DIR: join(contentDir, 'tools'), FLOOR_OUT_DIR: join(workDir, 'floor-dist'), FLOOR_CACHE_DIR: join(workDir, 'floor-cache') },
    outDir: join(workDir, 'floor-dist'),
    logFile: join(workDir, 'floor-build.log'),
    toolPage: (id) => join(id, 'index.html'),
    toolIds,
  });
}

// ─── the report ─────────────────────────────────────────────────────────────

const median = (values: number[]) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const count = (n: number) => n.toLocaleString('en');

/** The files that hold or list the whole catalogue, with the issue-14 budget for their compressed size where it sets one. */
const CATALOGUE_FILES: { label: string; find: (dist: string) => string | undefined; budget?: (tools: number) => number | undefined }[] = [
  { label: '/tools/ (first HTML)', find: (dist) => join(dist, 'tools', 'index.html'), budget: (tools) => (tools >= 10_000 ? 300 * 1024 : undefined) },
  { label: '/search-index.json (what the first search loads)', find: (dist) => join(dist, 'search-index.json'), budget: (tools) => (tools <= 1000 ? 60 * 1024 : undefined) },
  { label: '/search-descriptions.json (follows it)', find: (dist) => join(dist, 'search-descriptions.json') },
  { label: '/fit/scoring-<hash>.json', find: (dist) => hashed(join(dist, 'fit'), 'scoring-'), budget: (tools) => (tools <= 1000 ? 150 * 1024 : 1024 * 1024) },
  { label: '/data/catalogue-<hash>.json (fetched on first use of the filters)', find: (dist) => hashed(join(dist, 'data'), 'catalogue-') },
  { label: '/compare/ (HTML)', find: (dist) => join(dist, 'compare', 'index.html') },
  { label: '/map/ (HTML)', find: (dist) => join(dist, 'map', 'index.html') },
  { label: '/radar/ (HTML)', find: (dist) => join(dist, 'radar', 'index.html') },
];

function hashed(dir: string, prefix: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((file) => file.startsWith(prefix) && file.endsWith('.json'));
  return name ? join(dir, name) : undefined;
}

/** Compressed sizes (gzip -9) of the whole-catalogue files of a site build, against their budgets. */
export function catalogueFileSizes(dist: string, tools: number): { label: string; gzipBytes: number | undefined; budget: number | undefined }[] {
  return CATALOGUE_FILES.map(({ label, find, budget }) => {
    const path = find(dist);
    const gzipBytes = path && existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : undefined;
    return { label, gzipBytes, budget: budget?.(tools) };
  });
}

export function renderReport(tools: number, site: BuildMeasurement, floor: BuildMeasurement, excluded: readonly string[], date = new Date(), siteDist?: string): string {
  const row = (name: string, m: BuildMeasurement) =>
    `| ${name} | ${count(m.pages)} | ${m.wallSeconds.toFixed(1)} s | ${((m.wallSeconds * 1000) / Math.max(1, m.pages)).toFixed(1)} ms | ${m.peakRssBytes === undefined ? 'n/a' : mb(m.peakRssBytes)} | ${mb(m.outputBytes)} | ${kb(median(m.toolPageBytes))} (max ${kb(Math.max(0, ...m.toolPageBytes))}) |`;
  return [
    `Measured on ${date.toISOString().slice(0, 10)} with \`npm run bench:build -- --tools ${tools}\` (${count(tools)} tools; Node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${os.cpus().length} CPUs; peak memory = largest process's resident set).`,
    '',
    '| build | pages | wall time | per page | peak memory | output | tool page, median |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('site (`astro build`)', site),
    row('floor (bare Astro + MDX, bench/floor-template)', floor),
    `| **site ÷ floor** | ${ratio(site.pages, floor.pages)} | **${ratio(site.wallSeconds, floor.wallSeconds)}** | ${ratio(site.wallSeconds / Math.max(1, site.pages), floor.wallSeconds / Math.max(1, floor.pages))} | ${ratio(site.peakRssBytes, floor.peakRssBytes)} | ${ratio(site.outputBytes, floor.outputBytes)} | ${ratio(median(site.toolPageBytes), median(floor.toolPageBytes))} |`,
    ...(excluded.length ? ['', `Left out of the synthetic set because the validator rejected them at the time: ${excluded.join(', ')}.`] : []),
    '',
    `Slowest routes of the site build (Astro's own timings): ${slowestRoutes(site.log, 5).map((r) => `\`${r.path}\` ${r.ms >= 1000 ? `${(r.ms / 1000).toFixed(2)} s` : `${r.ms} ms`}`).join(', ') || 'none printed'}.`,
    ...(toolCardsLine(site.log) ? ['', `Share cards: ${toolCardsLine(site.log)}, drawn in worker threads while the pages render.`] : []),
    ...(siteDist
      ? [
          '',
          '| whole-catalogue file | gzip -9 | budget |',
          '|---|---:|---|',
          ...catalogueFileSizes(siteDist, tools).map(
            (f) => `| ${f.label} | ${f.gzipBytes === undefined ? 'missing' : kb(f.gzipBytes)} | ${f.budget === undefined ? '—' : `${f.gzipBytes !== undefined && f.gzipBytes <= f.budget ? '✔' : '✖'} ≤ ${kb(f.budget)}`} |`,
          ),
        ]
      : []),
  ].join('\n');
}

const REPORT_START = '<!-- bench-build:start -->';
const REPORT_END = '<!-- bench-build:end -->';

/** Put the report between the bench-build markers of a Markdown document (appended when they are missing). */
export function replaceBuildReport(document: string, report: string): string {
  const block = `${REPORT_START}\n${report}\n${REPORT_END}`;
  const start = document.indexOf(REPORT_START);
  const end = document.indexOf(REPORT_END);
  if (start === -1 || end === -1 || end < start) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, start) + block + document.slice(end + REPORT_END.length);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { tools: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false }, write: { type: 'string' } } });
  const tools = Number(values.tools);
  if (!Number.isInteger(tools) || tools < 1) {
    console.error(`bench-build: --tools takes a whole number of 1 or more (got ${JSON.stringify(values.tools)}), e.g. npm run bench:build -- --tools 1000`);
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'navigator-bench-build-'));
  console.log(`bench-build: ${tools} tools, working in ${work}`);
  const catalogue = writeSyntheticContent(tools, join(work, 'content'));
  if (catalogue.excluded.length) console.log(`  left out (rejected by the validator in this set, with their copies): ${catalogue.excluded.join(', ')}`);
  console.log('  building the site…');
  const site = await buildSite(catalogue.dir, work, catalogue.toolIds);
  console.log(`  site: ${site.ok ? 'built' : 'FAILED'} in ${site.wallSeconds.toFixed(1)} s`);
  console.log('  building the floor (bare Astro + MDX)…');
  const floor = await buildFloor(catalogue.dir, work, catalogue.toolIds);
  console.log(`  floor: ${floor.ok ? 'built' : 'FAILED'} in ${floor.wallSeconds.toFixed(1)} s`);
  for (const [name, m] of [['site', site], ['floor', floor]] as const) {
    if (!m.ok) {
      console.error(`\nbench-build: the ${name} build failed; the end of its log (${join(work, `${name}-build.log`)}):\n${m.log.split('\n').slice(-40).join('\n')}`);
      process.exit(1);
    }
  }
  const report = renderReport(tools, site, floor, catalogue.excluded, new Date(), join(work, 'site-dist'));
  console.log(`\n${report}`);
  if (values.write) {
    const previous = existsSync(values.write) ? readFileSync(values.write, 'utf8') : '# Budgets\n';
    writeFileSync(values.write, replaceBuildReport(previous, report));
    console.log(`\nWrote the results into ${values.write}.`);
  }
  if (values.keep) console.log(`\nKept ${work} (content/, site-dist/, floor-dist/ and the build logs).`);
  else rmSync(work, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
