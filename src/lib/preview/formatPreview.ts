/**
 * Render an EntryPreview for the terminal: validation result, where the entry
 * lands (quadrant, plot, neighbours, ring), and how it ranks for each
 * reference team compared with the baseline. Plain text, no colours, so it
 * reads the same in a pull-request comment.
 */
import { formatIssueLine } from '../validation/formatReport.ts';
import type { EntryPreview, Placement, TeamRanking } from './previewEntry.ts';
import { renderLandscapePlot } from './renderLandscapePlot.ts';

/** Each quadrant's rule on the position, as the preview shows it. */
export const QUADRANT_RULE: Record<string, string> = {
  'cloud-platforms': 'artifact < 0.5, scope ≥ 0.5',
  'ml-platforms': 'artifact ≥ 0.5, scope ≥ 0.5',
  'specialized-ml-tools': 'artifact ≥ 0.5, scope < 0.5',
  'standard-swe-tools': 'artifact < 0.5, scope < 0.5',
};

/** One placement in words, e.g. "#3 of 6, score 12, ring trial". */
export function placement(place: Placement | null, total: number): string {
  if (place === null) return 'not in the catalogue';
  if ('excluded' in place) return `excluded: ${place.excluded}`;
  return `#${place.rank} of ${total}, score ${place.score}, ring ${place.ring}`;
}

function teamBlock(ranking: TeamRanking, preview: EntryPreview): string[] {
  const lines = [`  ${ranking.team.name}: ${ranking.team.summary}`];
  lines.push(`    now:    ${placement(ranking.after, ranking.total)}`);
  if (preview.baseline === 'committed') lines.push(`    before: ${placement(ranking.before, ranking.total)} (committed version)`);
  if (!('excluded' in ranking.after)) {
    const reasons = [...ranking.after.reasons].sort((a, b) => Math.abs(b.points) - Math.abs(a.points)).slice(0, 4);
    for (const reason of reasons) lines.push(`      ${reason.points >= 0 ? '+' : '−'}${Math.abs(reason.points)}  ${reason.text}`);
    const ringWhy = ranking.after.ringReasons.slice(1);
    if (ringWhy.length) lines.push(`      ring: ${ringWhy.join('; ')}`);
  }
  const topLabel = `top ${preview.top}${preview.baseline === 'committed' ? ' vs. before' : ' vs. without it'}`;
  if (ranking.entered.length || ranking.left.length) lines.push(`    ${topLabel}: ${ranking.entered.length ? `+ ${ranking.entered.join(', ')}` : ''}${ranking.entered.length && ranking.left.length ? '   ' : ''}${ranking.left.length ? `− ${ranking.left.join(', ')}` : ''}`);
  else lines.push(`    ${topLabel}: unchanged`);
  const stack = ranking.stack.join(', ');
  const stackBefore = ranking.stackBefore.join(', ');
  if (stack || stackBefore) lines.push(`    suggested stack: ${stack ? `chosen for ${stack}` : 'not chosen'}${stack !== stackBefore ? ` (${preview.baseline === 'committed' ? 'before' : 'without it'}: ${stackBefore || 'not chosen'})` : ''}`);
  for (const notice of ranking.notices) lines.push(`    note: ${notice}`);
  return lines;
}

/** The ASCII landscape plot of a valid entry: it as "@", its category as "o". */
export function landscapePlot(preview: EntryPreview): string[] {
  const land = preview.landing;
  if (!land) return [];
  const points = land.points.map((p) => ({ artifact: p.artifact, scope: p.scope, kind: p.id === preview.id ? ('entry' as const) : p.category === land.category ? ('category' as const) : ('other' as const) }));
  return renderLandscapePlot(points);
}

/**
 * @example formatPreview(previewEntry({ … })) // → 'Preview of content/tools/mlflow.mdx …'
 */
export function formatPreview(preview: EntryPreview): string {
  const out: string[] = [];
  const land = preview.landing;
  out.push(`Preview of ${preview.file}${land ? ` — ${land.name}` : ''}`, '');
  if (preview.issues.length) {
    out.push(`✖ ${preview.issues.length} ${preview.issues.length === 1 ? 'problem' : 'problems'} to fix first (checked against the whole catalogue):`);
    for (const issue of preview.issues) out.push(formatIssueLine(issue));
  } else {
    out.push('✔ Valid, cross-references included.');
  }
  if (preview.todoLines.length) out.push(`⚠ TODO placeholders left on ${preview.todoLines.length === 1 ? 'line' : 'lines'} ${preview.todoLines.join(', ')}: replace them before opening the pull request.`);
  if (preview.otherIssueFiles.length) out.push(`ⓘ ${preview.otherIssueFiles.length} other ${preview.otherIssueFiles.length === 1 ? 'file has' : 'files have'} problems (npm run validate lists them); they are left out of the rankings below.`);
  if (!land) {
    out.push('', 'Fix the problems above, then run the preview again to see where the entry lands and how it ranks.');
    return out.join('\n');
  }

  out.push('', 'Where it lands');
  out.push(`  category  ${land.category} (${land.categoryName})`);
  out.push(`  quadrant  ${land.quadrant} (${land.quadrantName}): ${QUADRANT_RULE[land.quadrant]}`);
  out.push(`  position  artifact ${land.position.artifact}, scope ${land.position.scope}`);
  out.push(`  ring      ${land.ring} (this entry's default)   category default: ${land.categoryRing}${land.ring === land.categoryRing ? '' : '   ← differs; ringRationale must say why'}`);
  out.push(`            "${land.ringRationale}"`);
  out.push(`  nearest   ${land.neighbours.map((n) => `${n.name} (${n.distance}${n.sameCategory ? ', same category' : ''})`).join(', ') || 'no other tools yet'}`);
  out.push('');
  out.push(...landscapePlot(preview).map((line) => `  ${line}`));

  out.push('', `How it ranks for reference teams (the questionnaire's engine; baseline: ${preview.baseline === 'committed' ? 'the committed version of this entry' : 'the catalogue without this entry'})`);
  for (const ranking of preview.teams) out.push('', ...teamBlock(ranking, preview));
  out.push('', "See a team's full result on the site at /fit/results/?<its answers>; the answers are in src/lib/preview/referenceTeams.ts.");
  return out.join('\n');
}
