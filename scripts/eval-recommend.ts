/**
 * npm run eval:recommend — runs every reference team in config/reference-teams.json
 * through the recommender and prints, per team, the must-haves found in its top 10,
 * the ones missed and every violation; then the totals. Exit 1 below 90 % or with
 * any violation. `--json` prints the evaluation as JSON.
 */
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../src/lib/catalogue/loadCatalogue.ts';
import { evaluateTeams, type ReferenceTeam } from '../src/lib/scoring/evaluateTeams.ts';
import { contentDir } from '../src/lib/validation/contentDir.ts';

let loaded;
try {
  loaded = loadCatalogue(contentDir());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { catalogue, questions, weights } = loaded;
const teams = (JSON.parse(readFileSync('config/reference-teams.json', 'utf8')) as { teams: ReferenceTeam[] }).teams;
const specs = questions.map((q) => ({ id: q.id, multiple: q.data.multiple, options: q.data.options }));
const result = evaluateTeams(catalogue, specs, weights, teams);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  for (const team of result.teams) {
    console.log(`\n${team.misses.length || team.violations.length ? '✖' : '✔'} ${team.name} (${team.id})`);
    console.log(`  top 10: ${team.top10.join(', ')}`);
    if (team.hits.length) console.log(`  found: ${team.hits.join(', ')}`);
    for (const miss of team.misses) console.log(`  missing one of: ${miss.join(', ')}`);
    for (const violation of team.violations) console.log(`  violation: ${violation}`);
    for (const notice of team.notices) console.log(`  notice: ${notice}`);
  }
  console.log(`\n${result.found} of ${result.mustHaves} must-haves in the top 10 (${(result.share * 100).toFixed(1)} %), ${result.violations} violations, ${result.teams.length} teams.`);
}
process.exit(result.share >= 0.9 && result.violations === 0 ? 0 : 1);
