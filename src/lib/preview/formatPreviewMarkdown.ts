/**
 * Render EntryPreviews as GitHub-flavoured Markdown for a pull request's step
 * summary (`npm run pr:summary`): the same data and wording as the terminal
 * preview (formatPreview.ts), laid out as tables: where the entry lands
 * (quadrant, position, category, ring) and how its rank moves for each
 * reference team, before versus after.
 */
import { formatIssueLine } from '../validation/formatReport.ts';
import { landscapePlot, placement, QUADRANT_RULE } from './formatPreview.ts';
import type { EntryPreview, Placement, TeamRanking } from './previewEntry.ts';

/** Text from an entry, safe inside a Markdown table cell: no HTML, no cell breaks. */
export function mdCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

const ranked = (place: Placement | null): place is Extract<Placement, { rank: number }> => place !== null && 'rank' in place;

/** How the entry's rank moved: "▲ 2", "▼ 1", "=", "new", "excluded" or "—". */
export function rankMove(ranking: TeamRanking): string {
  const { before, after } = ranking;
  if (ranked(after) && ranked(before)) return before.rank === after.rank ? '=' : before.rank > after.rank ? `▲ ${before.rank - after.rank}` : `▼ ${after.rank - before.rank}`;
  if (ranked(after)) return 'new';
  if (ranked(before)) return 'excluded';
  return '—';
}

function topChange(ranking: TeamRanking): string {
  const parts = [...(ranking.entered.length ? [`+ ${ranking.entered.join(', ')}`] : []), ...(ranking.left.length ? [`− ${ranking.left.join(', ')}`] : [])];
  return parts.length ? mdCell(parts.join('; ')) : 'unchanged';
}

function stackCell(ranking: TeamRanking): string {
  const now = ranking.stack.join(', ') || 'not chosen';
  const then = ranking.stackBefore.join(', ') || 'not chosen';
  return now === then ? now : `${now} (before: ${then})`;
}

/**
 * @example formatPreviewMarkdown(previewEntry({ … })) // → '### `content/tools/truss.mdx` — Truss …'
 */
export function formatPreviewMarkdown(preview: EntryPreview): string {
  const land = preview.landing;
  const out: string[] = [`### \`${preview.file}\`${land ? ` — ${mdCell(land.name)}` : ''}`, ''];
  if (preview.issues.length) {
    out.push(`✖ ${preview.issues.length} ${preview.issues.length === 1 ? 'problem' : 'problems'} to fix first (checked against the whole catalogue):`, '', '```text', ...preview.issues.map(formatIssueLine), '```');
  } else {
    out.push('✔ Valid, cross-references included.');
  }
  if (preview.todoLines.length) out.push('', `⚠ TODO placeholders left on ${preview.todoLines.length === 1 ? 'line' : 'lines'} ${preview.todoLines.join(', ')}.`);
  if (!land) return out.join('\n');

  out.push(
    '',
    '**Where it lands**',
    '',
    '| | |',
    '|---|---|',
    `| Quadrant | **${mdCell(land.quadrantName)}** (\`${land.quadrant}\`): ${QUADRANT_RULE[land.quadrant]} |`,
    `| Position | artifact ${land.position.artifact}, scope ${land.position.scope} |`,
    `| Category | ${mdCell(land.categoryName)} (\`${land.category}\`) |`,
    `| Ring | **${land.ring}** (category default: ${land.categoryRing}${land.ring === land.categoryRing ? '' : '; differs, the rationale says why'}): “${mdCell(land.ringRationale)}” |`,
    `| Nearest | ${mdCell(land.neighbours.map((n) => `${n.name} (${n.distance}${n.sameCategory ? ', same category' : ''})`).join(', ') || 'no other tools yet')} |`,
    '',
    '<details><summary>Map of the landscape (@ this entry, o its category)</summary>',
    '',
    '```text',
    ...landscapePlot(preview),
    '```',
    '',
    '</details>',
    '',
    `**How it ranks for the reference teams** (the questionnaire's engine; before = ${preview.baseline === 'committed' ? 'the committed version of this entry' : 'the catalogue without this entry'})`,
    '',
    `| Team | Before | After | Move | Top ${preview.top} | Suggested stack |`,
    '|---|---|---|---|---|---|',
  );
  for (const ranking of preview.teams) {
    out.push(`| ${mdCell(ranking.team.name)} | ${mdCell(placement(ranking.before, ranking.total))} | ${mdCell(placement(ranking.after, ranking.total))} | ${rankMove(ranking)} | ${topChange(ranking)} | ${stackCell(ranking)} |`);
  }
  const notices = preview.teams.flatMap((ranking) => ranking.notices.map((notice) => `${ranking.team.name}: ${notice}`));
  if (notices.length) out.push('', ...notices.map((notice) => `- note: ${mdCell(notice)}`));
  return out.join('\n');
}

/**
 * The whole step summary: a heading, what was compared, then one section per entry.
 * @param base the commit the entries were compared with, as given (a SHA or ref)
 */
export function formatSummaryMarkdown(previews: readonly EntryPreview[], base: string): string {
  const out = ['## Decision impact of the changed tool entries', ''];
  if (previews.length === 0) {
    out.push(`No tool entry in \`content/tools\` was added or changed (compared with \`${mdCell(base)}\`).`);
    return `${out.join('\n')}\n`;
  }
  out.push(
    `${previews.length} ${previews.length === 1 ? 'entry' : 'entries'} added or changed, compared with \`${mdCell(base)}\`. Generated by the code of \`npm run preview:entry\`; run it locally for the details. The reference teams' answers are in \`src/lib/preview/referenceTeams.ts\`.`,
  );
  for (const preview of previews) out.push('', formatPreviewMarkdown(preview));
  return `${out.join('\n')}\n`;
}
