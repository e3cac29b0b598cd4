/**
 * "Why not X?": for any tool, a plain answer to why it ranks where it does for
 * this team, why it was left out, or that it is not in the catalogue.
 */
import type { Recommendation } from './types.ts';

export function explainTool(rec: Recommendation, id: string, names: ReadonlyMap<string, string> = new Map()): string {
  const name = (toolId: string) => names.get(toolId) ?? rec.tools.find((t) => t.id === toolId)?.name ?? toolId;
  const out = rec.excluded.find((t) => t.id === id);
  if (out) return `${out.name} is left out: ${out.reason}.`;
  const index = rec.tools.findIndex((t) => t.id === id);
  if (index === -1) return `“${id}” is not a tool in the catalogue.`;
  const tool = rec.tools[index]!;
  const lines = [`${tool.name} ranks #${index + 1} of ${rec.tools.length}, fit ${tool.fit}/100 (confidence ${tool.confidence}), ring ${tool.ring}.`];
  if (tool.incumbent) lines.push('You already run it, so it is kept.');
  if (!tool.relevant) lines.push('It serves none of the needs you named, so it ranks below every tool that does.');
  const picks = rec.picks.filter((p) => p.tool === id);
  if (picks.length) lines.push(`It is in your stack for ${picks.map((p) => p.capability.replace(/-/g, ' ')).join(', ')}.`);
  else {
    const rivals = rec.picks.filter((p) => p.tool && p.tool !== id && tool.stages.length && rec.tools.find((t) => t.id === p.tool));
    const rival = rivals.find((p) => rec.tools.findIndex((t) => t.id === p.tool) < index);
    if (rival) lines.push(`For ${rival.capability.replace(/-/g, ' ')}, the stack uses ${name(rival.tool!)} instead.`);
  }
  for (const reason of tool.reasons) lines.push(`${reason.points > 0 ? '+' : ''}${reason.points}: ${reason.text}`);
  for (const reason of tool.ringReasons) lines.push(`ring: ${reason}`);
  return lines.join('\n');
}
