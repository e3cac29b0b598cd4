/**
 * npm run bench:validate [-- --tools 10000] — `npm run validate` must check 1,000
 * entries in under 2 s, and 10,000 in under 15 s. Builds a temporary content
 * folder of that many tool entries (copies of the real ones under new names,
 * aliases and websites, so they are not duplicates and cross-references still
 * resolve), then times a full validation in a fresh process, three times, and
 * reports the median.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const flag = process.argv.indexOf('--tools');
const TARGET = flag === -1 ? 1000 : Number(process.argv[flag + 1]);
const BUDGET = TARGET <= 1000 ? 2 : 15;
const dir = mkdtempSync(join(tmpdir(), 'navigator-bench-'));
for (const name of readdirSync('content')) if (name !== 'tools') cpSync(join('content', name), join(dir, name), { recursive: true });
mkdirSync(join(dir, 'tools'));
const real = readdirSync('content/tools').filter((f) => f.endsWith('.mdx'));
for (const file of real) cpSync(join('content/tools', file), join(dir, 'tools', file));
for (let i = real.length; i < TARGET; i++) {
  const file = real[i % real.length]!;
  const text = readFileSync(join('content/tools', file), 'utf8')
    .replace(/^name: (.*)$/m, (_m, name: string) => `name: ${JSON.stringify(`${name.replace(/^"|"$/g, '')} copy ${i}`)}`)
    .replace(/^aliases: .*$/m, 'aliases: []')
    .replace(/^website: .*$/m, `website: https://bench.example.org/${file.replace(/\.mdx$/, '')}-copy-${i}`)
    .replace(/^repository: .*\n/m, '');
  writeFileSync(join(dir, 'tools', `${file.replace(/\.mdx$/, '')}-copy-${i}.mdx`), text);
}

const times: number[] = [];
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['scripts/validate.ts', '--content', dir], { encoding: 'utf8' });
  times.push(performance.now() - start);
  if (result.status !== 0) {
    console.error(result.stdout + result.stderr);
    process.exit(1);
  }
}
rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[1]! / 1000;
console.log(`${median < BUDGET ? '✔' : '✖'} validate ${TARGET} tool entries (plus the framework content), whole process: median ${median.toFixed(2)} s (budget < ${BUDGET} s; runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`);
process.exit(median < BUDGET ? 0 : 1);
