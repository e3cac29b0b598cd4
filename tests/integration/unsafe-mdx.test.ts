/**
 * Unsafe MDX never runs. Each entry below would write a marker file if its code
 * were evaluated. Neither `npm run validate` nor the site build may evaluate it:
 * both must fail naming the file, and no marker may appear.
 *
 * The control test proves the markers work: the same payload in a plain
 * JavaScript module, when imported, does write its file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContentDir, toolSource } from '../helpers/contentFixture.ts';

const markers = mkdtempSync(join(tmpdir(), 'navigator-markers-'));
const marker = (name: string) => join(markers, name);
const write = (name: string) => `require('node:fs').writeFileSync(${JSON.stringify(marker(name))}, 'ran')`;
const writeEsm = (name: string) => `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker(name))}, 'ran')`;

const PAYLOADS: Record<string, string> = {
  'esm-export.mdx': `export const pwned = ${writeEsm('esm-export')}\n\nText.\n`,
  'esm-import.mdx': `import fs from 'node:fs'\nexport const x = fs.writeFileSync(${JSON.stringify(marker('esm-import'))}, 'ran')\n\nText.\n`,
  'expression.mdx': `Text {${writeEsm('expression')}} more.\n`,
  'flow-expression.mdx': `{(() => { ${writeEsm('flow-expression')}; return 'x' })()}\n`,
  'script-tag.mdx': `<script>{${writeEsm('script-tag')}}</script>\n`,
  'event-handler.mdx': `<Note onClick={${writeEsm('event-handler')}}>x</Note>\n`,
  'attribute-expression.mdx': `<Note title={${writeEsm('attribute-expression')}}>x</Note>\n`,
  'unknown-component.mdx': `<Exploit run={${writeEsm('unknown-component')}} />\n`,
  'iframe.mdx': `<iframe src="https://evil.example/" />\n`,
  'javascript-url.mdx': `[click me](javascript:fetch('https://evil.example'))\n`,
  // Found by the audit: a footnote whose text is an expression (visible only to a GFM parser).
  'footnote-expression.mdx': `Note[^1].\n\n[^1]: {${writeEsm('footnote-expression')}}\n`,
  // A relative image becomes a build-time import: of a dot-file script, or of any file as ?raw.
  'image-import.mdx': `![x](./.payload.mjs)\n`,
  'image-raw-environ.mdx': `![x](/proc/self/environ?raw)\n`,
  'reference-image.mdx': `![b][x]\n\n[x]: https://evil.example/p.png\n`,
};

/** Tool files that are hostile in their frontmatter or their file name, not their body. */
const FRONTMATTER_PAYLOADS: Record<string, string> = {
  'yaml-js-function.mdx': toolSource({ name: 'Yaml Tag', description: `!!js/function "function () { ${writeEsm('yaml-js-function')} }"` }),
  'control-characters.mdx': toolSource({ name: '"Bad\\u0007Name"' }),
  'bidi-name.mdx': toolSource({ name: '"Safe\\u202Egnp.exe"' }),
  'zero-width-duplicate.mdx': toolSource({ name: '"Safe\\u200bTool"' }),
  'lookalike-duplicate.mdx': toolSource({ name: 'Sаfe Tool' }), // a Cyrillic "а"
  // A flow list may span lines, so a line "+++" inside it ends the frontmatter for Astro's splitter but not for YAML.
  'ambiguous-frontmatter.mdx': toolSource({ aliases: `[a,\n+++,\n{${writeEsm('ambiguous-frontmatter')}}]` }),
};

/** Files the loaders could pick up although validate used to skip them. */
const STRAY_FILES: Record<string, string> = {
  'tools/.payload.mjs': `${writeEsm('dot-file')};\nexport default 1;\n`,
  'tools/.hidden.mdx': toolSource({ name: 'Hidden' }, `{${writeEsm('hidden-mdx')}}\n`),
  'personas/README.md': '---\nname: x\n---\n\n<img src=x onerror="alert(1)">\n<script>alert(1)</script>\n',
  'tools/Bad Name.mdx': toolSource({ name: 'Odd File Name' }),
};
const FAKE_SECRET = 'FAKE-SECRET-5f1c0a';

const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GITHUB_ACTIONS: '', NAVIGATOR_FAKE_SECRET: FAKE_SECRET };
const REJECTED = [...Object.keys(PAYLOADS), ...Object.keys(FRONTMATTER_PAYLOADS), 'linked.mdx'].map((file) => `tools/${file}`).concat(Object.keys(STRAY_FILES));
let contentDir: string;

beforeAll(() => {
  const tools: Record<string, string> = { 'a-safe-tool.mdx': toolSource({ name: 'Safe Tool' }) };
  let i = 0;
  for (const [file, body] of Object.entries(PAYLOADS)) tools[file] = toolSource({ name: `Unsafe ${i++}` }, body);
  Object.assign(tools, FRONTMATTER_PAYLOADS);
  contentDir = makeContentDir(tools, 'navigator-unsafe-');
  for (const [file, text] of Object.entries(STRAY_FILES)) writeFileSync(join(contentDir, file), text);
  // A link to a file outside the content folder.
  const outside = join(mkdtempSync(join(tmpdir(), 'navigator-outside-')), 'secret.mdx');
  writeFileSync(outside, toolSource({ name: 'Outside' }, `${FAKE_SECRET}\n`));
  symlinkSync(outside, join(contentDir, 'tools', 'linked.mdx'));
});

afterAll(() => rmSync(markers, { recursive: true, force: true }));

describe('unsafe MDX is rejected before it can run', () => {
  it('control: the payload does write its marker when really executed', () => {
    const probe = join(mkdtempSync(join(tmpdir(), 'navigator-probe-')), 'probe.cjs');
    writeFileSync(probe, `${write('control')};`);
    spawnSync(process.execPath, [probe]);
    expect(existsSync(marker('control'))).toBe(true);
    rmSync(marker('control'));
  });

  it('npm run validate rejects every construct and runs none of them', () => {
    const result = spawnSync(process.execPath, ['scripts/validate.ts', '--content', contentDir], { encoding: 'utf8', env: ENV });
    const out = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    for (const file of REJECTED) expect(out, `validate did not report ${file}`).toContain(file);
    expect(out).not.toMatch(/a-safe-tool\.mdx — \d+ problem/); // the existing entry: named only as the other side of the duplicates
    expect(out).not.toContain(FAKE_SECRET);
    expect(readdirSync(markers)).toEqual([]);
  });

  it('the site build refuses the content, names the files and runs none of them', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'navigator-dist-'));
    const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], { encoding: 'utf8', env: { ...ENV, NAVIGATOR_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'navigator-cache-')) }, timeout: 180_000 });
    const out = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(out).toContain('Content validation failed');
    for (const file of REJECTED) expect(out, `build did not report ${file}`).toContain(file);
    expect(out).not.toContain(FAKE_SECRET);
    expect(readdirSync(markers)).toEqual([]);
    expect(existsSync(join(outDir, 'tools', 'a-safe-tool', 'index.html'))).toBe(false);
    rmSync(outDir, { recursive: true, force: true });
  }, 200_000);
});
