/**
 * /fit/scoring-<hash>.json and /fit/texts-<hash>.json: what the results page
 * needs to score tools in the browser (src/data/scoringFiles.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadScoringFiles } from '../../data/scoringFiles';

export const getStaticPaths = (async () => {
  const { scoring, texts } = await loadScoringFiles();
  return [scoring, texts].map((file) => ({ params: { file: file.name }, props: { text: file.text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
