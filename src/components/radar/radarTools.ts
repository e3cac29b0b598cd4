/** The catalogue's tools as the editors' radar needs them (src/lib/radar/editorsRadar.ts). */
import type { RadarTool } from '../../lib/radar/editorsRadar';
import type { Landscape } from '../landscape/loadLandscape';

export function radarToolsOf(landscape: Landscape): RadarTool[] {
  return landscape.tools.map((t) => ({
    id: t.id,
    name: t.data.name,
    ring: t.data.ring,
    quadrant: landscape.quadrantOf(t),
    stages: t.data.stages,
    capabilities: t.data.capabilities,
    status: t.data.status.state,
    description: t.data.description,
    ringRationale: t.data.ringRationale,
    ringHistory: t.data.ringHistory,
  }));
}
