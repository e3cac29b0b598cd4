/** /data/catalogue-<hash>.json: the catalogue page's data (src/data/catalogueFile.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogueFile } from '../../data/catalogueFile';

export const getStaticPaths = (async () => {
  const file = await loadCatalogueFile();
  return [{ params: { file: file.name }, props: { text: file.text } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
