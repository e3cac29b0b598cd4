/**
 * After the build, turn /api/tools-split.json (every tool's open-data document,
 * written by one route) into one file per tool, /api/tools/<id>.json, and
 * remove the combined file. One route and a loop of file writes cost far less
 * than a route per tool.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function splitToolFiles(): AstroIntegration {
  return {
    name: 'split-tool-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const combined = join(root, 'api', 'tools-split.json');
        const { files } = JSON.parse(readFileSync(combined, 'utf8')) as { files: Record<string, unknown> };
        mkdirSync(join(root, 'api', 'tools'), { recursive: true });
        for (const [id, document] of Object.entries(files)) {
          // Ids are validated kebab-case; anything else would be a path outside the folder.
          if (!ID.test(id)) throw new Error(`split-tool-files: refusing the file name "${id}.json"`);
          writeFileSync(join(root, 'api', 'tools', `${id}.json`), `${JSON.stringify(document)}\n`);
        }
        rmSync(combined);
      },
    },
  };
}
