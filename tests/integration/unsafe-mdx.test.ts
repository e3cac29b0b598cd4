/**
 * Unsafe MDX never runs. Each entry below would write a marker file if its code
 * were evaluated. Neither `npm run validate` nor the site build may evaluate it:
 * both must fail naming the file, and no marker may appear.
 *
 * The control test proves the markers work: the same payload in a plain
 * JavaScript module, when imported, does write its file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
};

const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GITHUB_ACTIONS: '' };
let contentDir: string;

beforeAll(() => {
  const tools: Record<string, string> = { 'safe-tool.mdx': toolSource({ name: 'Safe Tool' }) };
  let i = 0;
  for (const [file, body] of Object.entries(PAYLOADS)) tools[file] = toolSource({ name: `Unsafe ${i++}` }, body);
  contentDir = makeContentDir(tools, 'navigator-unsafe-');
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
    for (const file of Object.keys(PAYLOADS)) expect(out, `validate did not report ${file}`).toContain(`tools/${file}`);
    expect(out).not.toContain('safe-tool.mdx');
    expect(readdirSync(markers)).toEqual([]);
  });

  it('the site build refuses the content, names the files and runs none of them', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'navigator-dist-'));
    const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], { encoding: 'utf8', env: { ...ENV, NAVIGATOR_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'navigator-cache-')) }, timeout: 180_000 });
    const out = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(out).toContain('Content validation failed');
    for (const file of Object.keys(PAYLOADS)) expect(out, `build did not report ${file}`).toContain(`tools/${file}`);
    expect(readdirSync(markers)).toEqual([]);
    expect(existsSync(join(outDir, 'tools', 'safe-tool', 'index.html'))).toBe(false);
    rmSync(outDir, { recursive: true, force: true });
  }, 200_000);
});
