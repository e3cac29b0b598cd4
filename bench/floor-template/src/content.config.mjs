// One collection: every .mdx file of FLOOR_CONTENT_DIR (the benchmark's synthetic tools folder), with no schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.FLOOR_CONTENT_DIR;
if (!base) throw new Error('bench/floor-template: set FLOOR_CONTENT_DIR to the folder of .mdx entries to build (npm run bench:build does)');

export const collections = {
  tools: defineCollection({ loader: glob({ pattern: '*.mdx', base }) }),
};
