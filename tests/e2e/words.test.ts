/**
 * Tables and badges never break inside a word, on a phone or a desktop:
 * every word of every table cell and badge lies on one line (a break after a
 * hyphen or a slash is a normal line break, not a broken word).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ['tools/mlflow/', 'map/', 'rings/', 'rings/trial/', 'stats/', 'compare/?tools=mlflow,dvc,kserve', 'fit/results/?workload=tabular&cloud=aws&pain-points=lost-experiments,hard-serving', 'tools/?view=list'];

describe('no word is broken', () => {
  for (const width of [360, 1280]) {
    it.each(PAGES)(`/%s at ${width} px keeps every word of tables and badges on one line`, async (path) => {
      const { page } = await openPage(browser, { viewport: { width, height: 900 } });
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
      const broken = await page.evaluate(() => {
        const out: string[] = [];
        for (const cell of document.querySelectorAll('td, th, .badge')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            if ((node.parentElement?.closest('a[href^="http"], code'))) continue; // addresses and code may wrap
            // A line may break after a hyphen or slash ("all-in-" / "one"); it may not break inside a word ("Rin" / "g").
            const re = /[^\s\-\u2010-\u2014/]+/g;
            for (let m = re.exec(text); m; m = re.exec(text)) {
              if (m[0].length < 2) continue;
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (tops.size > 1) out.push(m[0]);
            }
          }
        }
        return out.slice(0, 10);
      });
      expect(broken).toEqual([]);
      await page.close();
    });
  }
});
