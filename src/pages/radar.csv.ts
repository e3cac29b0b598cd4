/**
 * /radar.csv — the editors' radar (/radar/) for Thoughtworks "Build Your Own
 * Radar": name, ring, quadrant, isNew, description, one row per blip.
 */
import type { APIRoute } from 'astro';
import { loadLandscape } from '../components/landscape/loadLandscape';
import { radarToolsOf } from '../components/radar/radarTools';
import { radarEdition } from '../config/site';
import { buildEditorsRadar, byorRows } from '../lib/radar/editorsRadar';
import { toCsv } from '../lib/exports/toCsv';

export const GET: APIRoute = async () => {
  const landscape = await loadLandscape();
  const rows = byorRows(buildEditorsRadar(radarToolsOf(landscape), radarEdition), (id) => landscape.quadrantName.get(id) ?? id);
  const body = toCsv([['name', 'ring', 'quadrant', 'isNew', 'description'], ...rows.map((r) => [r.name, r.ring, r.quadrant, r.isNew, r.description])]);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
