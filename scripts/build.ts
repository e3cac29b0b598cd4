/**
 * npm run build — an atomic build. Astro builds into a fresh temporary folder
 * (the content loader validates every entry first, once); only when the build
 * succeeds does each page get its Content-Security-Policy and rel="noopener
 * noreferrer" on every external link, and the folder replace dist/. A failed build leaves the previous dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, withCspMeta } from '../src/lib/safety/csp.ts';
import { addExternalRel } from '../src/lib/safety/externalLinks.ts';

const outDir = process.env.NAVIGATOR_FINAL_OUT_DIR ?? 'dist';
const staging = `${outDir}.next-${process.pid}`;
rmSync(staging, { recursive: true, force: true });

const args = ['astro', 'build', ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NAVIGATOR_OUT_DIR: staging } });
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(outDir) ? `the previous ${outDir}/ is unchanged` : `no ${outDir}/ was written`}.`);
  process.exit(result.status ?? 1);
}

let pages = 0;
const walk = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.html')) {
      writeFileSync(path, withCspMeta(addExternalRel(readFileSync(path, 'utf8'))));
      pages++;
    }
  }
};
walk(staging);
writeFileSync(join(staging, '_headers'), headersFile(process.env.BASE_PATH ?? '/', readdirSync(staging)));

const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(staging, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`Built ${pages} pages with a Content-Security-Policy into ${outDir}/.`);
