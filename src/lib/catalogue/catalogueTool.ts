/**
 * The catalogue's view of a tool: the frontmatter fields that browsing, filtering,
 * sorting, grouping and comparing need, plus the derived quadrant, as plain
 * JSON-safe data (dates as YYYY-MM-DD strings). Pages build these at build time
 * and hand them to the browser; nothing here touches the DOM or astro:content.
 */
import type { CategoryId, CloudId, PersonaId, QuadrantId, RingId, StageId } from '../../schemas/ids.ts';
import type { Tool } from '../../schemas/tool.ts';

export type Offering = Tool['offering'];
export type Hosting = Tool['hosting'];
export type StatusState = Tool['status']['state'];

export interface CatalogueTool {
  id: string;
  name: string;
  aliases: string[];
  description: string;
  quadrant: QuadrantId;
  category: CategoryId;
  stages: StageId[];
  capabilities: string[];
  personas: PersonaId[];
  ring: RingId;
  license: string;
  offering: Offering;
  hosting: Hosting;
  clouds: CloudId[];
  status: StatusState;
  /** Year of first public release, or null when unknown. */
  firstRelease: number | null;
  /** YYYY-MM-DD. */
  lastReviewed: string;
}
