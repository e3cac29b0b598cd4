/**
 * /landscape/quadrant-<id>.svg — the background of the tool pages' mini map
 * (src/components/landscape/MiniMap.astro): the landscape with one quadrant
 * highlighted and a faint dot for every tool. One file per quadrant, drawn
 * once per build and shared (and cached by browsers) across every tool page
 * of that quadrant, so no tool page carries the whole catalogue.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLandscape } from '../../components/landscape/loadLandscape';
import { renderMiniMapBackground } from '../../lib/layout/miniMap';
import { QUADRANT_IDS, type QuadrantId } from '../../schemas/ids';

export const getStaticPaths = (() => QUADRANT_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const quadrant = params.id as QuadrantId;
  const { tools, quadrantName } = await loadLandscape();
  const svg = renderMiniMapBackground(quadrant, quadrantName.get(quadrant) ?? quadrant, tools.map((tool) => tool.data.position));
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
