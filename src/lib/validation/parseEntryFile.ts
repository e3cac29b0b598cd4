/**
 * Turn the raw bytes of one content file into frontmatter data and a body,
 * or into issues that say exactly what is wrong with the file itself: empty,
 * not UTF-8, too large, frontmatter missing or not closed, invalid YAML.
 *
 * One YAML parser: the `yaml` package with the YAML 1.2 core schema, warnings
 * treated as errors, no tags, anchors, aliases or duplicate keys. The build
 * takes its entry data from this same function (src/content.config.ts). The
 * compiler splits the file with Astro's own frontmatter splitter, so this
 * function runs that splitter too and rejects any file where the two would
 * disagree about where the body starts; the body it returns for the safety
 * check is the one the compiler will see.
 */
import { parseDocument, visit, isAlias, isNode, type Document } from 'yaml';
import { parseFrontmatter as parseAstroFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { ValidationIssue } from './types.ts';

/** Largest content file accepted, in bytes. */
export const MAX_FILE_BYTES = 100_000;

export interface ParsedEntry {
  data: Record<string, unknown>;
  body: string;
  /** Number of file lines before the body starts. */
  bodyOffset: number;
  /**
   * The source exactly as the compiler receives it: the frontmatter blanked out
   * by Astro's own splitter, so its line numbers are the file's.
   */
  compiledSource: string;
}

function yamlProblem(doc: Document): { message: string; line?: number } | undefined {
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) return { message: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line: first.linePos?.[0]?.line };
  let found: { message: string; offset?: number } | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    if (isAlias(node)) found = { message: `aliases (*${node.source}) are not allowed; write the value out`, offset: node.range?.[0] };
    else if (node.anchor) found = { message: `anchors (&${node.anchor}) are not allowed; write the value out`, offset: node.range?.[0] };
    else if (node.tag) found = { message: `YAML tags (${node.tag.replace('tag:yaml.org,2002:', '!!')}) are not allowed; write a plain value`, offset: node.range?.[0] };
    if (found) return visit.BREAK;
    return undefined;
  });
  if (found) return { message: found.message, line: found.offset };
  return undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function parseEntryFile(file: string, bytes: Uint8Array): { entry?: ParsedEntry; issues: ValidationIssue[] } {
  const fail = (message: string, fix: string, line?: number, field = '(file)'): { issues: ValidationIssue[] } => ({
    issues: [{ file, line, field, message, fix }],
  });

  if (bytes.length === 0) return fail('the file is empty', 'Fill it in from the template: npm run new:tool -- --help, or delete the file.');
  if (bytes.length > MAX_FILE_BYTES) return fail(`the file is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`, 'Shorten the entry: a tool page should be readable in a few minutes.');

  let source: string;
  try {
    source = decoder.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const bad = lossy.indexOf('\ufffd');
    const line = bad === -1 ? undefined : lossy.slice(0, bad).split('\n').length;
    return fail('the file is not valid UTF-8 text', 'Save the file with UTF-8 encoding (most editors: "Save with encoding" → UTF-8).', line);
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.trim() === '') return fail('the file holds only white space', 'Fill it in from the template (npm run new:tool), or delete the file.');
  if (source.includes('\u0000')) return fail('the file contains NUL bytes, so it is not a text file', 'Save it as plain UTF-8 text.');

  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return fail('the file does not start with a frontmatter block', 'Start the file with a line "---", the YAML fields, then a closing "---" line.', 1, '(frontmatter)');
  }
  const close = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  if (close === -1) {
    return fail('the frontmatter is not closed', 'Add a line with exactly "---" after the last YAML field, before the body.', 1, '(frontmatter)');
  }
  const yamlLines = lines.slice(1, close);
  const tabLine = yamlLines.findIndex((line) => /^\s*\t/.test(line));
  if (tabLine !== -1) {
    return fail('the frontmatter is indented with a tab; YAML only allows spaces', 'Replace the tab with spaces (two per level).', tabLine + 2, '(frontmatter)');
  }

  const yamlText = yamlLines.join('\n');
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, merge: false, prettyErrors: true, strict: true });
  const problem = yamlProblem(doc);
  if (problem) {
    // Offsets from the visitor are characters into the YAML text; line positions from the parser are 1-based lines of it.
    const line = problem.line === undefined ? undefined : doc.errors.length || doc.warnings.length ? problem.line + 1 : yamlText.slice(0, problem.line).split('\n').length + 1;
    return fail(`the frontmatter is not valid YAML: ${problem.message}`, 'Check indentation (spaces only), quote values that contain ": " or start with a special character, close every quote and bracket, and use no YAML tags (!), anchors (&) or aliases (*).', line, '(frontmatter)');
  }
  const data = doc.toJS({ maxAliasCount: 0 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('the frontmatter must be a YAML mapping of field: value lines', 'Write one "field: value" per line.', 2, '(frontmatter)');
  }

  // The compiler's own view of the file: it must find the same frontmatter, and it is what the safety check reads.
  let compiledSource: string;
  try {
    const astro = parseAstroFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    const ours = source.slice(source.indexOf('\n') + 1).split(/\n/).slice(0, close - 1).join('\n');
    if (astro.rawFrontmatter.replace(/\r/g, '').replace(/^\n/, '').replace(/\n$/, '') !== ours.replace(/\r/g, '')) {
      return fail('the frontmatter can be read two ways: a line starting with "---" or "+++" inside it would end it early for the site\'s compiler', 'Make sure no line inside the frontmatter starts with "---" or "+++"; quote or indent such values.', undefined, '(frontmatter)');
    }
    compiledSource = astro.content;
  } catch (error) {
    return fail(`the site's compiler cannot read this frontmatter: ${(error as { reason?: string; message?: string }).reason ?? (error as Error).message}`, 'Write plain YAML: quoted strings, numbers, lists and mappings, with no tags or special characters.', undefined, '(frontmatter)');
  }
  const body = lines.slice(close + 1).join('\n');
  return { entry: { data: data as Record<string, unknown>, body, bodyOffset: close + 1, compiledSource }, issues: [] };
}
