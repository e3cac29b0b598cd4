/**
 * /api/<collection>.json — one JSON file per content collection except tools
 * (which has its own endpoint with derived fields): personas, stages, quadrants,
 * categories, rings, concerns, capabilities and questions. Each states the data
 * licence (CC-BY-4.0, LICENSE-DATA.md) in its envelope: see serialiseCollection.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index';
import { serialiseCollection } from '../../lib/open-data/serialiseCollection';

export const getStaticPaths = (() => COLLECTION_NAMES.filter((name) => name !== 'tools').map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CollectionName;
  const entries = await getCollection(collection);
  const document = serialiseCollection(collection, entries);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
