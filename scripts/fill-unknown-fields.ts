/**
 * One-off migration helper: gives entries that predate the decision fields the
 * honest value "unknown" for each field they lack, so they validate until an
 * editor checks them. It never guesses a fact (except that a SaaS-only tool
 * cannot run air-gapped), and it never touches lastReviewed.
 *
 *   node scripts/fill-unknown-fields.ts            # every tool entry missing a field
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'content/tools';
let changed = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  const end = source.indexOf('\n---', 4);
  if (!source.startsWith('---\n') || end === -1) continue;
  const front = source.slice(0, end);
  const has = (key: string) => new RegExp(`^${key}:`, 'm').test(front);
  const saas = /^hosting: saas$/m.test(front);
  const add: string[] = [];
  if (!has('workloads')) add.push('workloads: [unknown]');
  if (!has('kubernetes')) add.push(`kubernetes: ${saas ? 'no' : 'unknown'}`);
  if (!has('airGapped')) add.push(`airGapped: ${saas ? 'no' : 'unknown'}`);
  if (!has('pricing')) add.push('pricing: unknown');
  if (!has('leaveCost')) add.push('leaveCost: unknown');
  if (!has('firstRelease')) add.push('firstRelease: { unknown: "not yet confirmed from the project\'s own release history" }');
  let next = front;
  if (/^status:\n  state: (deprecated|discontinued)/m.test(front) && !/^  successor:/m.test(front)) next = next.replace(/^(status:\n  state: (?:deprecated|discontinued)[^\n]*)/m, '$1\n  successor: none');
  if (add.length === 0 && next === front) continue;
  writeFileSync(path, `${next}\n${add.join('\n')}${source.slice(end)}`);
  changed++;
}
console.log(`${changed} entries given unknown values`);
