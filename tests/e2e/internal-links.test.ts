/**
 * Every internal link and asset reference in the built site resolves to a
 * file: no broken navigation, no missing script or stylesheet, on every page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = process.env.NAVIGATOR_E2E_DIST ?? 'dist';
/** The base path the site was built for (BASE_PATH, e.g. /mlops-navigator/ on GitHub Pages). */
const BASE = process.env.BASE_PATH ?? '/';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

function resolves(target: string): boolean {
  const clean = decodeURIComponent(target.split(/[?#]/)[0]!);
  const path = join(DIST, clean);
  if (clean.endsWith('/')) return existsSync(join(path, 'index.html'));
  return existsSync(path) && statSync(path).isFile();
}

describe('the built site', () => {
  it('has no broken internal links or asset references, and no javascript: links', () => {
    const broken: string[] = [];
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const page = `${BASE}${posix.normalize(file.slice(DIST.length + 1).split('\\').join('/')).replace(/index\.html$/, '')}`;
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = match[1]!.replace(/&amp;/g, '&');
        if (/^\s*javascript:/i.test(raw)) {
          broken.push(`${page} → ${raw} (a javascript: link)`);
          continue;
        }
        if (/^(https?:|mailto:|data:|#)/i.test(raw)) continue;
        const target = raw.startsWith('/') ? raw : posix.join(page.endsWith('/') ? page : posix.dirname(page), raw);
        // Under a base path every internal link must stay inside it.
        if (!target.startsWith(BASE) || !resolves(`/${target.slice(BASE.length)}`)) broken.push(`${page} → ${raw}`);
      }
    }
    expect([...new Set(broken)].slice(0, 20)).toEqual([]);
  });
});
