/**
 * /radar.json — the editors' radar (/radar/) for Thoughtworks "Build Your Own
 * Radar": name, ring, quadrant, isNew, description, one row per blip.
 */
import type { APIRoute } from 'astro';
import { loadLandscape } from '../components/landscape/loadLandscape';
import { radarToolsOf } from '../components/radar/radarTools';
import { radarEdition } from '../config/site';
import { buildEditorsRadar, byorRows } from '../lib/radar/editorsRadar';


export const GET: APIRoute = async () => {
  const landscape = await loadLandscape();
  const rows = byorRows(buildEditorsRadar(radarToolsOf(landscape), radarEdition), (id) => landscape.quadrantName.get(id) ?? id);
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
