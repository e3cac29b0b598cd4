/**
 * Turn the raw bytes of one content file into frontmatter data and a body,
 * or into issues that say exactly what is wrong with the file itself: empty,
 * not UTF-8, too large, frontmatter missing or not closed, invalid YAML.
 */
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';

/**
 * gray-matter with a YAML 1.2 core-schema engine: dates stay the strings the
 * contributor wrote, so the schema can reject impossible ones like 2026-02-30
 * (YAML 1.1 engines silently roll them over into March).
 */
const MATTER_OPTIONS = { engines: { yaml: (text: string) => parseYaml(text, { schema: 'core' }) as object } };
import type { ValidationIssue } from './types.ts';

/** Largest content file accepted, in bytes. */
export const MAX_FILE_BYTES = 100_000;

export interface ParsedEntry {
  data: Record<string, unknown>;
  body: string;
  /** Number of file lines before the body starts. */
  bodyOffset: number;
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

  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content only when called without options; ours always pass options.
    parsed = matter(source, MATTER_OPTIONS);
  } catch (error) {
    const err = error as { reason?: string; message?: string; mark?: { line?: number }; linePos?: { line: number }[] };
    // js-yaml reports a 0-based mark, the yaml package a 1-based linePos; both count from the first YAML line.
    const line = err.linePos?.[0] ? err.linePos[0].line + 1 : err.mark?.line !== undefined ? err.mark.line + 2 : undefined;
    return fail(`the frontmatter is not valid YAML: ${err.reason ?? err.message?.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`, 'Check indentation (spaces only), quote values that contain ": " or start with a special character, and close every quote and bracket.', line, '(frontmatter)');
  }
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('the frontmatter must be a YAML mapping of field: value lines', 'Write one "field: value" per line.', 2, '(frontmatter)');
  }
  return { entry: { data: data, body: parsed.content, bodyOffset: close + 1 }, issues: [] };
}
