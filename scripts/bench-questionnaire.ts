/**
 * npm run bench:questionnaire — the questionnaire's budgets, measured:
 *   - scoring the real catalogue for one team: median < 10 ms (the whole recommendation: ranking, stack, shortlist, rings)
 *   - scoring a synthetic catalogue of 10,000 tools: median < 100 ms (issue: results within 100 ms after the data loads)
 *   - JavaScript the questionnaire page ships before results are shown: ≤ 40 KB gzip
 * Needs a build in dist/ for the last one (npm run build). Exit 1 if a budget is missed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCatalogue } from '../src/lib/catalogue/loadCatalogue.ts';
import { parseAnswers } from '../src/lib/questionnaire/parseAnswers.ts';
import { recommend } from '../src/lib/scoring/recommend.ts';
import type { Catalogue } from '../src/lib/scoring/types.ts';

const QUERY = 'team=ml-researcher,software-engineer,ml-engineer&stages=model-training,deployment,monitoring&cloud=aws&managed-services=some&team-size=small&goals=reproducibility,self-serve-ml&frustrations=tool-sprawl,vendor-lock-in&pain-points=lost-experiments,hard-serving,blind-monitoring&scope=piecemeal&hosting=any&open-source=preferred&budget=small&commit=no&separate-infra=unsure&core-business=no';

const { catalogue, questions, weights } = loadCatalogue('content', 'config/scoring.json');
const specs = questions.map((q) => ({ id: q.id, multiple: q.data.multiple, options: q.data.options }));
const { answers } = parseAnswers(QUERY, specs);

function median(fn: () => void, runs: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! };
}

function synthetic(n: number): Catalogue {
  const tools = Array.from({ length: n }, (_, i) => {
    const base = catalogue.tools[i % catalogue.tools.length]!;
    return { ...base, id: `${base.id}-${i}`, name: `${base.name} ${i}` };
  });
  return { ...catalogue, tools };
}

let failed = 0;
const report = (label: string, value: number, unit: string, budget: number) => {
  const ok = value < budget || (unit === 'KB' && value <= budget);
  if (!ok) failed++;
  console.log(`${ok ? '✔' : '✖'} ${label.padEnd(58)} ${value.toFixed(2).padStart(8)} ${unit}  (budget ${unit === 'KB' ? '≤' : '<'} ${budget} ${unit})`);
};

const real = median(() => recommend(catalogue, answers, weights), 200);
report(`score the real catalogue (${catalogue.tools.length} tools), median`, real.median, 'ms', 10);
console.log(`  p95 ${real.p95.toFixed(2)} ms`);
const big = synthetic(10_000);
const large = median(() => recommend(big, answers, weights), 20);
report('score a synthetic catalogue of 10,000 tools, median', large.median, 'ms', 100);
console.log(`  p95 ${large.p95.toFixed(2)} ms`);

function pageJs(page: string): number {
  const html = readFileSync(join('dist', page), 'utf8');
  let total = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
    if (src) total += gzipSync(readFileSync(join('dist', src.replace(/^\//, '')))).length;
    else if (!/type="application\/(ld\+)?json"/.test(match[1]!)) total += gzipSync(match[2]!).length;
  }
  // Modules the page's scripts import statically are loaded before anything runs, so count them too.
  for (const match of html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)) total += gzipSync(readFileSync(join('dist', match[1]!.replace(/^\//, '')))).length;
  return total / 1024;
}

if (existsSync('dist/fit/index.html')) {
  report('JS on the questionnaire page before results (gzip)', pageJs('fit/index.html'), 'KB', 40);
  console.log(`  results page, for information: ${pageJs('fit/results/index.html').toFixed(2)} KB gzip (plus fit/data.json, ${(gzipSync(readFileSync('dist/fit/data.json')).length / 1024).toFixed(1)} KB gzip)`);
} else {
  console.log('✖ dist/ is missing: run npm run build first to measure the page budget');
  failed++;
}
process.exit(failed ? 1 : 0);
