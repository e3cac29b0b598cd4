/**
 * /radar-aoe.tar — the editors' radar (/radar/) as items for an AOE Technology
 * Radar project: one Markdown file per blip with its ring, quadrant, description
 * and the editors' reason for the ring.
 */
import type { APIRoute } from 'astro';
import { loadLandscape } from '../components/landscape/loadLandscape';
import { radarToolsOf } from '../components/radar/radarTools';
import { radarEdition } from '../config/site';
import { buildEditorsRadar } from '../lib/radar/editorsRadar';
import { aoeTar, md } from '../lib/exports/aoeItems';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const GET: APIRoute = async () => {
  const landscape = await loadLandscape();
  const radar = buildEditorsRadar(radarToolsOf(landscape), radarEdition);
  const items = radar.entries.map((e) => ({ id: e.tool.id, name: e.tool.name, ring: e.tool.ring, quadrant: e.tool.quadrant, description: e.tool.description, why: `**Why ${cap(e.tool.ring)}:** ${md(e.tool.ringRationale)}` }));
  const tar = aoeTar(items, radarEdition, Object.fromEntries(landscape.quadrants.map((q) => [q.id, q.data.name])));
  // A copy backed by a plain ArrayBuffer, the body type Response is declared to take.
  return new Response(new Uint8Array(tar), { headers: { 'Content-Type': 'application/x-tar' } });
};
